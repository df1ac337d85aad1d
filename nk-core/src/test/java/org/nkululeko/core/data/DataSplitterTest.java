package org.nkululeko.core.data;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.testing.LogCapture;
import org.nkululeko.core.testing.TestData;

/** Loading, mapping, splitting, filtering and the split cache, on small test databases. */
class DataSplitterTest {

    static final List<String> SPEAKERS = List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7",
            "s8", "s9", "s10");
    static final List<String> EMOTIONS = List.of("anger", "happiness", "neutral", "sadness");

    @TempDir
    Path dir;
    Path db;
    int storeCount;

    @BeforeEach
    void build() throws IOException {
        db = TestData.audformat(dir.resolve("tiny"), TestData.rows(SPEAKERS, EMOTIONS),
                List.of("s9", "s10"), List.of("s7", "s8"));
    }

    ExperimentConfig config(String... dataLines) throws IOException {
        List<String> lines = new ArrayList<>(List.of("[EXP]", "root = " + dir, "name = t",
                "[DATA]", "databases = ['tiny']", "tiny = " + db, "target = emotion"));
        lines.addAll(Arrays.asList(dataLines));
        return TestData.config(dir, TestData.ini(lines.toArray(String[]::new)));
    }

    ExperimentData prepare(boolean threeWay, long seed, String... dataLines) throws IOException {
        Path store = dir.resolve("store" + (storeCount++));
        return new DataSplitter(config(dataLines), store, Task.CLASSIFICATION, threeWay, seed)
                .prepare();
    }

    ExperimentData prepare(String... dataLines) throws IOException {
        return prepare(false, 42, dataLines);
    }

    static Set<String> speakers(List<Sample> samples) {
        Set<String> out = new TreeSet<>();
        samples.forEach(s -> out.add(s.speaker()));
        return out;
    }

    static List<String> files(List<Sample> samples) {
        return samples.stream().map(Sample::relPath).toList();
    }

    static void assertDisjoint(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        assertTrue(both.isEmpty(), "shared: " + both);
    }

    UserException fails(String... dataLines) {
        return assertThrows(UserException.class, () -> prepare(dataLines));
    }

    UserException fails3(String... dataLines) {
        return assertThrows(UserException.class, () -> prepare(true, 42, dataLines));
    }

    static void assertMessage(UserException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + p + "' not in: " + e.getMessage());
        }
    }

    // --- split strategies ---

    @Test
    void speakerSplitIsSeededReproducibleAndDisjoint() throws IOException {
        ExperimentData a = prepare();
        assertEquals(2, speakers(a.splits().test()).size());
        assertEquals(8, a.splits().test().size());
        assertEquals(32, a.splits().train().size());
        assertDisjoint(speakers(a.splits().train()), speakers(a.splits().test()));
        ExperimentData again = prepare();
        assertEquals(files(a.splits().test()), files(again.splits().test()));
        boolean differs = false;
        for (long seed = 1; seed < 6 && !differs; seed++) {
            differs = !speakers(prepare(false, seed).splits().test())
                    .equals(speakers(a.splits().test()));
        }
        assertTrue(differs, "another seed gives another split");
        assertEquals(List.of("anger", "happiness", "neutral", "sadness"), a.classNames());
    }

    @Test
    void speakerSplitTestSize() throws IOException {
        ExperimentData a = prepare("tiny.test_size = 30");
        assertEquals(3, speakers(a.splits().test()).size());
    }

    @Test
    void speakerSplitThreeWay() throws IOException {
        ExperimentData a = prepare(true, 42, "tiny.dev_size = 30");
        assertEquals(2, speakers(a.splits().test()).size());
        assertEquals(3, speakers(a.splits().dev()).size());
        assertEquals(5, speakers(a.splits().train()).size());
        assertDisjoint(speakers(a.splits().train()), speakers(a.splits().dev()));
        assertDisjoint(speakers(a.splits().train()), speakers(a.splits().test()));
        assertDisjoint(speakers(a.splits().dev()), speakers(a.splits().test()));
    }

    @Test
    void speakerSplitWithoutSpeakersFailsClearly() throws IOException {
        Path csv = TestData.write(dir.resolve("nospk/db.csv"), "file,emotion\n"
                + db.resolve("wav/s1_anger.wav") + ",anger\n");
        UserException e = assertThrows(UserException.class, () -> new DataSplitter(
                TestData.config(dir, TestData.ini("[EXP]", "root = r", "name = n", "[DATA]",
                        "databases = ['c']", "c = " + csv, "c.type = csv", "target = emotion")),
                dir.resolve("st"), Task.CLASSIFICATION, false, 42).prepare());
        assertMessage(e, "speaker_split", "s1_anger.wav", "split_strategy");
    }

    @Test
    void randomIsSeededAndReproducible() throws IOException {
        ExperimentData a = prepare("tiny.split_strategy = random");
        assertEquals(8, a.splits().test().size());
        assertEquals(32, a.splits().train().size());
        assertEquals(files(a.splits().test()),
                files(prepare("tiny.split_strategy = random").splits().test()));
        assertNotEquals(files(a.splits().test()), files(prepare(false, 7,
                "tiny.split_strategy = random").splits().test()));
        Set<String> all = new HashSet<>(files(a.splits().train()));
        all.addAll(files(a.splits().test()));
        assertEquals(40, all.size());
    }

    @Test
    void randomThreeWay() throws IOException {
        ExperimentData a = prepare(true, 42, "tiny.split_strategy = random",
                "tiny.test_size = 25", "tiny.dev_size = 10");
        assertEquals(10, a.splits().test().size());
        assertEquals(4, a.splits().dev().size());
        assertEquals(26, a.splits().train().size());
    }

    @Test
    void specifiedUsesTheTables() throws IOException {
        ExperimentData a = prepare("tiny.split_strategy = specified",
                "tiny.train_tables = ['emotion.train']", "tiny.test_tables = ['emotion.test']");
        assertEquals(Set.of("s9", "s10"), speakers(a.splits().test()));
        assertEquals(24, a.splits().train().size());
        assertEquals(8, a.splits().test().size());
        ExperimentData three = prepare(true, 42, "tiny.split_strategy = specified",
                "tiny.train_tables = ['emotion.train']", "tiny.test_tables = ['emotion.test']",
                "tiny.dev_tables = ['emotion.dev']");
        assertEquals(Set.of("s7", "s8"), speakers(three.splits().dev()));
        assertMessage(fails3("tiny.split_strategy = specified",
                "tiny.train_tables = ['emotion.train']", "tiny.test_tables = ['emotion.test']"),
                "tiny.dev_tables");
        assertMessage(fails("tiny.split_strategy = specified",
                "tiny.train_tables = ['emotion.train']", "tiny.test_tables = ['nope']"),
                "nope");
    }

    @Test
    void databaseUsesTargetTables() throws IOException {
        ExperimentData a = prepare("tiny.split_strategy = database");
        assertEquals(Set.of("s9", "s10"), speakers(a.splits().test()));
        assertEquals(24, a.splits().train().size());
        ExperimentData three = prepare(true, 42, "tiny.split_strategy = database");
        assertEquals(Set.of("s7", "s8"), speakers(three.splits().dev()));
        assertEquals(8, three.splits().test().size());
    }

    @Test
    void trainTestDevWholeDatabases() throws IOException {
        Path other = TestData.audformat(dir.resolve("other"), TestData.rows(List.of("o1", "o2"),
                EMOTIONS), List.of(), List.of());
        List<String> lines = List.of("[EXP]", "root = r", "name = n", "[DATA]",
                "databases = ['tiny', 'other']", "tiny = " + db, "other = " + other,
                "target = emotion", "tiny.split_strategy = train", "other.split_strategy = test");
        ExperimentData a = new DataSplitter(TestData.config(dir, TestData.ini(
                lines.toArray(String[]::new))), dir.resolve("s1"), Task.CLASSIFICATION, false,
                42).prepare();
        assertEquals(40, a.splits().train().size());
        assertEquals(Set.of("o1", "o2"), speakers(a.splits().test()));
        List<String> three = new ArrayList<>(lines);
        three.set(3, "[DATA]");
        three.add("tiny.x = 1");
        Path third = TestData.audformat(dir.resolve("third"), TestData.rows(List.of("d1"),
                EMOTIONS), List.of(), List.of());
        List<String> l3 = new ArrayList<>(lines);
        l3.set(4, "databases = ['tiny', 'other', 'third']");
        l3.add("third = " + third);
        l3.add("third.split_strategy = dev");
        ExperimentData b = new DataSplitter(TestData.config(dir, TestData.ini(
                l3.toArray(String[]::new))), dir.resolve("s2"), Task.CLASSIFICATION, true,
                42).prepare();
        assertEquals(Set.of("d1"), speakers(b.splits().dev()));
        assertEquals(8, b.splits().test().size());
        assertEquals(40, b.splits().train().size());
    }

    @Test
    void speakersStated() throws IOException {
        ExperimentData a = prepare("tiny.split_strategy = speakers_stated",
                "tiny.test = ['s1', 's2']");
        assertEquals(Set.of("s1", "s2"), speakers(a.splits().test()));
        assertEquals(32, a.splits().train().size());
        ExperimentData b = prepare(true, 42, "tiny.split_strategy = speakers_stated",
                "tiny.test = ['s1', 's2']", "tiny.dev = ['s3']", "tiny.train = ['s4', 's5']");
        assertEquals(Set.of("s3"), speakers(b.splits().dev()));
        assertEquals(Set.of("s4", "s5"), speakers(b.splits().train()));
        assertMessage(fails3("tiny.split_strategy = speakers_stated", "tiny.test = ['s1']"),
                "tiny.dev");
        assertMessage(fails("tiny.split_strategy = speakers_stated"), "tiny.test");
    }

    @Test
    void listOfTestSpeakers() throws IOException {
        ExperimentData a = prepare("tiny.split_strategy = ['s3', 's5', 's7']");
        assertEquals(Set.of("s3", "s5", "s7"), speakers(a.splits().test()));
        assertEquals(28, a.splits().train().size());
        assertMessage(fails3("tiny.split_strategy = ['s3']"), "dev", "speakers_stated");
    }

    @Test
    void numericSpeakerListMatchesFloatIds() throws IOException {
        Path csv = TestData.write(dir.resolve("num/db.csv"), "file,speaker,emotion\n"
                + db.resolve("wav/s1_anger.wav") + ",12.0,anger\n"
                + db.resolve("wav/s1_sadness.wav") + ",12.0,sadness\n"
                + db.resolve("wav/s2_anger.wav") + ",13,anger\n"
                + db.resolve("wav/s2_sadness.wav") + ",13,sadness\n");
        ExperimentData a = new DataSplitter(TestData.config(dir, TestData.ini("[EXP]",
                "root = r", "name = n", "[DATA]", "databases = ['c']", "c = " + csv,
                "c.type = csv", "c.split_strategy = [12]", "target = emotion")),
                dir.resolve("st"), Task.CLASSIFICATION, false, 42).prepare();
        assertEquals(Set.of("12.0"), speakers(a.splits().test()));
    }

    @Test
    void devStrategyNeedsThreeWay() {
        assertMessage(fails("tiny.split_strategy = dev"), "tiny.split_strategy = dev",
                "traindevtest");
    }

    @Test
    void databaseWithoutPathOrWithUnknownType() {
        UserException e = assertThrows(UserException.class, () -> new DataSplitter(
                TestData.config(dir, TestData.ini("[EXP]", "root = r", "name = n", "[DATA]",
                        "databases = ['tiny', 'other']", "tiny = " + db, "target = emotion")),
                dir.resolve("st"), Task.CLASSIFICATION, false, 42).prepare());
        assertMessage(e, "exp.ini", "[DATA] other is missing");
        assertMessage(fails("tiny.type = parquet"), "[DATA] tiny.type = parquet",
                "audformat or csv");
    }

    @Test
    void balancedIsNotOffered() {
        assertMessage(fails("tiny.split_strategy = balanced"), "balanced", "not offered",
                "tiny.split_strategy");
    }

    @Test
    void unknownStrategyListsStrategies() {
        assertMessage(fails("tiny.split_strategy = reuse"),
                "exp.ini: unknown split strategy: reuse",
                "tiny.split_strategy", "speaker_split", "random", "specified", "database",
                "speakers_stated");
    }

    @Test
    void splitLeavingTrainEmptyFails() {
        assertMessage(fails("tiny.split_strategy = test"), "training set empty");
        assertMessage(fails("tiny.split_strategy = " + "['s1','s2','s3','s4','s5','s6','s7',"
                + "'s8','s9','s10']"), "training set empty");
        assertMessage(fails("tiny.test_size = 100"), "test_size");
    }

    // --- labels ---

    @Test
    void mappingWithCommaKeysAndUnmappedDropped() throws IOException {
        try (LogCapture log = new LogCapture()) {
            ExperimentData a = prepare("tiny.mapping = {'anger, sadness': 'negative', "
                    + "'happiness': 'positive'}");
            assertEquals(List.of("negative", "positive"), a.classNames());
            assertEquals(30, a.splits().all().size());
            assertTrue(log.lines("DEBUG").stream().anyMatch(l -> l.contains("mapping dropped 10")),
                    log.lines().toString());
        }
    }

    @Test
    void mappingMustBeADict() {
        assertMessage(fails("tiny.mapping = ['anger']"), "[DATA] tiny.mapping", "dict");
    }

    @Test
    void labelsSelectClasses() throws IOException {
        ExperimentData a = prepare("labels = ['anger', 'sadness']");
        assertEquals(List.of("anger", "sadness"), a.classNames());
        assertEquals(20, a.splits().all().size());
    }

    @Test
    void testLabelNeverSeenInTraining() throws IOException {
        // s9 and s10 (the test speakers) are the only ones with 'boredom'
        Path d2 = dir.resolve("unseen");
        List<TestData.Row> rows = new ArrayList<>(TestData.rows(SPEAKERS, List.of("anger",
                "neutral")));
        rows.add(new TestData.Row("wav/s9_boredom.wav", "s9", "boredom"));
        TestData.audformat(d2, rows, List.of("s9", "s10"), List.of());
        db = d2;
        UserException e = fails("tiny.split_strategy = ['s9', 's10']");
        assertMessage(e, "not seen in training", "boredom");
        assertTrue(!Files.exists(dir.resolve("store" + (storeCount - 1)).resolve("traindf.csv")),
                "a split that fails is not cached, so fixing the config takes effect");
    }

    @Test
    void everyRowFilteredAway() {
        assertMessage(fails("filter = {'speaker': ['nobody']}"), "[DATA] filter",
                "removes every sample");
        assertMessage(fails("labels = ['joy']"), "no samples left");
        assertMessage(fails("tiny.mapping = {'joy': 'x'}"), "no samples left",
                "tiny.mapping");
    }

    @Test
    void filtersKeepMatching() throws IOException {
        ExperimentData a = prepare("filter = {'speaker': ['s1', 's2', 's9', 's10']}",
                "tiny.split_strategy = ['s9']");
        assertEquals(Set.of("s1", "s2", "s10"), speakers(a.splits().train()));
        ExperimentData b = prepare("limit_samples_per_speaker = 2");
        assertEquals(20, b.splits().all().size());
        assertEquals(40, prepare("min_duration_of_sample = 0.2").splits().all().size());
        assertMessage(fails("max_duration_of_sample = 0.1"), "[DATA] max_duration_of_sample",
                "removes every sample (40 before)");
    }

    @Test
    void perDatabaseFiltersRequiredAndAsTest() throws IOException {
        ExperimentData a = prepare("tiny.limit_samples_per_speaker = 1");
        assertEquals(10, a.splits().all().size());
        assertEquals(8, a.splits().train().size());
        ExperimentData b = prepare("tiny.filter = {'emotion': ['anger', 'sadness']}");
        assertEquals(20, b.splits().all().size());
        assertMessage(fails("tiny.filter = {'speaker': ['x']}"), "[DATA] tiny.filter",
                "removes every sample");
        assertEquals(40, prepare("tiny.required = speaker").splits().all().size());
        assertMessage(fails("tiny.required = ['gender']"), "tiny.required",
                "removes every sample");

        Path other = TestData.audformat(dir.resolve("other"), TestData.rows(List.of("o1", "o2"),
                EMOTIONS), List.of(), List.of());
        List<String> lines = List.of("[EXP]", "root = r", "name = n", "[DATA]",
                "databases = ['tiny', 'other']", "tiny = " + db, "other = " + other,
                "target = emotion", "tiny.split_strategy = ['s9']", "other.as_test = True",
                "other.split_strategy = ['o1']");
        ExperimentData c = new DataSplitter(TestData.config(dir, TestData.ini(
                lines.toArray(String[]::new))), dir.resolve("s1"), Task.CLASSIFICATION, false,
                42).prepare();
        assertEquals(Set.of("s9", "o1"), speakers(c.splits().test()));
        assertFalse(speakers(c.splits().train()).contains("o2"), "as_test drops o2's train part");
    }

    @Test
    void filtersSwitchedOffInAnySpelling() throws IOException {
        assertEquals(40, prepare("check_size = no", "limit_samples = False",
                "filter = None").splits().all().size());
        assertEquals(40, prepare("check_size = yes").splits().all().size());
        assertMessage(fails("check_size = 5000"), "check_size", "removes every sample");
    }

    @Test
    void numericTargetWithClassificationGivesRegressionHint() throws IOException {
        StringBuilder csv = new StringBuilder("file,speaker,age\n");
        int i = 0;
        for (TestData.Row r : TestData.rows(SPEAKERS, EMOTIONS)) {
            csv.append(db.resolve(r.file())).append(',').append(r.speaker()).append(',')
                    .append(20 + i++).append('\n');
        }
        Path file = TestData.write(dir.resolve("age.csv"), csv.toString());
        UserException e = assertThrows(UserException.class, () -> new DataSplitter(
                TestData.config(dir, TestData.ini("[EXP]", "root = r", "name = n", "[DATA]",
                        "databases = ['a']", "a = " + file, "a.type = csv", "target = age")),
                dir.resolve("st"), Task.CLASSIFICATION, false, 42).prepare());
        assertMessage(e, "numeric", "[EXP] type = regression", "mlp_reg");
        // few ages, as in EmoDB (one per speaker): the unseen-label error carries the hint
        StringBuilder byspeaker = new StringBuilder("file,speaker,age\n");
        for (TestData.Row r : TestData.rows(SPEAKERS, EMOTIONS)) {
            byspeaker.append(db.resolve(r.file())).append(',').append(r.speaker()).append(',')
                    .append(30 + r.speaker().length()).append(r.speaker().endsWith("9") ? "1"
                    : "").append('\n');
        }
        Path few = TestData.write(dir.resolve("few.csv"), byspeaker.toString());
        UserException unseen = assertThrows(UserException.class, () -> new DataSplitter(
                TestData.config(dir, TestData.ini("[EXP]", "root = r", "name = n", "[DATA]",
                        "databases = ['a']", "a = " + few, "a.type = csv",
                        "a.split_strategy = ['s9']", "target = age")),
                dir.resolve("st3"), Task.CLASSIFICATION, false, 42).prepare());
        assertMessage(unseen, "not seen in training: [321]", "mlp_reg", "regression");
        ExperimentData reg = new DataSplitter(TestData.config(dir, TestData.ini("[EXP]",
                "root = r", "name = n", "type = regression", "[DATA]", "databases = ['a']",
                "a = " + file, "a.type = csv", "target = age")), dir.resolve("st2"),
                Task.REGRESSION, false, 42).prepare();
        assertEquals(40, reg.splits().all().size());
        assertEquals(List.of(), reg.classNames());
        assertEquals(20, reg.targets(reg.splits().all()).length / 2, 0);
    }

    // --- bad inputs ---

    @Test
    void checkVadIsNotOffered() {
        assertMessage(fails("check_vad = True"), "check_vad", "not offered");
    }

    @Test
    void folderWithoutDbYaml() throws IOException {
        Files.delete(db.resolve("db.yaml"));
        assertMessage(fails(), "no audformat database found at " + db, "db.yaml",
                "tiny.type");
    }

    @Test
    void audformatWithoutTargetColumn() {
        UserException e = assertThrows(UserException.class, () -> new DataSplitter(
                TestData.config(dir, TestData.ini("[EXP]", "root = r", "name = n", "[DATA]",
                        "databases = ['tiny']", "tiny = " + db, "target = valence")),
                dir.resolve("st"), Task.CLASSIFICATION, false, 42).prepare());
        assertMessage(e, "valence", "tiny");
    }

    @Test
    void csvWithoutTargetColumn() throws IOException {
        Path csv = TestData.csvDb(dir.resolve("csvdb"), TestData.rows(List.of("a"), EMOTIONS));
        UserException e = assertThrows(UserException.class, () -> new DataSplitter(
                TestData.config(dir, TestData.ini("[EXP]", "root = r", "name = n", "[DATA]",
                        "databases = ['c']", "c = " + csv, "c.type = csv",
                        "c.absolute_path = False", "target = valence")),
                dir.resolve("st"), Task.CLASSIFICATION, false, 42).prepare());
        assertMessage(e, csv.toString(), "no target column 'valence'", "[DATA] target");
    }

    @Test
    void csvDatabaseRelativeToItsFolder() throws IOException {
        Path csv = TestData.csvDb(dir.resolve("csvdb"), TestData.rows(SPEAKERS, EMOTIONS));
        ExperimentData a = new DataSplitter(TestData.config(dir, TestData.ini("[EXP]",
                "root = r", "name = n", "[DATA]", "databases = ['c']", "c = " + csv,
                "c.type = csv", "c.absolute_path = False", "target = emotion")),
                dir.resolve("st"), Task.CLASSIFICATION, false, 42).prepare();
        assertEquals(40, a.splits().all().size());
        assertEquals("wav/s1_anger.wav", a.splits().all().stream()
                .filter(s -> s.relPath().equals("wav/s1_anger.wav")).findFirst().orElseThrow()
                .relPath());
        assertTrue(Files.exists(Path.of(a.splits().train().get(0).file())));
    }

    @Test
    void missingCsvFile() {
        Path csv = dir.resolve("none.csv");
        UserException e = assertThrows(UserException.class, () -> new DataSplitter(
                TestData.config(dir, TestData.ini("[EXP]", "root = r", "name = n", "[DATA]",
                        "databases = ['c']", "c = " + csv, "c.type = csv", "target = e")),
                dir.resolve("st"), Task.CLASSIFICATION, false, 42).prepare());
        assertMessage(e, csv.toString());
    }

    @Test
    void unreadableAudioIsWarnedAndDropped() throws IOException {
        Path empty = db.resolve("wav/s1_anger.wav");
        Files.write(empty, new byte[0]);
        Path text = db.resolve("wav/s2_anger.wav");
        Files.writeString(text, "this is not audio at all, just some text in a file\n");
        Path cut = db.resolve("wav/s3_anger.wav");
        byte[] full = Files.readAllBytes(cut);
        Files.write(cut, Arrays.copyOf(full, 100));
        Path missing = db.resolve("wav/s4_anger.wav");
        Files.delete(missing);
        try (LogCapture log = new LogCapture()) {
            ExperimentData a = prepare();
            assertEquals(36, a.splits().all().size());
            List<String> warnings = log.lines("WARNING");
            for (Path p : List.of(empty, text, cut, missing)) {
                assertTrue(warnings.stream().anyMatch(w -> w.contains(p.toString())),
                        p + " not named in " + warnings);
                assertFalse(a.splits().all().stream().anyMatch(s -> s.file().equals(
                        p.toString())));
            }
            assertTrue(warnings.stream().anyMatch(w -> w.contains("dropped 4 rows")),
                    warnings.toString());
        }
    }

    // --- cache ---

    @Test
    void splitIsCachedAndReused() throws IOException {
        Path store = dir.resolve("cache");
        ExperimentConfig c = config("tiny.split_strategy = random");
        ExperimentData first = new DataSplitter(c, store, Task.CLASSIFICATION, false, 42)
                .prepare();
        assertTrue(Files.exists(store.resolve("traindf.csv")));
        assertTrue(Files.exists(store.resolve("testdf.csv")));
        try (LogCapture log = new LogCapture()) {
            ExperimentData second = new DataSplitter(c, store, Task.CLASSIFICATION, false, 42)
                    .prepare();
            assertEquals(files(first.splits().test()), files(second.splits().test()));
            assertEquals(first.splits().test(), second.splits().test());
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("reusing the split")));
        }
        ExperimentData fresh = new DataSplitter(config("tiny.split_strategy = random",
                "no_reuse = True"), store, Task.CLASSIFICATION, false, 1).prepare();
        assertNotEquals(files(first.splits().test()), files(fresh.splits().test()));
    }

    @Test
    void changedDataSettingsSplitAgain() throws IOException {
        Path store = dir.resolve("cache2");
        new DataSplitter(config(), store, Task.CLASSIFICATION, false, 42).prepare();
        try (LogCapture log = new LogCapture()) {
            ExperimentData two = new DataSplitter(config("labels = ['anger', 'sadness']"),
                    store, Task.CLASSIFICATION, false, 42).prepare();
            assertEquals(List.of("anger", "sadness"), two.classNames());
            assertTrue(log.lines("WARNING").stream().anyMatch(l -> l.contains(
                    "differ from those the split")), log.lines().toString());
        }
    }
}
