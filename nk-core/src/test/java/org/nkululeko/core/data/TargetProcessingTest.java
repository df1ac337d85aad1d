package org.nkululeko.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.Task;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.testing.TestData;

/**
 * The target keys: reverse, scale, target_divide_by, continuous binning, rename_speakers and
 * root_folders, on a CSV database whose target is 10, 20, 30 or 40 for every speaker.
 */
class TargetProcessingTest {

    static final List<String> SPEAKERS = List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7",
            "s8", "s9", "s10");

    @TempDir
    Path dir;
    Path csv;
    int stores;

    @BeforeEach
    void build() throws IOException {
        csv = TestData.csvDb(dir.resolve("num"), TestData.rows(SPEAKERS,
                List.of("10", "20", "30", "40")));
    }

    ExperimentData prepare(Task task, String... lines) throws IOException {
        List<String> ini = new ArrayList<>(List.of("[EXP]", "root = " + dir, "name = t",
                "[DATA]", "databases = ['tiny']", "tiny = " + csv, "tiny.type = csv",
                "tiny.absolute_path = False",
                "tiny.split_strategy = ['s9', 's10']", "target = emotion"));
        if (Arrays.stream(lines).anyMatch(l -> l.startsWith("tiny.split_strategy"))) {
            ini.remove("tiny.split_strategy = ['s9', 's10']");
        }
        ini.addAll(Arrays.asList(lines));
        ExperimentConfig config = TestData.config(dir, TestData.ini(ini.toArray(String[]::new)));
        return new DataSplitter(config, dir.resolve("store" + stores++), task, false, 42)
                .prepare();
    }

    static Set<Double> targets(ExperimentData d) {
        Set<Double> out = new TreeSet<>();
        d.splits().all().forEach(s -> out.add(Double.parseDouble(s.get("emotion"))));
        return out;
    }

    @Test
    void reverseAroundTheGivenMaximum() throws IOException {
        ExperimentData d = prepare(Task.REGRESSION, "tiny.reverse = True",
                "tiny.reverse.max = 50");
        assertEquals(Set.of(10.0, 20.0, 30.0, 40.0), targets(d));
        ExperimentData byDbMax = prepare(Task.REGRESSION, "tiny.reverse = True");
        assertEquals(Set.of(0.0, 10.0, 20.0, 30.0), targets(byDbMax));
    }

    @Test
    void scaleGivesZScoresOverTheDatabase() throws IOException {
        ExperimentData d = prepare(Task.REGRESSION, "tiny.scale = True");
        double[] v = d.splits().all().stream()
                .mapToDouble(s -> Double.parseDouble(s.get("emotion"))).toArray();
        double mean = Arrays.stream(v).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average()
                .orElseThrow());
        assertEquals(0, mean, 1e-12);
        assertEquals(1, sd, 1e-12);
    }

    @Test
    void targetDivideBy() throws IOException {
        assertEquals(Set.of(1.0, 2.0, 3.0, 4.0), targets(prepare(Task.REGRESSION,
                "target_divide_by = 10")));
    }

    @Test
    void continuousTargetsAreBinnedByTheGivenEdges() throws IOException {
        ExperimentData d = prepare(Task.CLASSIFICATION, "type = continuous",
                "bins = [0, 25, 100]", "labels = ['low', 'high']");
        assertEquals(List.of("high", "low"), d.classNames());
        for (Sample s : d.splits().all()) {
            boolean low = s.file().endsWith("_10.wav") || s.file().endsWith("_20.wav");
            assertEquals(low ? "low" : "high", s.get("emotion"), s.file());
        }
    }

    @Test
    void continuousTargetsWithoutBinsUseTerciles() throws IOException {
        ExperimentData d = prepare(Task.CLASSIFICATION, "type = continuous");
        assertEquals(List.of("0_low", "1_middle", "2_high"), d.classNames());
    }

    @Test
    void renameSpeakersPrefixesTheDatabase() throws IOException {
        ExperimentData d = prepare(Task.CLASSIFICATION, "tiny.rename_speakers = True",
                "tiny.split_strategy = ['tiny_s9', 'tiny_s10']");
        assertTrue(d.splits().all().stream().allMatch(s -> s.speaker().startsWith("tiny_")));
        assertEquals(Set.of("tiny_s9", "tiny_s10"), DataSplitterTest.speakers(d.splits().test()));
    }

    @Test
    void rootFoldersGiveDatabaseDefaults() throws IOException {
        Path root = TestData.write(dir.resolve("root.ini"), "[DATA]\ntiny = " + csv
                + "\ntiny.type = csv\ntiny.absolute_path = False\ntiny.split_strategy = ['s1']\n");
        List<String> ini = List.of("[EXP]", "root = " + dir, "name = r", "[DATA]",
                "databases = ['tiny']", "root_folders = " + root, "target = emotion");
        ExperimentConfig config = TestData.config(dir, TestData.ini(ini.toArray(String[]::new)));
        ExperimentData d = new DataSplitter(config, dir.resolve("storeR"), Task.CLASSIFICATION,
                false, 42).prepare();
        assertTrue(d.splits().test().stream().allMatch(s -> s.speaker().equals("s1")));
        assertEquals(4, d.splits().test().size());
    }
}
