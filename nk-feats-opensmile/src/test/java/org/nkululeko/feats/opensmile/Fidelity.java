package org.nkululeko.feats.opensmile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nkululeko.api.FeatureExtractor;

/**
 * Agreement of the 88 functionals with openSMILE's reference (egemaps.md §6.2, §7 step 2), shared
 * by {@link FidelityReport} and the unit tests.
 */
final class Fidelity {

    /** Feature groups with their tolerance and required share (issue #4). */
    enum Group {
        SPECTRAL_TEMPORAL("energy/spectral/MFCC/temporal/Leq", 1e-4, 0.99),
        F0("F0", 1e-4, 0.99),
        VOICE("jitter/shimmer/HNR/H1-H2/H1-A3/formant amplitudes", 1e-4, 0.95),
        FORMANT("formant frequency/bandwidth", 1e-3, 0.75);

        final String label;
        final double tolerance;
        final double requiredShare;

        Group(String label, double tolerance, double requiredShare) {
            this.label = label;
            this.tolerance = tolerance;
            this.requiredShare = requiredShare;
        }

        static Group of(String column) {
            if (column.startsWith("F0semitone")) {
                return F0;
            }
            if (column.matches("F[123](frequency|bandwidth).*")) {
                return FORMANT;
            }
            if (column.matches("(jitter|shimmer|HNR|logRelF0|F[123]amplitude).*")) {
                return VOICE;
            }
            return SPECTRAL_TEMPORAL;
        }
    }

    /** Per-column result. */
    record Column(String name, Group group, double r, double share, double median,
            double max, String worstFile) {
        boolean pass() {
            return r >= 0.99 && share >= group.requiredShare;
        }
    }

    /** All results. */
    record Result(List<Column> columns, Map<Group, Double> groupShares, int files) {
        boolean pass() {
            for (Column c : columns) {
                if (c.r < 0.99) {
                    return false;
                }
            }
            for (Map.Entry<Group, Double> e : groupShares.entrySet()) {
                if (e.getValue() < e.getKey().requiredShare) {
                    return false;
                }
            }
            return true;
        }
    }

    private Fidelity() {
    }

    /**
     * @param files names of EmoDB files (without .wav)
     * @param threads worker threads
     * @return our functionals, one row per file
     */
    static double[][] extract(List<String> files, int threads) throws Exception {
        FeatureExtractor.Extraction ex = OpenSmileExtractor.extraction(
                OpenSmileExtractor.FeatureSet.EGEMAPS_V02,
                OpenSmileExtractor.Level.FUNCTIONALS);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (String f : files) {
                futures.add(pool.submit(() -> ex.extract(ReferenceData.audio(f))[0]));
            }
            double[][] out = new double[files.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = futures.get(i).get();
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param files file names
     * @param got our values per file
     * @param ref the reference table
     * @return the comparison
     */
    static Result compare(List<String> files, double[][] got, ReferenceData.Table ref) {
        List<String> names = ColumnNames.EGEMAPS_FUNCTIONALS;
        if (!names.equals(ref.header())) {
            throw new IllegalStateException("column names differ from the reference header");
        }
        List<Column> cols = new ArrayList<>();
        Map<Group, int[]> counts = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            counts.put(g, new int[2]);
        }
        int n = files.size();
        for (int d = 0; d < names.size(); d++) {
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = got[i][d];
                b[i] = ref.rows().get(files.get(i))[0][d];
            }
            Group g = Group.of(names.get(d));
            double floor = crossesZero(b) ? g.tolerance * std(b) : 0;
            int within = 0;
            double[] rel = new double[n];
            double max = -1;
            String worst = "";
            for (int i = 0; i < n; i++) {
                double diff = Math.abs(a[i] - b[i]);
                rel[i] = diff / Math.max(Math.abs(b[i]), 1e-6);
                if (diff <= g.tolerance * Math.max(Math.abs(b[i]), 1e-6) || diff <= floor) {
                    within++;
                }
                if (!(rel[i] <= max)) {
                    max = rel[i];
                    worst = files.get(i);
                }
            }
            counts.get(g)[0] += within;
            counts.get(g)[1] += n;
            Arrays.sort(rel);
            cols.add(new Column(names.get(d), g, pearson(a, b), within / (double) n,
                    rel[n / 2], max, worst));
        }
        Map<Group, Double> shares = new LinkedHashMap<>();
        counts.forEach((g, c) -> shares.put(g, c[1] == 0 ? 1.0 : c[0] / (double) c[1]));
        return new Result(cols, shares, n);
    }

    static boolean crossesZero(double[] v) {
        boolean neg = false;
        boolean pos = false;
        for (double x : v) {
            neg |= x < 0;
            pos |= x > 0;
        }
        return neg && pos;
    }

    static double std(double[] v) {
        double m = Arrays.stream(v).average().orElse(0);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / v.length);
    }

    static double pearson(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        if (saa == 0 && sbb == 0) {
            return 1.0;
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /** @return a printable report */
    static String format(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-48s %9s %8s %9s %9s  %s%n", "feature", "r",
                "within", "median", "max", "worst file"));
        for (Column c : r.columns()) {
            sb.append(String.format(Locale.ROOT, "%-48s %9.6f %7.1f%% %9.1e %9.1e  %s%s%n",
                    c.name(), c.r(), 100 * c.share(), c.median(), c.max(), c.worstFile(),
                    c.pass() ? "" : "  <-- below target"));
        }
        sb.append(String.format(Locale.ROOT, "%nSummary over %d files:%n", r.files()));
        long rOk = r.columns().stream().filter(c -> c.r() >= 0.99).count();
        sb.append(String.format(Locale.ROOT, "  columns with r >= 0.99: %d of %d (min r %.6f)%n",
                rOk, r.columns().size(),
                r.columns().stream().mapToDouble(Column::r).min().orElse(0)));
        r.groupShares().forEach((g, s) -> sb.append(String.format(Locale.ROOT,
                "  %-52s within %.0e: %6.2f%% (target %.0f%%) %s%n", g.label, g.tolerance,
                100 * s, 100 * g.requiredShare, s >= g.requiredShare ? "OK" : "BELOW")));
        sb.append(r.pass() ? "  RESULT: all targets met\n" : "  RESULT: targets NOT met\n");
        return sb.toString();
    }
}
