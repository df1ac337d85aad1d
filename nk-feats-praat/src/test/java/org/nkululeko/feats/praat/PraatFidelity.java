package org.nkululeko.feats.praat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fidelity command: this port against real Praat over the 535 EmoDB files and the 12 concat
 * files. Prints one line per column and a summary per reference. Arguments: [threads] [limit].
 */
public final class PraatFidelity {

    private PraatFidelity() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0])
                : Runtime.getRuntime().availableProcessors();
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        Path shared = Fidelity.shared();
        boolean ok = true;

        Fidelity.Table perFile = Fidelity.read(shared.resolve("refs/praat_emodb.csv"));
        List<String> files = new ArrayList<>(perFile.rows().keySet());
        files = files.subList(0, Math.min(limit, files.size()));
        long t0 = System.nanoTime();
        double[][] rows = Fidelity.extract(shared.resolve("data/emodb"), files, threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        ok &= Fidelity.report("emodb per-file vs refs/praat_emodb.csv (" + files.size()
                + " files)", Fidelity.compare(rows, perFile, files), System.out);

        if (files.size() == perFile.rows().size()) {
            Fidelity.Table full = Fidelity.read(shared.resolve("refs/praat_emodb_nkululeko45.csv"));
            double[][] zeroed = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                zeroed[i] = rows[i].clone();
                for (int j = 0; j < zeroed[i].length; j++) {
                    if (Double.isNaN(zeroed[i][j])) {
                        zeroed[i][j] = 0;
                    }
                }
            }
            List<Fidelity.ColumnResult> all = Fidelity.compare(zeroed, full, files);
            List<Fidelity.ColumnResult> ds = all.stream().filter(r -> r.column().equals(
                    "JitterPCA") || r.column().equals("ShimmerPCA") || r.column().equals("pF"))
                    .toList();
            ok &= Fidelity.report("emodb dataset-level (nan->0) vs "
                    + "refs/praat_emodb_nkululeko45.csv", ds, System.out);
        }

        Fidelity.Table concat = Fidelity.read(shared.resolve("refs/praat_concat.csv"));
        List<String> cfiles = new ArrayList<>(concat.rows().keySet());
        double[][] crows = Fidelity.extract(shared.resolve("data/emodb-long"), cfiles, threads);
        ok &= Fidelity.report("concat vs refs/praat_concat.csv (" + cfiles.size() + " files)",
                Fidelity.compare(crows, concat, cfiles), System.out);
        System.out.printf("extraction: %d emodb files in %.1f s wall with %d threads%n",
                files.size(), seconds, threads);
        System.out.println(ok ? "ALL PASS" : "SOME COLUMNS FAIL");
    }
}
