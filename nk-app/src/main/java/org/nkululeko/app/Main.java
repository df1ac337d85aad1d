package org.nkululeko.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.plugin.PluginRegistry;
import org.nkululeko.core.run.ExpSettings;
import org.nkululeko.core.run.Experiment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nkululeko [--config] exp.ini}: runs the experiment an INI file describes.
 *
 * <p>Exit codes: 0 success, 1 a user error (one {@code ERROR: <caller>: ...} line on stderr,
 * the stack trace in the log file), 2 an internal error.
 */
@Command(name = "nkululeko", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        subcommands = {PluginsCommand.class, PredictCommand.class},
        description = "Machine-learning experiments on speech, configured by an INI file.")
public final class Main implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("nkululeko");

    @Option(names = "--config", paramLabel = "FILE", description = "the experiment's INI file")
    private Path config;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "the INI file, if --config is not given")
    private Path positional;

    @Option(names = "--plugins", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "folder of plugin jars (default: $NKULULEKO_PLUGINS, else plugins/ "
                    + "beside the launcher)")
    Path plugins;

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * @param args command-line arguments
     * @param out where {@code DONE} goes
     * @param err where errors go
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, err));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("ERROR: nkululeko: " + e.getMessage());
            e.getCommandLine().usage(err);
            return 1;
        });
        int code;
        try {
            code = cli.execute(args);
        } finally {
            Logging.close();
        }
        if (code == 0 && cli.getSubcommands().values().stream().noneMatch(
                CommandLine::isUsageHelpRequested) && !cli.isUsageHelpRequested()
                && !cli.isVersionHelpRequested() && cli.getParseResult() != null
                && !cli.getParseResult().hasSubcommand()) {
            out.println("DONE");
        }
        return code;
    }

    static int handle(Exception e, PrintStream err) {
        if (e instanceof UserException u) {
            LoggerFactory.getLogger(Logging.FILE_ONLY).error(u.caller() + ": " + u.getMessage(),
                    u);
            err.println("ERROR: " + u.caller() + ": " + u.getMessage());
            return 1;
        }
        LoggerFactory.getLogger(Logging.FILE_ONLY).error("internal error", e);
        err.println("ERROR: nkululeko: internal error: " + e
                + " (the stack trace is in the log file)");
        return 2;
    }

    @Override
    public Integer call() {
        Path file = config != null ? config : positional;
        if (file == null) {
            throw new UserException("nkululeko", "no config file given: nkululeko --config "
                    + "exp.ini (see --help)");
        }
        ExperimentConfig cfg = ExperimentConfig.load(file);
        ExpSettings exp = ExpSettings.of(cfg);
        startLog(file, exp);
        LOG.debug("running {} from config {}, nkululeko version {}", exp.name(), file,
                Version.number());
        PluginRegistry registry = Plugins.registry(plugins);
        cfg.warnUnknownKeys(pluginKeys(cfg, registry));
        new Experiment(cfg, registry).run();
        return 0;
    }

    /** The extra keys the configured model and feature types declare. */
    private static java.util.Map<String, java.util.Set<String>> pluginKeys(ExperimentConfig cfg,
            PluginRegistry registry) {
        java.util.Set<String> model = new java.util.HashSet<>();
        String type = cfg.section("MODEL").getString("type", "");
        if (registry.modelNames().contains(type)) {
            model.addAll(registry.model(type).settingKeys());
        }
        java.util.Set<String> feats = new java.util.HashSet<>();
        for (String t : cfg.section("FEATS").getNames("type", java.util.List.of("os"))) {
            if (!t.equals(PluginRegistry.IMPORT) && registry.extractorNames().contains(t)) {
                feats.addAll(registry.extractor(t).settingKeys());
            }
        }
        return java.util.Map.of("MODEL", model, "FEATS", feats);
    }

    private static void startLog(Path iniFile, ExpSettings exp) {
        Path logDir = exp.dir().resolve("log");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMdd_HHmmss"));
        try {
            Files.createDirectories(logDir);
            Files.copy(iniFile, logDir.resolve(exp.name() + "_" + stamp + ".ini"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserException("nkululeko", "cannot write to " + logDir + ": "
                    + e.getMessage(), e);
        }
        Logging.addFile(logDir.resolve(exp.name() + "_" + stamp + ".log"));
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {

        static String number() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/nk-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return p.getProperty("version", "unknown");
        }

        @Override
        public String[] getVersion() {
            return new String[] {"nkululeko for the JVM " + number()};
        }
    }
}
