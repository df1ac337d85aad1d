package org.nkululeko.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.feats.FeatureStore;
import org.nkululeko.core.feats.FeatureTable;
import org.nkululeko.core.plugin.PluginRegistry;
import org.nkululeko.core.testing.LogCapture;
import org.nkululeko.core.testing.TestData;

/** Whole experiments on a small database with the test extractor and the dummy model. */
class ExperimentTest {

    static final List<String> SPEAKERS = List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7",
            "s8", "s9", "s10");
    static final List<String> EMOTIONS = List.of("anger", "happiness", "neutral", "sadness");

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void build() throws IOException {
        db = TestData.audformat(dir.resolve("tiny"), TestData.rows(SPEAKERS, EMOTIONS),
                List.of("s9", "s10"), List.of("s7", "s8"));
    }

    ExperimentConfig config(String... extra) throws IOException {
        List<String> lines = new ArrayList<>(List.of("[EXP]", "root = " + dir.resolve("res"),
                "name = exp", "[DATA]", "databases = ['tiny']", "tiny = " + db,
                "target = emotion", "[FEATS]", "type = ['testfeat']", "scale = standard",
                "[MODEL]", "type = dummy"));
        for (String e : extra) {
            // "SECTION key = value" replaces or adds the key in that section
            String section = e.substring(0, e.indexOf(' '));
            String kv = e.substring(e.indexOf(' ') + 1);
            String key = kv.substring(0, kv.indexOf('=')).trim();
            int at = lines.indexOf("[" + section + "]");
            if (at < 0) {
                lines.add("[" + section + "]");
                lines.add(kv);
                continue;
            }
            boolean replaced = false;
            for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("["); i++) {
                if (lines.get(i).startsWith(key + " =")) {
                    lines.set(i, kv);
                    replaced = true;
                }
            }
            if (!replaced) {
                lines.add(at + 1, kv);
            }
        }
        return TestData.config(dir, TestData.ini(lines.toArray(String[]::new)));
    }

    double run(String... extra) throws IOException {
        return new Experiment(config(extra), PluginRegistry.system()).run();
    }

    Path store() {
        return dir.resolve("res/exp/store");
    }

    @Test
    void runsAndWritesStoreAndResults() throws IOException {
        double uar = run();
        assertEquals(0.25, uar, 1e-9, "the majority baseline of 4 balanced classes");
        Path store = store();
        for (String f : List.of("traindf.csv", "testdf.csv", "tiny_testfeat_v1_all.nkf",
                "feats_train.nkf", "feats_test.nkf", "feats_train_scaled.nkf",
                "feats_test_scaled.nkf")) {
            assertTrue(Files.exists(store.resolve(f)), f);
        }
        String name = "tiny_emotion_dummy_testfeat_scale-standard";
        assertTrue(Files.exists(dir.resolve("res/exp/results/" + name + "_runs.txt")),
                listing());
    }

    String listing() throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve("res"))) {
            return s.map(Path::toString).toList().toString();
        }
    }

    @Test
    void scalingIsFittedOnTrainOnly() throws IOException {
        run();
        FeatureTable train = FeatureStore.read(store().resolve("feats_train_scaled.nkf"));
        FeatureTable test = FeatureStore.read(store().resolve("feats_test_scaled.nkf"));
        FeatureTable rawTrain = FeatureStore.read(store().resolve("feats_train.nkf"));
        FeatureTable rawTest = FeatureStore.read(store().resolve("feats_test.nkf"));
        int zcr = train.columns().indexOf("zcr");
        double[] trainCol = train.rows().values().stream().mapToDouble(r -> r[zcr]).toArray();
        double mean = Arrays.stream(trainCol).average().orElseThrow();
        double var = Arrays.stream(trainCol).map(v -> (v - mean) * (v - mean)).average()
                .orElseThrow();
        assertEquals(0, mean, 1e-9);
        assertEquals(1, var, 1e-9);
        double[] raw = rawTrain.rows().values().stream().mapToDouble(r -> r[zcr]).toArray();
        double rawMean = Arrays.stream(raw).average().orElseThrow();
        double rawStd = Math.sqrt(Arrays.stream(raw).map(v -> (v - rawMean) * (v - rawMean))
                .average().orElseThrow());
        for (String key : test.rows().keySet()) {
            double expected = (rawTest.rows().get(key)[zcr] - rawMean) / rawStd;
            assertEquals(expected, test.rows().get(key)[zcr], 1e-9, key);
        }
    }

    @Test
    void secondRunReusesSplitAndFeatures() throws IOException {
        run();
        try (LogCapture log = new LogCapture()) {
            run();
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("reusing the split")),
                    log.lines().toString());
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("reusing extracted "
                    + "testfeat features")), log.lines().toString());
            assertFalse(log.lines().stream().anyMatch(l -> l.contains("extracting testfeat")));
        }
        try (LogCapture log = new LogCapture()) {
            run("FEATS no_reuse = True");
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("extracting testfeat "
                    + "features for 40 samples")), log.lines().toString());
        }
    }

    @Test
    void regressionOnSegmentsOfACsvDatabase() throws IOException {
        StringBuilder csv = new StringBuilder("file,start,end,speaker,age\n");
        int i = 0;
        for (TestData.Row r : TestData.rows(SPEAKERS, EMOTIONS)) {
            Path wav = db.resolve(r.file());
            csv.append(wav).append(",0,0.1,").append(r.speaker()).append(',').append(20 + i % 7)
                    .append('\n');
            csv.append(wav).append(",0 days 00:00:00.100000,0.25,").append(r.speaker())
                    .append(',').append(30 + i++ % 5).append('\n');
        }
        Path file = TestData.write(dir.resolve("seg.csv"), csv.toString());
        List<String> lines = List.of("[EXP]", "root = " + dir.resolve("res"), "name = reg",
                "type = regression", "[DATA]", "databases = ['seg']", "seg = " + file,
                "seg.type = csv", "target = age", "[FEATS]", "type = testfeat",
                "scale = robust", "[MODEL]", "type = dummy", "measure = mae");
        double mae = new Experiment(TestData.config(dir, TestData.ini(lines.toArray(
                String[]::new))), PluginRegistry.system()).run();
        assertTrue(mae > 0 && mae < 10, "MAE of the mean predictor: " + mae);
        FeatureTable t = FeatureStore.read(dir.resolve("res/reg/store/feats_train.nkf"));
        assertEquals(64, t.rows().size(), "two segments per file, 8 speakers in train");
        int dur = t.columns().indexOf("duration");
        for (double[] row : t.rows().values()) {
            assertTrue(Math.abs(row[dur] - 0.1) < 1e-9 || Math.abs(row[dur] - 0.15) < 1e-9,
                    "segment duration " + row[dur]);
        }
    }

    @Test
    void runsUseSeedPlusRunIndexAndModelSeedOverrides() throws IOException {
        org.nkululeko.core.testing.RecordingModel.SEEDS.clear();
        run("MODEL type = recording", "EXP runs = 3", "EXP random_seed = 11");
        assertEquals(List.of(11L, 12L, 13L), org.nkululeko.core.testing.RecordingModel.SEEDS);
        org.nkululeko.core.testing.RecordingModel.SEEDS.clear();
        run("MODEL type = recording", "EXP runs = 2", "MODEL random_seed = 7",
                "EXP name = exp2");
        assertEquals(List.of(7L, 8L), org.nkululeko.core.testing.RecordingModel.SEEDS);
        org.nkululeko.core.testing.RecordingModel.SEEDS.clear();
        run("MODEL type = recording", "EXP name = exp3");
        assertEquals(List.of(42L), org.nkululeko.core.testing.RecordingModel.SEEDS);
    }

    @Test
    void patienceStopsEarlyAndEpochsOtherwiseRun() throws IOException {
        var epochs = org.nkululeko.core.testing.RecordingModel.EPOCHS;
        epochs.clear();
        run("MODEL type = recording", "EXP epochs = 10", "MODEL patience = 3");
        assertEquals(List.of(4), epochs, "best at epoch 0, then 3 epochs without improvement");
        epochs.clear();
        run("MODEL type = recording", "EXP epochs = 6", "MODEL patience = False",
                "EXP name = exp2");
        assertEquals(List.of(6), epochs);
        UserException e = assertThrows(UserException.class, () -> run("MODEL type = recording",
                "EXP epochs = 3", "MODEL patience = -2", "EXP name = exp3"));
        assertTrue(e.getMessage().contains("[MODEL] patience = -2"), e.getMessage());
        epochs.clear();
        run("MODEL type = dummy", "EXP epochs = 5", "EXP name = exp4");
        assertTrue(epochs.isEmpty());
    }

    @Test
    void twoDatabasesTrainOnOneTestOnTheOther() throws IOException {
        Path other = TestData.audformat(dir.resolve("other"), TestData.rows(List.of("o1", "o2"),
                EMOTIONS), List.of(), List.of());
        double uar = run("DATA databases = ['tiny', 'other']", "DATA other = " + other,
                "DATA tiny.split_strategy = train", "DATA other.split_strategy = test");
        assertEquals(0.25, uar, 1e-9);
        assertTrue(Files.exists(store().resolve("tiny_testfeat_v1_all.nkf")));
        assertTrue(Files.exists(store().resolve("other_testfeat_v1_all.nkf")));
        FeatureTable test = FeatureStore.read(store().resolve("feats_test.nkf"));
        assertEquals(8, test.rows().size());
        assertTrue(test.rows().keySet().stream().allMatch(k -> k.contains("other")));
    }

    @Test
    void scaleFalseLeavesFeaturesUnscaled() throws IOException {
        run("FEATS scale = False", "FEATS nan_strategy = mean");
        assertFalse(Files.exists(store().resolve("feats_train_scaled.nkf")));
        assertTrue(Files.exists(dir.resolve("res/exp/results/"
                + "tiny_emotion_dummy_testfeat_scale-False_runs.txt")), listing());
    }

    @Test
    void saveFalseKeepsNoModel() throws IOException {
        run("EXP save = False");
        assertFalse(Files.exists(dir.resolve("res/exp/models")), listing());
        run("EXP save = True", "EXP name = exp2");
        assertTrue(Files.exists(dir.resolve("res/exp2/models/run_0")), listing());
    }

    @Test
    void unreadableFileDoesNotStopTheRun() throws IOException {
        Files.writeString(db.resolve("wav/s3_neutral.wav"), "not audio");
        try (LogCapture log = new LogCapture()) {
            run();
            assertTrue(log.lines("WARNING").stream().anyMatch(l -> l.contains(
                    "s3_neutral.wav")), log.lines("WARNING").toString());
        }
        String train = Files.readString(store().resolve("traindf.csv"));
        assertFalse(train.contains("s3_neutral.wav"));
    }

    @Test
    void threeWayRuns() throws IOException {
        double uar = run("EXP traindevtest = True", "DATA tiny.split_strategy = database");
        assertEquals(0.25, uar, 1e-9);
        assertTrue(Files.exists(store().resolve("devdf.csv")));
        assertTrue(Files.exists(store().resolve("feats_dev_scaled.nkf")));
    }

    @Test
    void unknownModelTypeListsNames() {
        UserException e = assertThrows(UserException.class, () -> run("MODEL type = svmm"));
        assertTrue(e.getMessage().startsWith(dir.resolve("exp.ini") + ": unknown model type: "
                + "svmm"), e.getMessage());
        assertTrue(e.getMessage().contains("svmm") && e.getMessage().contains("[MODEL] type")
                && e.getMessage().contains("dummy"), e.getMessage());
        UserException none = assertThrows(UserException.class, () -> new Experiment(
                TestData.config(dir, TestData.ini("[EXP]", "root = r", "name = n", "[DATA]",
                        "databases = ['tiny']", "tiny = " + db, "target = emotion")),
                PluginRegistry.system()).run());
        assertTrue(none.getMessage().contains("[MODEL] type is missing"), none.getMessage());
    }

    @Test
    void unknownActivationNamesFileKeyValueAndAvailable() {
        UserException e = assertThrows(UserException.class, () -> run("MODEL type = recording",
                "MODEL activation = swishy"));
        assertTrue(e.getMessage().startsWith(dir.resolve("exp.ini") + ": unknown activation "
                + "function: swishy ([MODEL] activation; available: elu, gelu, "),
                e.getMessage());
    }

    @Test
    void changingTheFeatureSetReextracts() throws IOException {
        run("FEATS set = a");
        assertTrue(Files.exists(store().resolve("tiny_testfeat_a_all.nkf")));
        try (LogCapture log = new LogCapture()) {
            run("FEATS set = b");
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("extracting testfeat "
                    + "features for 40 samples")), log.lines().toString());
        }
        assertTrue(Files.exists(store().resolve("tiny_testfeat_b_all.nkf")));
    }

    @Test
    void unknownFeatureTypeListsNames() {
        UserException e = assertThrows(UserException.class, () -> run("FEATS type = ['mfcc']"));
        assertTrue(e.getMessage().startsWith(dir.resolve("exp.ini") + ": unknown feature "
                + "type: mfcc"), e.getMessage());
        assertTrue(e.getMessage().contains("mfcc") && e.getMessage().contains("[FEATS] type")
                && e.getMessage().contains("testfeat"), e.getMessage());
    }

    @Test
    void badExpValues() {
        UserException e = assertThrows(UserException.class, () -> run("EXP runs = 0"));
        assertEquals(dir.resolve("exp.ini") + ": [EXP] runs = 0: expected a whole number, 1 or "
                + "more", e.getMessage());
        e = assertThrows(UserException.class, () -> run("EXP type = clustering"));
        assertTrue(e.getMessage().contains("[EXP] type = clustering"), e.getMessage());
        e = assertThrows(UserException.class, () -> run("FEATS scale = zscore"));
        assertEquals(dir.resolve("exp.ini") + ": [FEATS] scale = zscore: expected one of "
                + "standard, robust, minmax, maxabs, speaker (or False)", e.getMessage());
        e = assertThrows(UserException.class, () -> run("FEATS nan_strategy = drop"));
        assertEquals(dir.resolve("exp.ini") + ": [FEATS] nan_strategy = drop: expected one of "
                + "zero, mean, median", e.getMessage());
    }

    @Test
    void importedFeaturesAreStoredAndReused() throws IOException {
        StringBuilder csv = new StringBuilder("file,a,b\n");
        int i = 0;
        for (TestData.Row r : TestData.rows(SPEAKERS, EMOTIONS)) {
            csv.append(r.file()).append(',').append(i++).append(',').append(i % 3).append('\n');
        }
        Path imp = TestData.write(dir.resolve("imp.csv"), csv.toString());
        run("FEATS type = ['import']", "FEATS import_file = " + imp);
        assertTrue(Files.exists(store().resolve("tiny_import_imp.csv_all.nkf")));
        try (LogCapture log = new LogCapture()) {
            run("FEATS type = ['import']", "FEATS import_file = " + imp);
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("reusing imported")),
                    log.lines().toString());
        }
        Files.writeString(imp, "file,a,b\nwav/s1_anger.wav,1,2\n");
        UserException e = assertThrows(UserException.class, () -> run("FEATS type = ['import']",
                "FEATS import_file = " + imp, "FEATS no_reuse = True"));
        assertTrue(e.getMessage().contains("no imported features for"), e.getMessage());
    }

    @Test
    void featureSelection() throws IOException {
        try (LogCapture log = new LogCapture()) {
            run("FEATS features = ['rms', 'nothing']");
            assertTrue(log.lines("WARNING").stream().anyMatch(l -> l.contains("nothing")));
        }
        FeatureTable t = FeatureStore.read(store().resolve("feats_train.nkf"));
        assertEquals(List.of("rms"), t.columns());
        assertNotEquals(0, t.rows().size());
    }

    @Test
    void lossTurningNanStopsTheRunNamingTheEpoch() {
        UserException e = assertThrows(UserException.class, () -> run("MODEL type = recording",
                "EXP epochs = 10", "MODEL nan_after = 3", "MODEL learning_rate = 0.1"));
        assertEquals("modelrunner", e.caller());
        assertTrue(e.getMessage().contains("epoch 3") && e.getMessage().contains("NaN")
                && e.getMessage().contains("lower [MODEL] learning_rate (now 0.1)"),
                e.getMessage());
    }
}
