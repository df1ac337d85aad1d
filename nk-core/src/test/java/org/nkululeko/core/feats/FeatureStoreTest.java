package org.nkululeko.core.feats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.UserException;

/** Feature tables survive the store exactly, in both formats. */
class FeatureStoreTest {

    @TempDir
    Path dir;

    static FeatureTable table(boolean segmented) {
        Map<String, double[]> rows = new LinkedHashMap<>();
        rows.put("a, b.wav|0.0|NaN", new double[] {0.1, Double.NaN, -1e-300});
        rows.put(segmented ? "c.wav|0.5|1.25" : "c.wav|0.0|NaN",
                new double[] {Math.PI, 2, Double.MAX_VALUE});
        return new FeatureTable(List.of("x", "y,z", "w"), rows, null);
    }

    @Test
    void binaryAndCsvRoundTrip() throws IOException {
        for (String ext : List.of("nkf", "csv")) {
            for (boolean segmented : List.of(false, true)) {
                Path file = dir.resolve("t" + segmented + "." + ext);
                FeatureTable t = table(segmented);
                FeatureStore.write(file, t);
                FeatureTable back = FeatureStore.read(file);
                assertEquals(t.columns(), back.columns(), ext);
                assertEquals(List.copyOf(t.rows().keySet()), List.copyOf(back.rows().keySet()),
                        ext + " " + segmented);
                for (String k : t.rows().keySet()) {
                    assertArrayEquals(t.rows().get(k), back.rows().get(k), 0, ext);
                }
            }
        }
        FeatureTable shaped = new FeatureTable(List.of("a", "b"), Map.of("k|0.0|NaN",
                new double[] {1, 2}), new int[] {1, 2});
        FeatureStore.write(dir.resolve("s.nkf"), shaped);
        assertArrayEquals(new int[] {1, 2}, FeatureStore.read(dir.resolve("s.nkf")).rowShape());
    }

    @Test
    void brokenStoreNamesFileAndRemedy() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.nkf"), "garbage");
        UserException e = assertThrows(UserException.class, () -> FeatureStore.read(bad));
        assertTrue(e.getMessage().contains(bad.toString())
                && e.getMessage().contains("no_reuse"), e.getMessage());
    }

    @Test
    void extensions() {
        assertEquals("csv", FeatureStore.extension("csv"));
        assertEquals("nkf", FeatureStore.extension("pkl"));
    }
}
