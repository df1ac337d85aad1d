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

/**
 * Finds drop-in plugin jars: every {@code *.jar} in the folder given by {@code --plugins}, else
 * {@code $NKULULEKO_PLUGINS}, else {@code plugins/} beside the launcher ({@code nk.home}).
 */
final class Plugins {

    private Plugins() {
    }

    /**
     * @param option the {@code --plugins} folder, or null
     * @return the plugin folder to search, or null when there is none
     */
    static Path folder(Path option) {
        if (option != null) {
            if (!Files.isDirectory(option)) {
                throw new UserException("plugins", "--plugins " + option + ": no such folder");
            }
            return option;
        }
        String env = System.getenv("NKULULEKO_PLUGINS");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            if (!Files.isDirectory(p)) {
                throw new UserException("plugins", "NKULULEKO_PLUGINS=" + env
                        + ": no such folder");
            }
            return p;
        }
        String home = System.getProperty("nk.home");
        Path beside = home == null ? Path.of("plugins") : Path.of(home, "plugins");
        return Files.isDirectory(beside) ? beside : null;
    }

    /**
     * @param folder a plugin folder, or null
     * @return a class loader over its jars, child of the application's
     */
    static ClassLoader loader(Path folder) {
        ClassLoader parent = Plugins.class.getClassLoader();
        if (folder == null) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new UserException("plugins", "bad plugin path in " + folder, e);
        } catch (IOException e) {
            throw new UserException("plugins", "cannot list plugin folder " + folder, e);
        }
        return urls.isEmpty() ? parent
                : new URLClassLoader(urls.toArray(new URL[0]), parent);
    }
}
