package org.nkululeko.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.core.io.Csv;

/**
 * Issue #2, "Must show": {@code configs/svm_import.ini} with {@code [MODEL] type = dummy} runs to
 * DONE with the EmoDB gold-standard split and imported, scaled eGeMAPS features; a second run
 * reuses the stored split and features.
 */
class EmodbImportTest {

    static Path shared() {
        String prop = System.getProperty("nk.shared");
        return (prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../shared"))
                .toAbsolutePath().normalize();
    }

    @Test
    void svmImportWithDummyModel(@TempDir Path dir) throws IOException {
        Path shared = shared();
        String ini = Files.readString(shared.resolve("configs/svm_import.ini"))
                .replace("type = svm", "type = dummy")
                .replace("root = ./results/", "root = " + dir.resolve("results"))
                .replace("../shared/", shared + "/");
        assertTrue(ini.contains("type = dummy") && ini.contains(shared + "/data/emodb"), ini);
        Path file = Files.writeString(dir.resolve("svm_import.ini"), ini);

        MainTest.Result first = MainTest.run("--config", file.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("DONE", first.out().strip());
        assertFalse(first.err().contains("ERROR"), first.err());

        Path store = dir.resolve("results/svm_import/store");
        Csv train = Csv.read(store.resolve("traindf.csv"));
        Csv test = Csv.read(store.resolve("testdf.csv"));
        assertEquals(203, train.rows().size());
        assertEquals(136, test.rows().size());
        assertEquals(Set.of("anger", "happiness", "neutral", "sadness"), values(train,
                "emotion"));
        assertEquals(Set.of("anger", "happiness", "neutral", "sadness"), values(test,
                "emotion"));
        assertEquals(Set.of("female", "male"), values(train, "gender"), "through the speaker "
                + "misc table");
        Set<String> shared1 = new HashSet<>(values(train, "speaker"));
        shared1.retainAll(values(test, "speaker"));
        assertTrue(shared1.isEmpty(), "speakers in both: " + shared1);
        assertEquals(Set.of("12", "14", "15", "16"), values(test, "speaker"));
        for (String f : List.of("emodb_import_egemaps_v02_emodb.csv_all.nkf", "feats_train.nkf",
                "feats_test.nkf", "feats_train_scaled.nkf", "feats_test_scaled.nkf")) {
            assertTrue(Files.exists(store.resolve(f)), f);
        }
        assertTrue(first.err().contains("DEBUG: featureset: imported 88 features for 339 "
                + "samples of emodb"), first.err());
        assertTrue(first.err().contains("train shape: 203, test shape: 136"), first.err());
        assertTrue(first.err().contains("DEBUG: dataset: emodb: loaded with 535 samples: got "
                + "targets: True, got speakers: True (10), got sexes: True"), first.err());
        assertTrue(first.err().contains("scaling features with the standard scaler"),
                first.err());

        MainTest.Result second = MainTest.run("--config", file.toString());
        assertEquals(0, second.code(), second.err());
        assertEquals("DONE", second.out().strip());
        assertTrue(second.err().contains("DEBUG: datasplitter: reusing the split in " + store),
                second.err());
        assertTrue(second.err().contains("DEBUG: featureset: reusing imported features: "
                + store.resolve("emodb_import_egemaps_v02_emodb.csv_all.nkf")), second.err());
        assertFalse(second.err().contains("imported 88 features"), second.err());
    }

    static Set<String> values(Csv csv, String column) {
        Set<String> out = new TreeSet<>();
        csv.rows().forEach(r -> out.add(csv.get(r, column)));
        return out;
    }
}
