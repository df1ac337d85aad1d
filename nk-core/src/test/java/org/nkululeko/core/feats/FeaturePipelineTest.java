package org.nkululeko.core.feats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.data.Sample;
import org.nkululeko.core.plugin.PluginRegistry;
import org.nkululeko.core.testing.LogCapture;
import org.nkululeko.core.testing.TestData;

/** Extraction, the feature store, and files that cannot be read. */
class FeaturePipelineTest {

    @TempDir
    Path dir;

    Sample sample(Path wav) {
        return new Sample("db", wav.toString(), wav.getFileName().toString(), 0, Double.NaN,
                Map.of());
    }

    Section feats(String... kv) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return new Section(dir.resolve("exp.ini"), "FEATS", m);
    }

    @Test
    void unreadableFileGivesNanRowAndWarning() throws IOException {
        Path good = dir.resolve("good.wav");
        TestData.sine(good, 0.2, 440);
        Path bad = Files.writeString(dir.resolve("bad.wav"), "nope");
        FeaturePipeline p = new FeaturePipeline(feats("type", "testfeat", "n_jobs", "2"),
                PluginRegistry.system(), dir.resolve("store"));
        try (LogCapture log = new LogCapture()) {
            FeatureTable t = p.features("db", List.of(sample(good), sample(bad)));
            assertEquals(List.of("rms", "zcr", "duration"), t.columns());
            double[] g = t.rows().get(sample(good).key());
            assertEquals(0.5 / Math.sqrt(2), g[0], 1e-3);
            assertEquals(880, g[1], 10, "two crossings per period");
            assertEquals(0.2, g[2], 1e-9);
            double[] b = t.rows().get(sample(bad).key());
            assertTrue(Double.isNaN(b[0]) && Double.isNaN(b[1]) && Double.isNaN(b[2]));
            assertTrue(log.lines("WARNING").stream().anyMatch(l -> l.contains(bad.toString())
                    && l.contains("NaN")), log.lines().toString());
        }
        assertTrue(Files.exists(dir.resolve("store/db_testfeat_v1_all.nkf")));
    }

    @Test
    void joinsTypesInOrderAndChecksStoreFormat() throws IOException {
        Path good = dir.resolve("good.wav");
        TestData.sine(good, 0.2, 440);
        Path imp = TestData.write(dir.resolve("imp.csv"), "file,x\ngood.wav,7\n");
        FeaturePipeline p = new FeaturePipeline(feats("type", "['import', 'testfeat']",
                "import_file", imp.toString(), "store_format", "csv"), PluginRegistry.system(),
                dir.resolve("store"));
        FeatureTable t = p.features("db", List.of(sample(good)));
        assertEquals(List.of("x", "rms", "zcr", "duration"), t.columns());
        assertEquals(7, t.rows().get(sample(good).key())[0]);
        assertTrue(Files.exists(dir.resolve("store/db_testfeat_v1_all.csv")));
        UserException e = assertThrows(UserException.class, () -> new FeaturePipeline(
                feats("store_format", "parquet"), PluginRegistry.system(), dir));
        assertTrue(e.getMessage().contains("[FEATS] store_format = parquet"), e.getMessage());
    }
}
