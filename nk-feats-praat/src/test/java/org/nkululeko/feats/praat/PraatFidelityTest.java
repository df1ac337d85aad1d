package org.nkululeko.feats.praat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fidelity bounds on a subset: 24 EmoDB files spread over the corpus and 3 of the
 * concat files with pauses, against the Praat 6.3.07 references. The full corpus is the
 * {@link PraatFidelity} command.
 */
class PraatFidelityTest {

    private static Path shared;

    @BeforeAll
    static void locate() {
        shared = Fidelity.shared();
    }

    private static void assertAllPass(List<Fidelity.ColumnResult> results, int columns) {
        assertEquals(columns, results.size(), "columns compared");
        StringBuilder failures = new StringBuilder();
        for (Fidelity.ColumnResult r : results) {
            if (!r.pass()) {
                failures.append('\n').append(r.line());
            }
        }
        assertTrue(failures.length() == 0, "columns outside the bounds:" + failures);
    }

    @Test
    void emodbSubsetMatchesPraat() throws Exception {
        Fidelity.Table ref = Fidelity.read(shared.resolve("refs/praat_emodb.csv"));
        List<String> all = new ArrayList<>(ref.rows().keySet());
        List<String> files = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 23) {
            files.add(all.get(i));
        }
        double[][] rows = Fidelity.extract(shared.resolve("data/emodb"), files, 2);
        List<Fidelity.ColumnResult> results = Fidelity.compare(rows, ref, files);
        assertAllPass(results, 42);
        // the tight columns: every file of the subset, not just 99 %
        for (Fidelity.ColumnResult r : results) {
            if (Fidelity.TIGHT.contains(r.column())) {
                assertTrue(r.maxRel() <= 1e-6, r.line());
            }
        }
    }

    @Test
    void concatPausesMatchPraat() throws Exception {
        Fidelity.Table ref = Fidelity.read(shared.resolve("refs/praat_concat.csv"));
        List<String> files = List.of("concat/concat1.wav", "concat/concat10.wav",
                "concat/concat5.wav");
        double[][] rows = Fidelity.extract(shared.resolve("data/emodb-long"), files, 2);
        List<Fidelity.ColumnResult> results = Fidelity.compare(rows, ref, files);
        assertAllPass(results, 42);
        for (Fidelity.ColumnResult r : results) {
            if (r.column().startsWith("pause_") || r.column().equals("npause")
                    || r.column().equals("nsyll")) {
                assertTrue(r.maxRel() <= 1e-9, r.line());
            }
        }
    }

    @Test
    void datasetLevelMatchesReferenceFromPraatInputs() throws Exception {
        Fidelity.Table perFile = Fidelity.read(shared.resolve("refs/praat_emodb.csv"));
        Fidelity.Table ds = Fidelity.read(shared.resolve("refs/praat_emodb_dataset_level.csv"));
        List<String> files = new ArrayList<>(perFile.rows().keySet());
        double[][] rows = new double[files.size()][PraatFeatures.COLUMNS.size()];
        for (int i = 0; i < files.size(); i++) {
            for (String col : perFile.header()) {
                rows[i][PraatFeatures.COLUMNS.indexOf(col)] =
                        perFile.rows().get(files.get(i))[perFile.header().indexOf(col)];
            }
        }
        DatasetLevel.fill(rows);
        for (String col : List.of("JitterPCA", "ShimmerPCA", "pF")) {
            double[] ref = ds.column(col, files);
            int c = PraatFeatures.COLUMNS.indexOf(col);
            for (int i = 0; i < files.size(); i++) {
                assertEquals(ref[i], rows[i][c], 1e-9 * Math.max(1, Math.abs(ref[i])),
                        col + " of " + files.get(i));
            }
        }
    }
}
