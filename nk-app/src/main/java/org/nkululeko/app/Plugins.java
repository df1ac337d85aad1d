package org.nkululeko.app;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nkululeko.api.UserException;
import org.nkululeko.core.plugin.PluginRegistry;
import org.slf4j.LoggerFactory;

/**
 * Finds drop-in plugin jars: every {@code *.jar} in the folder given by {@code --plugins} (else
 * {@code $NKULULEKO_PLUGINS}), and in {@code plugins/} beside the launcher ({@code nk.home}).
 */
final class Plugins {

    private Plugins() {
    }

    /**
     * @param option the {@code --plugins} folder, or null
     * @return the plugin folders to search, possibly none
     * @throws UserException if the given folder does not exist
     */
    static List<Path> folders(Path option) {
        List<Path> out = new ArrayList<>();
        String env = System.getenv("NKULULEKO_PLUGINS");
        if (option != null) {
            out.add(existing(option, "--plugins " + option));
        } else if (env != null && !env.isBlank()) {
            out.add(existing(Path.of(env), "NKULULEKO_PLUGINS=" + env));
        }
        String home = System.getProperty("nk.home");
        Path beside = home == null ? Path.of("plugins") : Path.of(home, "plugins");
        if (Files.isDirectory(beside) && out.stream().noneMatch(p -> same(p, beside))) {
            out.add(beside);
        }
        return out;
    }

    private static Path existing(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new UserException("plugins", what + ": no such folder");
        }
        return folder;
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param option the {@code --plugins} folder, or null
     * @return the registry over the application and the plugin jars
     */
    static PluginRegistry registry(Path option) {
        return PluginRegistry.load(loader(folders(option)));
    }

    /**
     * @param folders plugin folders
     * @return a class loader over their jars, child of the application's
     */
    static ClassLoader loader(List<Path> folders) {
        ClassLoader parent = Plugins.class.getClassLoader();
        List<URL> urls = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted()
                        .toList()) {
                    if (isJar(jar)) {
                        urls.add(jar.toUri().toURL());
                    }
                }
            } catch (MalformedURLException e) {
                throw new UserException("plugins", "bad plugin path in " + folder, e);
            } catch (IOException e) {
                throw new UserException("plugins", "cannot list plugin folder " + folder, e);
            }
        }
        return urls.isEmpty() ? parent
                : new URLClassLoader(urls.toArray(new URL[0]), parent);
    }

    private static boolean isJar(Path jar) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return true;
        } catch (IOException e) {
            LoggerFactory.getLogger("plugins").warn("{} is not a jar file; skipped", jar);
            return false;
        }
    }
}
