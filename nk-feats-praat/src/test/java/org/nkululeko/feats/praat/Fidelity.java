package org.nkululeko.feats.praat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavReader;

/** Comparison of this port with the Praat oracle CSVs in ../shared/refs (praat.md §1). */
final class Fidelity {

    static final Set<String> TIGHT = Set.of("meanF0Hz", "stdevF0Hz", "HNR");
    static final double TIGHT_TOL = 1e-6;
    static final double VOICE_TOL = 1e-4;
    static final double SHARE = 0.99;
    static final double NSYLL_SHARE = 0.95;
    static final double MIN_CORRELATION = 0.99;

    private Fidelity() {
    }

    /** @return the shared folder: system property nk.shared, else ../shared from the module */
    static Path shared() {
        String p = System.getProperty("nk.shared");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        for (Path c : List.of(Path.of("../shared"), Path.of("../../shared"))) {
            if (Files.isDirectory(c.resolve("refs"))) {
                return c;
            }
        }
        return Path.of("/work/shared");
    }

    /** A reference CSV: header and rows keyed by the {@code file} column, in file order. */
    record Table(List<String> header, Map<String, double[]> rows) {
        double[] column(String name, List<String> files) {
            int c = header.indexOf(name);
            double[] out = new double[files.size()];
            for (int i = 0; i < files.size(); i++) {
                out[i] = rows.get(files.get(i))[c];
            }
            return out;
        }
    }

    static Table read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(",")).subList(1,
                lines.get(0).split(",").length);
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double[] v = new double[f.length - 1];
            for (int i = 1; i < f.length; i++) {
                v[i - 1] = Double.parseDouble(f[i]);
            }
            rows.put(f[0], v);
        }
        return new Table(header, rows);
    }

    /**
     * Extracts the files in parallel.
     *
     * @param root the folder the relative names are under
     * @param files relative names (e.g. wav/03a01Fa.wav)
     * @param threads worker threads
     * @return one 45-value row per file, dataset-level columns filled
     */
    static double[][] extract(Path root, List<String> files, int threads) throws Exception {
        PraatExtractor.PraatExtraction ex = new PraatExtractor.PraatExtraction();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<double[]>> jobs = new ArrayList<>();
            for (String f : files) {
                jobs.add(pool.submit(() -> {
                    Audio a = WavReader.read(root.resolve(f));
                    return ex.extract(a)[0];
                }));
            }
            double[][] rows = new double[files.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = jobs.get(i).get();
            }
            ex.finishDataset(rows);
            return rows;
        } finally {
            pool.shutdown();
        }
    }

    /** Relative difference; NaN against NaN is 0, NaN against a number is infinite. */
    static double relDiff(double ours, double ref) {
        if (Double.isNaN(ours) || Double.isNaN(ref)) {
            return Double.isNaN(ours) && Double.isNaN(ref) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (ours == ref) {
            return 0;
        }
        return Math.abs(ours - ref) / Math.max(Math.abs(ref), 1e-300);
    }

    static double correlation(double[] a, double[] b) {
        int n = 0;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                ma += a[i];
                mb += b[i];
                n++;
            }
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                sab += (a[i] - ma) * (b[i] - mb);
                saa += (a[i] - ma) * (a[i] - ma);
                sbb += (b[i] - mb) * (b[i] - mb);
            }
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /** The verdict on one column. */
    record ColumnResult(String column, String rule, double share, double maxRel,
            double correlation, boolean constant, boolean pass) {
        String line() {
            return String.format("%-40s %-22s within=%6.2f%%  maxRel=%9.2e  corr=%s  %s",
                    column, rule, 100 * share, maxRel,
                    constant ? "constant" : String.format("%.8f", correlation),
                    pass ? "PASS" : "FAIL");
        }
    }

    /** Which bound a column must meet. */
    static String rule(String column) {
        if (TIGHT.contains(column)) {
            return "rel<=1e-6 on 99%";
        }
        if (column.contains("Jitter") && !column.equals("JitterPCA")
                || column.contains("Shimmer") && !column.equals("ShimmerPCA")
                || column.matches("f[1-4]_(mean|median)")) {
            return "rel<=1e-4 on 99%";
        }
        if (column.equals("nsyll")) {
            return "equal on 95%";
        }
        return "corr>=0.99 / equal";
    }

    /**
     * Compares the columns the reference has.
     *
     * @param ours rows in the order of {@code files}
     * @param ref the reference
     * @param files the reference row names
     */
    static List<ColumnResult> compare(double[][] ours, Table ref, List<String> files) {
        List<ColumnResult> out = new ArrayList<>();
        for (String col : ref.header()) {
            int c = PraatFeatures.COLUMNS.indexOf(col);
            if (c < 0) {
                continue;
            }
            double[] r = ref.column(col, files);
            double[] o = new double[files.size()];
            for (int i = 0; i < o.length; i++) {
                o[i] = ours[i][c];
            }
            out.add(compareColumn(col, o, r));
        }
        return out;
    }

    static ColumnResult compareColumn(String col, double[] o, double[] r) {
        String rule = rule(col);
        double tol = rule.startsWith("rel<=1e-6") ? TIGHT_TOL
                : rule.startsWith("rel<=1e-4") ? VOICE_TOL : rule.startsWith("equal") ? 0 : 1e-9;
        int within = 0;
        double maxRel = 0;
        boolean constant = true;
        for (int i = 0; i < o.length; i++) {
            double d = relDiff(o[i], r[i]);
            if (d <= tol) {
                within++;
            }
            maxRel = Math.max(maxRel, d);
            if (Double.compare(r[i], r[0]) != 0) {
                constant = false;
            }
        }
        double share = (double) within / o.length;
        double corr = constant ? Double.NaN : correlation(o, r);
        boolean pass;
        if (rule.startsWith("rel")) {
            pass = share >= SHARE && (constant || corr >= MIN_CORRELATION);
        } else if (rule.startsWith("equal on")) {
            pass = share >= NSYLL_SHARE && (constant || corr >= MIN_CORRELATION);
        } else {
            pass = constant ? maxRel == 0 : corr >= MIN_CORRELATION;
        }
        return new ColumnResult(col, rule, share, maxRel, corr, constant, pass);
    }

    /** Prints the lines and a summary; @return true if every column passed */
    static boolean report(String title, List<ColumnResult> results, PrintStream out) {
        out.println("== " + title);
        int pass = 0;
        for (ColumnResult r : results) {
            out.println(r.line());
            if (r.pass()) {
                pass++;
            }
        }
        out.printf("SUMMARY %s: %d of %d columns pass%n", title, pass, results.size());
        return pass == results.size();
    }

    /** @return the sorted relative names of the wavs in root/sub */
    static List<String> list(Path root, String sub) throws IOException {
        try (var s = Files.list(root.resolve(sub))) {
            return s.map(p -> sub + "/" + p.getFileName()).filter(n -> n.endsWith(".wav"))
                    .sorted().toList();
        }
    }
}
