package org.nkululeko.app;

import java.util.concurrent.Callable;
import org.nkululeko.core.plugin.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nkululeko plugins}: lists every feature type, model type and activation found. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the feature types, model types and activations found.")
final class PluginsCommand implements Callable<Integer> {

    @ParentCommand
    private Main parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PluginRegistry registry = Plugins.registry(parent.plugins);
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s  %-18s  %-44s  %s%n", "KIND", "NAME", "JAR", "VERSION");
        for (PluginRegistry.Entry e : registry.entries()) {
            out.printf("%-10s  %-18s  %-44s  %s%n", e.kind(), e.name(), e.jar(),
                    e.version());
        }
        out.flush();
        return 0;
    }
}
