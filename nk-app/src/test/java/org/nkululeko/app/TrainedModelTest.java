package org.nkululeko.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.core.io.Csv;

/**
 * Issue #8: an os + svm experiment on the shipped EmoDB subset saves its best model;
 * {@code nkululeko predict} on five files gives the labels of the experiment's per-sample
 * results; {@code [DATA] tests} evaluates the saved model on another database; a model file
 * changed after saving is refused.
 */
class TrainedModelTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("nk.root", ".."))
            .resolve("examples/emodb-small").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    private static Path ini;
    private static MainTest.Result training;

    @BeforeAll
    static void trainOnce() throws IOException {
        ini = dir.resolve("svm_os_small.ini");
        Files.writeString(ini, String.join("\n", "[EXP]", "root = " + dir.resolve("results"),
                "name = svm_os_small", "[DATA]", "databases = ['emodb']", "emodb = " + EXAMPLE,
                "emodb.split_strategy = specified",
                "emodb.train_tables = ['emotion.categories.train.gold_standard']",
                "emodb.test_tables = ['emotion.categories.test.gold_standard']",
                "tests = ['again']", "again = " + EXAMPLE, "target = emotion",
                "labels = ['anger', 'happiness', 'sadness', 'neutral']", "[FEATS]",
                "type = ['os']", "scale = standard", "[MODEL]", "type = svm", ""));
        training = MainTest.run("--config", ini.toString());
    }

    @Test
    void trainingSavesAVerifiedBundle() throws IOException {
        assertEquals(0, training.code(), training.err());
        Path bundle = bundleDir();
        for (String f : List.of("model.bin", "bundle.json", "checksums.sha256")) {
            assertTrue(Files.size(bundle.resolve(f)) > 0, f);
        }
        String json = Files.readString(bundle.resolve("bundle.json"));
        assertTrue(json.contains("\"modelType\" : \"svm\"") && json.contains("\"anger\"")
                && json.contains("F0semitoneFrom27.5Hz_sma3nz_amean"), json);
    }

    @Test
    void predictGivesTheExperimentsLabels() throws IOException {
        Csv results = perSampleResults();
        Map<String, String> expected = new HashMap<>();
        StringBuilder list = new StringBuilder();
        for (String[] row : results.rows().subList(0, 5)) {
            expected.put(results.get(row, "file"), results.get(row, "predicted"));
            list.append(results.get(row, "file")).append('\n');
        }
        Path listFile = Files.writeString(dir.resolve("five.txt"), list.toString());
        Path out = dir.resolve("predictions.csv");

        MainTest.Result r = MainTest.run("predict", "--config", ini.toString(), "--list",
                listFile.toString(), "--csv", out.toString());

        assertEquals(0, r.code(), r.err());
        Csv predicted = Csv.read(out);
        assertEquals(5, predicted.rows().size());
        for (String[] row : predicted.rows()) {
            assertEquals(expected.get(predicted.get(row, "file")), predicted.get(row,
                    "predicted"), predicted.get(row, "file"));
        }
        assertTrue(r.out().startsWith("file,predicted,anger,happiness,neutral,sadness"),
                r.out());
    }

    @Test
    void testDatabasesAreEvaluatedWithTheSavedModel() {
        assertTrue(training.err().lines().anyMatch(l -> l.startsWith(
                "DEBUG: experiment: test on again (96 samples): UAR: ")), training.err());
        Path results = dir.resolve("results/svm_os_small/results");
        try (Stream<Path> files = Files.list(results)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith("_again_predictions.csv")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aChangedModelFileIsRefused() throws IOException {
        Path copy = dir.resolve("tampered");
        Path bundle = bundleDir();
        Files.createDirectories(copy);
        for (String f : List.of("model.bin", "bundle.json", "checksums.sha256")) {
            Files.copy(bundle.resolve(f), copy.resolve(f));
        }
        byte[] model = Files.readAllBytes(copy.resolve("model.bin"));
        model[model.length / 2] ^= 1;
        Files.write(copy.resolve("model.bin"), model);

        var e = org.junit.jupiter.api.Assertions.assertThrows(
                org.nkululeko.api.UserException.class,
                () -> new org.nkululeko.core.run.Predictor(copy,
                        org.nkululeko.core.plugin.PluginRegistry.system()));
        assertTrue(e.getMessage().contains("model.bin was changed after it was saved"),
                e.getMessage());
    }

    private static Path bundleDir() throws IOException {
        try (Stream<Path> dirs = Files.list(dir.resolve("results/svm_os_small/models/run_0"))) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private static Csv perSampleResults() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("results/svm_os_small/results/run_0"))) {
            return Csv.read(files.filter(p -> p.toString().endsWith(".csv")
                    && p.getFileName().toString().contains("_last_")).findFirst().orElseThrow());
        }
    }
}
