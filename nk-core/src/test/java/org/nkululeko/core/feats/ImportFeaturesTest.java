package org.nkululeko.core.feats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.data.Sample;
import org.nkululeko.core.testing.TestData;

/** The import matching rule of decisions.md, Features. */
class ImportFeaturesTest {

    @TempDir
    Path dir;

    Sample sample(String rel) {
        return new Sample("db", dir.resolve("db").resolve(rel).toString(), rel, 0, Double.NaN,
                Map.of());
    }

    Section feats(String importFile) {
        return new Section(Path.of("exp.ini"), "FEATS", Map.of("type", "['import']",
                "import_file", importFile));
    }

    @Test
    void matchesRelativeToTheDatabaseFolderOrAbsolute() throws IOException {
        Path abs = dir.resolve("db/wav/b.wav").toAbsolutePath();
        Path csv = TestData.write(dir.resolve("f.csv"), "file,f1,f2\n"
                + "./wav/a.wav,1,2\n" + abs + ",3,nan\n" + "wav/other.wav,9,9\n");
        Sample a = sample("wav/a.wav");
        Sample b = sample("wav/b.wav");
        FeatureTable t = new ImportFeatures(feats(csv.toString())).load(List.of(a, b));
        assertEquals(List.of("f1", "f2"), t.columns());
        assertArrayEquals(new double[] {1, 2}, t.rows().get(a.key()));
        assertEquals(3, t.rows().get(b.key())[0]);
        assertTrue(Double.isNaN(t.rows().get(b.key())[1]));
        assertEquals(2, t.rows().size());
    }

    @Test
    void fileColumnByNameAndSeveralFiles() throws IOException {
        Path one = TestData.write(dir.resolve("1.csv"), "f1,file\n5,wav/a.wav\n");
        Path two = TestData.write(dir.resolve("2.csv"), "f1,file\n6,wav/b.wav\n");
        FeatureTable t = new ImportFeatures(feats("['" + one + "', '" + two + "']"))
                .load(List.of(sample("wav/a.wav"), sample("wav/b.wav")));
        assertEquals(List.of("f1"), t.columns());
        assertEquals(6, t.rows().get(sample("wav/b.wav").key())[0]);
        Path three = TestData.write(dir.resolve("3.csv"), "g1,file\n6,wav/c.wav\n");
        UserException e = assertThrows(UserException.class, () -> new ImportFeatures(
                feats("['" + one + "', '" + three + "']")).load(List.of(sample("wav/a.wav"))));
        assertTrue(e.getMessage().contains("3.csv") && e.getMessage().contains("columns"));
    }

    @Test
    void missingFileIsAnErrorNamingTheFirstSuchFile() throws IOException {
        Path csv = TestData.write(dir.resolve("f.csv"), "file,f1\nwav/a.wav,1\n");
        UserException e = assertThrows(UserException.class, () -> new ImportFeatures(
                feats(csv.toString())).load(List.of(sample("wav/a.wav"), sample("wav/x.wav"),
                        sample("wav/y.wav"))));
        assertTrue(e.getMessage().contains("x.wav"), e.getMessage());
        assertTrue(!e.getMessage().contains("y.wav"), e.getMessage());
        assertTrue(e.getMessage().contains(csv.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("import_file"), e.getMessage());
    }

    @Test
    void badValuesAndMissingSettings() throws IOException {
        Path csv = TestData.write(dir.resolve("f.csv"), "file,f1\nwav/a.wav,loud\n");
        UserException e = assertThrows(UserException.class, () -> new ImportFeatures(
                feats(csv.toString())).load(List.of(sample("wav/a.wav"))));
        assertTrue(e.getMessage().contains("loud") && e.getMessage().contains("f.csv"));
        UserException none = assertThrows(UserException.class, () -> new ImportFeatures(
                new Section(Path.of("x.ini"), "FEATS", Map.of())).load(List.of()));
        assertTrue(none.getMessage().contains("import_file"));
        UserException missing = assertThrows(UserException.class, () -> new ImportFeatures(
                feats(dir.resolve("nope.csv").toString())).load(List.of(sample("wav/a.wav"))));
        assertTrue(missing.getMessage().contains("nope.csv"), missing.getMessage());
    }
}
