package org.nkululeko.core.metrics;

import java.util.HashSet;
import java.util.List;

/**
 * Per-class precision, recall, F1 and support with their averages, with the semantics of
 * sklearn's {@code classification_report} over the classes {@code 0..K-1} (zero_division 0:
 * a ratio with a zero denominator is 0).
 *
 * @param classNames the K class names; code k is {@code classNames.get(k)}
 * @param precision per class, in [0, 1]
 * @param recall per class, in [0, 1]
 * @param f1 per class, in [0, 1]
 * @param support per class: number of true samples
 * @param accuracy share of correct predictions
 * @param macroPrecision unweighted mean over the K classes
 * @param macroRecall unweighted mean over the K classes
 * @param macroF1 unweighted mean over the K classes
 * @param weightedPrecision mean weighted by support
 * @param weightedRecall mean weighted by support
 * @param weightedF1 mean weighted by support
 * @param total number of samples
 */
public record ClassificationReport(List<String> classNames, double[] precision, double[] recall,
        double[] f1, int[] support, double accuracy, double macroPrecision, double macroRecall,
        double macroF1, double weightedPrecision, double weightedRecall, double weightedF1,
        int total) {

    private static final int DIGITS = 4;
    private static final String[] HEADERS = {"precision", "recall", "f1-score", "support"};

    /** Checks that every per-class array has one entry per class name. */
    public ClassificationReport {
        classNames = List.copyOf(classNames);
        int k = classNames.size();
        if (k == 0) {
            throw new IllegalArgumentException("a classification report needs class names");
        }
        if (new HashSet<>(classNames).size() != k) {
            throw new IllegalArgumentException("class names are not unique: " + classNames);
        }
        if (precision.length != k || recall.length != k || f1.length != k || support.length != k) {
            throw new IllegalArgumentException("per-class arrays must have " + k + " entries");
        }
        precision = precision.clone();
        recall = recall.clone();
        f1 = f1.clone();
        support = support.clone();
    }

    /**
     * @param truth true class codes in {@code 0..K-1}
     * @param pred predicted class codes in {@code 0..K-1}, same length
     * @param classNames the K class names, unique
     * @return the report
     */
    public static ClassificationReport of(int[] truth, int[] pred, List<String> classNames) {
        int k = classNames.size();
        int[][] counts = Metrics.confusion(truth, pred, k);
        double[] precision = new double[k];
        double[] recall = new double[k];
        double[] f1 = new double[k];
        int[] support = new int[k];
        int correct = 0;
        for (int c = 0; c < k; c++) {
            int tp = counts[c][c];
            int predicted = 0;
            for (int r = 0; r < k; r++) {
                predicted += counts[r][c];
                support[c] += counts[c][r];
            }
            precision[c] = ratio(tp, predicted);
            recall[c] = ratio(tp, support[c]);
            f1[c] = ratio(2.0 * tp, predicted + support[c]);
            correct += tp;
        }

        int total = truth.length;
        return new ClassificationReport(classNames, precision, recall, f1, support,
                (double) correct / total, mean(precision), mean(recall), mean(f1),
                weighted(precision, support, total), weighted(recall, support, total),
                weighted(f1, support, total), total);
    }

    /**
     * sklearn's text layout with 4 digits: a header line, a blank line, one line per class,
     * a blank line, then the accuracy, macro avg and weighted avg lines; ends with a newline.
     *
     * @return the table
     */
    public String toText() {
        int width = "weighted avg".length();
        for (String name : classNames) {
            width = Math.max(width, name.length());
        }
        width = Math.max(width, DIGITS);

        StringBuilder sb = new StringBuilder();
        sb.append(pad("", width)).append(' ');
        for (String header : HEADERS) {
            sb.append(' ').append(pad(header, 9));
        }
        sb.append("\n\n");
        for (int c = 0; c < classNames.size(); c++) {
            row(sb, classNames.get(c), width, precision[c], recall[c], f1[c], support[c]);
        }
        sb.append('\n');

        sb.append(pad("accuracy", width)).append(' ');
        sb.append(' ').append(pad("", 9)).append(' ').append(pad("", 9));
        sb.append(' ').append(pad(PyFormat.fixed(accuracy, DIGITS), 9));
        sb.append(' ').append(pad(Integer.toString(total), 9)).append('\n');
        row(sb, "macro avg", width, macroPrecision, macroRecall, macroF1, total);
        row(sb, "weighted avg", width, weightedPrecision, weightedRecall, weightedF1, total);
        return sb.toString();
    }

    /**
     * The structure of sklearn's {@code output_dict=True} as Python's {@code json.dumps} writes
     * it: per class {@code {"precision", "recall", "f1-score", "support"}} (support as a float,
     * e.g. {@code 27.0}), then {@code "accuracy"}, {@code "macro avg"}, {@code "weighted avg"}.
     *
     * @return one line of JSON
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        for (int c = 0; c < classNames.size(); c++) {
            entry(sb, classNames.get(c), precision[c], recall[c], f1[c], support[c]);
            sb.append(", ");
        }
        sb.append("\"accuracy\": ").append(PyFormat.repr(accuracy)).append(", ");
        entry(sb, "macro avg", macroPrecision, macroRecall, macroF1, total);
        sb.append(", ");
        entry(sb, "weighted avg", weightedPrecision, weightedRecall, weightedF1, total);
        return sb.append('}').toString();
    }

    /**
     * Per-class F1 rounded to 3 decimals as nkululeko writes them
     * ({@code float(f"{f1:.3f}")}).
     *
     * @return one value per class
     */
    public double[] f1Rounded3() {
        double[] rounded = new double[f1.length];
        for (int c = 0; c < f1.length; c++) {
            rounded[c] = Double.parseDouble(PyFormat.fixed(f1[c], 3));
        }
        return rounded;
    }

    private static void row(StringBuilder sb, String name, int width, double p, double r,
            double f, int n) {
        sb.append(pad(name, width)).append(' ');
        for (double v : new double[] {p, r, f}) {
            sb.append(' ').append(pad(PyFormat.fixed(v, DIGITS), 9));
        }
        sb.append(' ').append(pad(Integer.toString(n), 9)).append('\n');
    }

    private static void entry(StringBuilder sb, String name, double p, double r, double f,
            int n) {
        sb.append(jsonString(name)).append(": {");
        sb.append("\"precision\": ").append(PyFormat.repr(p)).append(", ");
        sb.append("\"recall\": ").append(PyFormat.repr(r)).append(", ");
        sb.append("\"f1-score\": ").append(PyFormat.repr(f)).append(", ");
        sb.append("\"support\": ").append(PyFormat.repr(n)).append('}');
    }

    /** Python's json escaping with ensure_ascii (non-ASCII as \\u and four hex digits). */
    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (ch < 0x20 || ch > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double weighted(double[] values, int[] weights, int total) {
        double sum = 0;
        for (int c = 0; c < values.length; c++) {
            sum += values[c] * weights[c];
        }
        return sum / total;
    }
}
