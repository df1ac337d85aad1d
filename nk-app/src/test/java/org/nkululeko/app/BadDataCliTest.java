package org.nkululeko.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavWriter;

/** Bad data through the command line: warnings and errors as the user sees them. */
class BadDataCliTest {

    @TempDir
    Path dir;
    Path csv;
    Path features;

    @BeforeEach
    void build() throws IOException {
        StringBuilder db = new StringBuilder("file,speaker,emotion\n");
        StringBuilder feats = new StringBuilder("file,f1,f2\n");
        int i = 0;
        for (String speaker : List.of("a", "b", "c", "d", "e")) {
            for (String emotion : List.of("anger", "neutral")) {
                String rel = "wav/" + speaker + "_" + emotion + ".wav";
                double[] x = new double[800];
                for (int k = 0; k < x.length; k++) {
                    x[k] = 0.1 * Math.sin(k * (0.1 + 0.01 * i));
                }
                Files.createDirectories(dir.resolve("wav"));
                WavWriter.write16(Audio.mono(rel, 8000, x), dir.resolve(rel));
                db.append(rel).append(',').append(speaker).append(',').append(emotion)
                        .append('\n');
                feats.append(rel).append(',').append(i++).append(',').append(i % 3)
                        .append('\n');
            }
        }
        csv = Files.writeString(dir.resolve("db.csv"), db.toString());
        features = Files.writeString(dir.resolve("feats.csv"), feats.toString());
    }

    Path ini(String... extra) throws IOException {
        String text = String.join("\n", "[EXP]", "root = " + dir.resolve("res"), "name = bad",
                "[DATA]", "databases = ['c']", "c = " + csv, "c.type = csv",
                "c.absolute_path = False", "c.split_strategy = ['e']", "target = emotion",
                "[FEATS]", "type = ['import']", "import_file = " + features,
                "scale = standard", "[MODEL]", "type = dummy", "") + String.join("\n", extra);
        return Files.writeString(dir.resolve("bad.ini"), text);
    }

    @Test
    void unreadableWavsAreWarningsAndTheRunContinues() throws IOException {
        Path empty = dir.resolve("wav/a_anger.wav");
        Files.write(empty, new byte[0]);
        Path text = dir.resolve("wav/b_neutral.wav");
        Files.writeString(text, "definitely not a RIFF file");
        Path cut = dir.resolve("wav/c_anger.wav");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(cut), 60));
        MainTest.Result r = MainTest.run(ini().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("DONE", r.out().strip());
        for (Path p : List.of(empty, text, cut)) {
            assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("WARNING: dataset: ")
                    && l.contains(p.toString())), p + " in\n" + r.err());
        }
        assertFalse(r.err().contains("WARN:"), r.err());
        assertFalse(r.err().contains("ERROR"), r.err());
        String train = Files.readString(dir.resolve("res/bad/store/traindf.csv"));
        assertEquals(6, train.lines().count(), "header + 8 - 3 dropped = 5 train rows\n"
                + train);
    }

    @Test
    void unknownKeyWarningWithSuggestion() throws IOException {
        Path ini = ini();
        Files.writeString(ini, Files.readString(ini).replace("target = emotion",
                "target = emotion\nc.testsplit = 30"));
        MainTest.Result r = MainTest.run(ini.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.errLines().contains("WARNING: config: unknown key [DATA] c.testsplit is "
                + "ignored; did you mean c.test_size?"), r.err());
    }

    @Test
    void importFileLackingAFile() throws IOException {
        Files.writeString(features, Files.readString(features).replace("wav/c_neutral.wav,",
                "wav/zzz.wav,"));
        MainTest.Result r = MainTest.run(ini().toString());
        assertEquals(1, r.code());
        String line = MainTest.errorLine(r);
        assertTrue(line.startsWith("ERROR: featureset: no imported features for ")
                && line.contains("c_neutral.wav") && line.contains("import_file"), line);
        MainTest.assertNoStackTrace(r);
    }

    @Test
    void checkVadAndBalancedAreNotOffered() throws IOException {
        Path ini = ini();
        String text = Files.readString(ini);
        Files.writeString(ini, text.replace("target = emotion", "target = emotion\n"
                + "check_vad = True"));
        MainTest.Result vad = MainTest.run(ini.toString());
        assertEquals(1, vad.code());
        assertTrue(MainTest.errorLine(vad).contains("check_vad is not offered"), vad.err());
        Files.writeString(ini, text.replace("['e']", "balanced"));
        MainTest.Result balanced = MainTest.run(ini.toString());
        assertEquals(1, balanced.code());
        assertTrue(MainTest.errorLine(balanced).contains("balanced is not offered"),
                balanced.err());
    }
}
