package org.nkululeko.feats.praat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real Praat program (Debian's {@code praat}) on two files with the project's oracle
 * script and compares. Skipped when praat is not installed.
 */
class PraatOracleTest {

    private static boolean praatInstalled() {
        try {
            Process p = new ProcessBuilder("praat", "--version").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void agreesWithThePraatProgram(@TempDir Path tmp) throws Exception {
        assumeTrue(praatInstalled(), "praat is not installed");
        Path shared = Fidelity.shared().toAbsolutePath();
        List<String> files = List.of("wav/10b03Tb.wav", "wav/14a05Aa.wav");
        Path list = tmp.resolve("list.txt");
        Files.write(list, files);
        Path out = tmp.resolve("out.csv");
        Process p = new ProcessBuilder("praat", "--run",
                shared.resolve("tools/praat_features.praat").toString(),
                shared.resolve("data/emodb").toString(), list.toString(), out.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "praat timed out");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
        Fidelity.Table ref = Fidelity.read(out);
        double[][] rows = Fidelity.extract(shared.resolve("data/emodb"), files, 1);
        for (String col : ref.header()) {
            int c = PraatFeatures.COLUMNS.indexOf(col);
            double tol = Fidelity.TIGHT.contains(col) ? 1e-6 : 1e-4;
            double[] r = ref.column(col, files);
            for (int i = 0; i < files.size(); i++) {
                assertTrue(Fidelity.relDiff(rows[i][c], r[i]) <= tol,
                        col + " of " + files.get(i) + ": ours " + rows[i][c] + ", Praat " + r[i]);
            }
        }
    }
}
