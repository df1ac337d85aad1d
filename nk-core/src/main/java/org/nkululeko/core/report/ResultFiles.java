package org.nkululeko.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.nkululeko.core.io.AtomicFiles;
import org.nkululeko.core.metrics.ClassificationReport;
import org.nkululeko.core.metrics.PyFormat;

/**
 * The text and CSV result files of an experiment (reference §1.2, {@code results/}), each
 * written whole or not at all. Numbers are formatted as Python prints them ({@link PyFormat}).
 */
public final class ResultFiles {

    private ResultFiles() {
    }

    /**
     * Writes {@code results/<exp>_runs.txt}: see {@link #runsSummaryText}.
     *
     * @param txt the file to write
     * @param perRunBest the best value of each run, at least one
     * @param higherIsBetter true for UAR/CCC/PCC, false for MSE/MAE/EER
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public static void runsSummary(Path txt, double[] perRunBest, boolean higherIsBetter)
            throws IOException {
        AtomicFiles.writeString(txt, runsSummaryText(perRunBest, higherIsBetter));
    }

    /**
     * The per-run values, 4 decimals, space separated; a newline; then
     * {@code mean: m, std: s, max: b, max_index: i} (population std; {@code min} and
     * {@code min_index} when lower is better; the index of the first best run).
     *
     * @param perRunBest the best value of each run, at least one
     * @param higherIsBetter whether the best run has the highest value
     * @return two lines, without a final newline, e.g.
     *     {@code "0.6330 0.6010\nmean: 0.6170, std: 0.0160, max: 0.6330, max_index: 0"}
     */
    public static String runsSummaryText(double[] perRunBest, boolean higherIsBetter) {
        if (perRunBest.length == 0) {
            throw new IllegalArgumentException("no runs to summarise");
        }
        StringJoiner values = new StringJoiner(" ");
        double sum = 0;
        int best = 0;
        for (int i = 0; i < perRunBest.length; i++) {
            values.add(PyFormat.fixed(perRunBest[i], 4));
            sum += perRunBest[i];
            boolean better = higherIsBetter
                    ? perRunBest[i] > perRunBest[best] : perRunBest[i] < perRunBest[best];
            if (better) {
                best = i;
            }
        }

        double mean = sum / perRunBest.length;
        double squares = 0;
        for (double v : perRunBest) {
            squares += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(squares / perRunBest.length);
        String extreme = higherIsBetter ? "max" : "min";
        return values + "\nmean: " + PyFormat.fixed(mean, 4) + ", std: " + PyFormat.fixed(std, 4)
                + ", " + extreme + ": " + PyFormat.fixed(perRunBest[best], 4) + ", "
                + extreme + "_index: " + best;
    }

    /**
     * Writes {@code results/run_<r>/<plot>_last_<r>_<eee>.txt} of a classification: the JSON of
     * the report, a newline, then {@link #f1Line}.
     *
     * @param txt the file to write
     * @param report the classification report
     * @param epoch the epoch the report belongs to
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public static void classificationResult(Path txt, ClassificationReport report, int epoch)
            throws IOException {
        AtomicFiles.writeString(txt, report.toJson() + "\n" + f1Line(report, epoch));
    }

    /**
     * @param report the classification report
     * @param epoch the epoch the report belongs to
     * @return e.g. {@code result per class (F1 score): [0.71, 0.43] from epoch: 17}
     */
    public static String f1Line(ClassificationReport report, int epoch) {
        return "result per class (F1 score): " + PyFormat.list(report.f1Rounded3())
                + " from epoch: " + epoch;
    }

    /**
     * Writes the result text of a regression: {@code <measure>: x.xxx, r_2: x.xxx, pcc x.xxx}.
     *
     * @param txt the file to write
     * @param measure the measure name as in the INI ({@code mse}, {@code mae}, {@code ccc})
     * @param value the measure's value
     * @param r2 coefficient of determination
     * @param pcc Pearson correlation
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public static void regressionResult(Path txt, String measure, double value, double r2,
            double pcc) throws IOException {
        AtomicFiles.writeString(txt, measure + ": " + PyFormat.fixed(value, 3) + ", r_2: "
                + PyFormat.fixed(r2, 3) + ", pcc " + PyFormat.fixed(pcc, 3));
    }

    /**
     * Writes {@code results/run_<r>/<exp>_conf.txt}: one line, see {@link #confLineText}.
     *
     * @param txt the file to write (replaced at every confusion plot)
     * @param epoch the epoch plotted
     * @param uar UAR
     * @param low lower end of the bootstrap interval
     * @param high upper end of the bootstrap interval
     * @param acc accuracy
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public static void confLine(Path txt, int epoch, double uar, double low, double high,
            double acc) throws IOException {
        AtomicFiles.writeString(txt, confLineText(epoch, uar, low, high, acc));
    }

    /**
     * @param epoch the epoch plotted
     * @param uar UAR
     * @param low lower end of the bootstrap interval
     * @param high upper end of the bootstrap interval
     * @param acc accuracy
     * @return {@code Confusion matrix result for epoch: 17, UAR: 0.612, (+-0.541/0.680),
     *     ACC: 0.640}
     */
    public static String confLineText(int epoch, double uar, double low, double high,
            double acc) {
        return "Confusion matrix result for epoch: " + epoch + ", UAR: " + PyFormat.fixed(uar, 3)
                + ", (+-" + PyFormat.fixed(low, 3) + "/" + PyFormat.fixed(high, 3) + "), ACC: "
                + PyFormat.fixed(acc, 3);
    }

    /**
     * Writes the per-sample CSV of a classification: {@code file}, one column per class (its
     * probability), {@code predicted}, {@code truth} (class names), {@code uncertainty} and
     * {@code correct} ({@code True}/{@code False}).
     *
     * <p>The uncertainty is the entropy of the sample's probabilities (normalised to sum 1)
     * divided by ln K, clamped to [0, 1]: 0 for a one-hot score, 1 for a uniform one. Rows whose
     * scores contain a negative value are taken as logits and put through a softmax first.
     * (nkululeko rescales by the minimum entropy of the whole test set instead, so a sample's
     * value depends on the others; this one does not.) A row with a NaN score gets an empty
     * uncertainty, and NaN scores are written as empty fields, as pandas does.
     *
     * @param csv the file to write
     * @param files the sample names (audio paths), one per row
     * @param classNames the K class names; column k holds the probability of code k
     * @param scores per sample, K probabilities
     * @param pred predicted codes in {@code 0..K-1}
     * @param truth true codes in {@code 0..K-1}
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public static void perSampleCsv(Path csv, List<String> files, List<String> classNames,
            double[][] scores, int[] pred, int[] truth) throws IOException {
        int n = files.size();
        int k = classNames.size();
        checkLength("scores", scores.length, n);
        checkLength("predictions", pred.length, n);
        checkLength("truths", truth.length, n);

        StringBuilder sb = new StringBuilder();
        StringJoiner header = new StringJoiner(",");
        header.add("file");
        classNames.forEach(name -> header.add(Csv.field(name)));
        header.add("predicted").add("truth").add("uncertainty").add("correct");
        sb.append(header).append('\n');

        for (int i = 0; i < n; i++) {
            checkLength("scores of row " + i, scores[i].length, k);
            checkCode("predicted", pred[i], i, k);
            checkCode("truth", truth[i], i, k);
            StringJoiner row = new StringJoiner(",");
            row.add(Csv.field(files.get(i)));
            for (double score : scores[i]) {
                row.add(Csv.number(score));
            }
            row.add(Csv.field(classNames.get(pred[i])));
            row.add(Csv.field(classNames.get(truth[i])));
            row.add(Csv.number(uncertainty(scores[i])));
            row.add(pred[i] == truth[i] ? "True" : "False");
            sb.append(row).append('\n');
        }
        AtomicFiles.writeString(csv, sb.toString());
    }

    /**
     * Writes the per-sample CSV of a regression: {@code file,predicted,truth}.
     *
     * @param csv the file to write
     * @param files the sample names, one per row
     * @param pred predictions
     * @param truth true values
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public static void perSampleRegressionCsv(Path csv, List<String> files, double[] pred,
            double[] truth) throws IOException {
        int n = files.size();
        checkLength("predictions", pred.length, n);
        checkLength("truths", truth.length, n);
        StringBuilder sb = new StringBuilder("file,predicted,truth\n");
        for (int i = 0; i < n; i++) {
            sb.append(Csv.field(files.get(i))).append(',').append(Csv.number(pred[i]))
                    .append(',').append(Csv.number(truth[i])).append('\n');
        }
        AtomicFiles.writeString(csv, sb.toString());
    }

    /**
     * Normalised entropy of one sample's class scores, see {@link #perSampleCsv}.
     *
     * @param scores K probabilities (or logits, if any is negative)
     * @return in [0, 1]; NaN if a score is NaN
     */
    public static double uncertainty(double[] scores) {
        int k = scores.length;
        double[] p = new double[k];
        boolean logits = false;
        for (double s : scores) {
            if (Double.isNaN(s)) {
                return Double.NaN;
            }
            logits |= s < 0;
        }
        if (logits) {
            double max = Double.NEGATIVE_INFINITY;
            for (double s : scores) {
                max = Math.max(max, s);
            }
            for (int c = 0; c < k; c++) {
                p[c] = Math.exp(scores[c] - max);
            }
        } else {
            System.arraycopy(scores, 0, p, 0, k);
        }

        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        if (k < 2 || !(sum > 0) || Double.isInfinite(sum)) {
            return k < 2 ? 0 : Double.NaN;
        }
        double entropy = 0;
        for (double v : p) {
            double q = v / sum;
            if (q > 0) {
                entropy -= q * Math.log(q);
            }
        }
        return Math.max(0, Math.min(1, entropy / Math.log(k)));
    }

    private static void checkLength(String what, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " has " + actual + " entries, expected "
                    + expected);
        }
    }

    private static void checkCode(String what, int code, int row, int k) {
        if (code < 0 || code >= k) {
            throw new IllegalArgumentException(what + " code " + code + " in row " + row
                    + " is outside 0.." + (k - 1));
        }
    }

    /** CSV fields as pandas writes them (minimal quoting, NaN as an empty field). */
    static final class Csv {

        private Csv() {
        }

        static String field(String value) {
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                    || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
            return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
        }

        static String number(double value) {
            return Double.isNaN(value) ? "" : PyFormat.repr(value);
        }
    }
}
