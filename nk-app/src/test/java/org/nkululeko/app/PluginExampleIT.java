package org.nkululeko.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8: the example plugin under {@code examples/plugin-example}, built with its own pom the
 * way a third party builds it, dropped into a plugins folder and used by the unchanged
 * application jar, both for its activation and for its model type.
 */
class PluginExampleIT {

    private static final Path ROOT = Path.of(System.getProperty("nk.root", ".."));
    private static final Path SHARED = Path.of(System.getProperty("nk.shared", "../../shared"));

    @TempDir
    static Path work;

    private static Path plugins;

    @BeforeAll
    static void buildExamplePlugin() throws Exception {
        run(ROOT, List.of("mvn", "-q", "-B", "-ntp", "install", "-DskipTests",
                "-pl", ":nk-parent,nk-bom,nk-api"));
        run(ROOT, List.of("mvn", "-q", "-B", "-ntp", "-f", "examples/plugin-example/pom.xml",
                "package"));
        plugins = Files.createDirectories(work.resolve("plugins"));
        Path jar = ROOT.resolve("examples/plugin-example/target/nk-plugin-example-1.0.0.jar");
        Files.copy(jar, plugins.resolve(jar.getFileName()));
    }

    @Test
    void pluginActivationTrainsTheMlp() throws Exception {
        Path ini = config("softsign", "type = mlp\nlayers = [64, 32]\nactivation = softsign\n"
                + "drop = 0.3\nlearning_rate = 0.001\nbatch_size = 16\n", 3);
        String log = app("--plugins", plugins.toString(), "--config", ini.toString());
        assertTrue(log.contains("DEBUG: model: using activation function: softsign"), log);
        assertTrue(bestResult("softsign") > 0.40, "UAR with softsign");
    }

    @Test
    void pluginModelTypeRuns() throws Exception {
        Path ini = config("centroid", "type = nearest_centroid\n", 1);
        app("--plugins", plugins.toString(), ini.toString());
        double uar = bestResult("centroid");
        assertTrue(uar > 0.55 && uar <= 1.0, "nearest centroid UAR " + uar);
    }

    @Test
    void pluginsCommandListsThePluginJar() throws Exception {
        String out = app("--plugins", plugins.toString(), "plugins");
        assertTrue(out.lines().anyMatch(l -> l.contains("softsign")
                && l.contains("nk-plugin-example-1.0.0.jar") && l.contains("1.0.0")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("nearest_centroid")), out);
    }

    private static Path config(String name, String model, int epochs) throws IOException {
        String emodb = SHARED.resolve("data/emodb").toAbsolutePath().toString();
        String feats = SHARED.resolve("refs/egemaps_v02_emodb.csv").toAbsolutePath().toString();
        String ini = "[EXP]\nroot = " + work.resolve("results") + "\nname = " + name
                + "\nepochs = " + epochs + "\n[DATA]\ndatabases = ['emodb']\nemodb = " + emodb
                + "\nemodb.split_strategy = specified\n"
                + "emodb.train_tables = ['emotion.categories.train.gold_standard']\n"
                + "emodb.test_tables = ['emotion.categories.test.gold_standard']\n"
                + "target = emotion\nlabels = ['anger', 'happiness', 'sadness', 'neutral']\n"
                + "[FEATS]\ntype = ['import']\nimport_file = " + feats + "\nscale = standard\n"
                + "[MODEL]\n" + model;
        Path file = work.resolve(name + ".ini");
        Files.writeString(file, ini);
        return file;
    }

    private static double bestResult(String name) throws IOException {
        Path results = work.resolve("results").resolve(name).resolve("results");
        try (Stream<Path> files = Files.list(results)) {
            Path runs = files.filter(p -> p.toString().endsWith("_runs.txt")).findFirst()
                    .orElseThrow();
            String first = Files.readAllLines(runs).get(0).trim().split("\\s+")[0];
            return Double.parseDouble(first);
        }
    }

    private static String app(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx2g",
                "-jar", ROOT.resolve("nk-app/target/nkululeko.jar").toString()));
        command.addAll(List.of(args));
        return run(ROOT, command);
    }

    private static String run(Path dir, List<String> command) throws Exception {
        Path output = Files.createTempFile(work, "out", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "timed out: " + command);
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), command + " failed:\n" + out);
        return out;
    }
}
