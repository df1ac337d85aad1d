package org.nkululeko.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Test data from the shared folder: openSMILE's own eGeMAPS v02 functionals of EmoDB
 * ({@code refs/egemaps_v02_emodb.csv}) joined with the gold-standard emotion split or with the
 * speakers' ages, z-scaled with the training mean and population standard deviation (as
 * {@code [FEATS] scale = standard}).
 */
public final class EmoDb {

    /** Features and targets of one split. */
    public record Split(List<String> classNames, double[][] trainX, double[] trainY, double[][] testX,
            double[] testY) {

        /** @return this split with every row z-scaled by the training statistics */
        public Split scaled() {
            int n = trainX[0].length;
            double[] mean = new double[n];
            double[] std = new double[n];
            for (double[] row : trainX) {
                for (int j = 0; j < n; j++) {
                    mean[j] += row[j] / trainX.length;
                }
            }
            for (double[] row : trainX) {
                for (int j = 0; j < n; j++) {
                    std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / trainX.length;
                }
            }
            for (int j = 0; j < n; j++) {
                std[j] = std[j] > 0 ? Math.sqrt(std[j]) : 1.0;
            }
            return new Split(classNames, scale(trainX, mean, std), trainY,
                    scale(testX, mean, std), testY);
        }

        /**
         * @param count how many leading feature columns to keep
         * @return this split with fewer features
         */
        public Split firstFeatures(int count) {
            return new Split(classNames, columns(trainX, count), trainY, columns(testX, count),
                    testY);
        }

        /**
         * @param every keep every k-th row of train and test
         * @return a smaller split
         */
        public Split thinned(int every) {
            return new Split(classNames, thin(trainX, every), thin(trainY, every),
                    thin(testX, every), thin(testY, every));
        }
    }

    private EmoDb() {
    }

    /** @return the shared folder: {@code nk.shared}, else {@code ../shared} near the cwd */
    public static Path shared() {
        return SharedData.root();
    }

    /**
     * The gold-standard EmoDB emotion split restricted to some classes.
     *
     * @param classes the class names to keep, in code order
     * @return the split, unscaled
     */
    public static Split emotion(List<String> classes) {
        Map<String, double[]> features = features();
        Path emodb = shared().resolve("data/emodb");
        List<double[]> trainX = new ArrayList<>();
        List<Double> trainY = new ArrayList<>();
        List<double[]> testX = new ArrayList<>();
        List<Double> testY = new ArrayList<>();
        readLabels(emodb.resolve("db.emotion.categories.train.gold_standard.csv"), classes,
                features, trainX, trainY);
        readLabels(emodb.resolve("db.emotion.categories.test.gold_standard.csv"), classes,
                features, testX, testY);
        return new Split(classes, trainX.toArray(double[][]::new), unbox(trainY),
                testX.toArray(double[][]::new), unbox(testY));
    }

    /**
     * Age regression on EmoDB: {@code emodb.csv}'s split column, which is speaker-disjoint
     * (test speakers 12, 14, 15, 16).
     *
     * @return the split, unscaled; targets in years
     */
    public static Split age() {
        return speakerTarget("age");
    }

    /**
     * The speaker's gender as a number (female 1, male 0) on the same speaker-disjoint split as
     * {@link #age()}: a regression target the features predict well, for unit tests.
     *
     * @return the split, unscaled
     */
    public static Split gender() {
        return speakerTarget("gender");
    }

    private static Split speakerTarget(String column) {
        Map<String, double[]> features = features();
        List<double[]> trainX = new ArrayList<>();
        List<Double> trainY = new ArrayList<>();
        List<double[]> testX = new ArrayList<>();
        List<Double> testY = new ArrayList<>();
        List<String> lines = lines(shared().resolve("data/emodb/emodb.csv"));
        List<String> head = List.of(lines.get(0).split(","));
        int target = head.indexOf(column);
        int split = head.indexOf("split");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double[] row = features.get(cells[0]);
            boolean test = cells[split].equals("test");
            (test ? testX : trainX).add(row);
            String value = cells[target];
            (test ? testY : trainY).add(value.equals("female") ? 1.0
                    : value.equals("male") ? 0.0 : Double.parseDouble(value));
        }
        return new Split(List.of(), trainX.toArray(double[][]::new), unbox(trainY),
                testX.toArray(double[][]::new), unbox(testY));
    }

    /** @return file ({@code wav/xxx.wav}) to its 88 eGeMAPS values */
    public static Map<String, double[]> features() {
        Map<String, double[]> out = new HashMap<>();
        List<String> lines = lines(shared().resolve("refs/egemaps_v02_emodb.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double[] row = new double[cells.length - 1];
            for (int j = 1; j < cells.length; j++) {
                row[j - 1] = Double.parseDouble(cells[j]);
            }
            out.put(cells[0], row);
        }
        return out;
    }

    private static void readLabels(Path table, List<String> classes,
            Map<String, double[]> features, List<double[]> x, List<Double> y) {
        List<String> lines = lines(table);
        Predicate<String> wanted = classes::contains;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (wanted.test(cells[1])) {
                double[] row = features.get(cells[0]);
                if (row == null) {
                    throw new IllegalStateException("no features for " + cells[0]);
                }
                x.add(row);
                y.add((double) classes.indexOf(cells[1]));
            }
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[][] scale(double[][] x, double[] mean, double[] std) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                out[i][j] = (x[i][j] - mean[j]) / std[j];
            }
        }
        return out;
    }

    private static double[][] columns(double[][] x, int count) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = java.util.Arrays.copyOf(x[i], count);
        }
        return out;
    }

    private static double[][] thin(double[][] x, int every) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < x.length; i += every) {
            out.add(x[i]);
        }
        return out.toArray(double[][]::new);
    }

    private static double[] thin(double[] y, int every) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < y.length; i += every) {
            out.add(y[i]);
        }
        return unbox(out);
    }
}
