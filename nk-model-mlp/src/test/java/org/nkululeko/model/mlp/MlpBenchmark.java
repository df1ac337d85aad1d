package org.nkululeko.model.mlp;

import org.nkululeko.testkit.SharedData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import org.nkululeko.core.plugin.PluginRegistry;

/**
 * The benchmark of issue #3: the activation tutorial's network on openSMILE's eGeMAPS values
 * of EmoDB (4 classes, the specified train/test split), standard scaling fitted on train,
 * layers [128, 64, 32], drop 0.3, lr 1e-4, batch 16, up to 100 epochs with patience 10 on the
 * test UAR, 3 runs with seeds 42, 43, 44. Prints seconds per epoch and the best UAR per run.
 *
 * <p>Arguments: activation names (default {@code leaky_relu}); {@code -Dpatience=N} changes
 * the patience (default 10).
 */
public final class MlpBenchmark {

    /** Epochs without improvement before stopping; {@code -Dpatience=100} runs all 100. */
    static final int PATIENCE = Integer.getInteger("patience", 10);

    static final List<String> CLASSES = List.of("anger", "happiness", "neutral", "sadness");

    private MlpBenchmark() {
    }

    /**
     * @param args activation names to try
     * @throws IOException if the shared data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path shared = SharedData.root();
        Map<String, double[]> feats = readFeatures(shared.resolve("refs/egemaps_v02_emodb.csv"));
        Estimator.Data train = split(shared, "train", feats);
        Estimator.Data test = split(shared, "test", feats);
        standardize(train.x(), test.x());
        System.out.printf(Locale.ROOT, "train %d, test %d files, %d features%n", train.size(),
                test.size(), train.x()[0].length);
        List<String> activations = args.length == 0 ? List.of("leaky_relu") : List.of(args);
        for (String activation : activations) {
            run(activation, train, test);
        }
    }

    private static void run(String activation, Estimator.Data train, Estimator.Data test) {
        Map<String, String> model = new HashMap<>();
        model.put("type", "mlp");
        model.put("layers", "[128, 64, 32]");
        model.put("activation", activation);
        model.put("drop", "0.3");
        model.put("learning_rate", "0.0001");
        model.put("batch_size", "16");
        model.put("patience", "10");
        PluginRegistry registry = PluginRegistry.system();
        double[] best = new double[3];
        long epochsRun = 0;
        long nanos = 0;
        long trainNanos = 0;
        long cpu0 = cpuNanos();
        for (int r = 0; r < 3; r++) {
            ModelSpec spec = new ModelSpec(Settings.of("MODEL", model), Task.CLASSIFICATION,
                    CLASSES, train.x()[0].length, null, 42 + r, 100, registry::activation);
            Estimator est = new MlpModel().create(spec);
            int bestEpoch = -1;
            for (int e = 0; e < 100 && e - bestEpoch <= PATIENCE; e++) {
                long t0 = System.nanoTime();
                est.train(train, null);
                trainNanos += System.nanoTime() - t0;
                double uar = uar(test.y(), est.predict(test.x()), CLASSES.size());
                nanos += System.nanoTime() - t0;
                epochsRun++;
                if (uar > best[r]) {
                    best[r] = uar;
                    bestEpoch = e;
                }
            }
            System.out.printf(Locale.ROOT, "%s run %d (seed %d): best UAR %.4f at epoch %d%n",
                    activation, r, 42 + r, best[r], bestEpoch);
        }
        double mean = (best[0] + best[1] + best[2]) / 3;
        double max = Math.max(best[0], Math.max(best[1], best[2]));
        double cpu = (cpuNanos() - cpu0) / 1e9 / epochsRun;
        System.out.printf(Locale.ROOT, "%s: mean %.4f, max %.4f, %.4f s per epoch (training "
                + "%.4f s; process CPU %.4f s; %d epochs)%n", activation, mean, max,
                nanos / 1e9 / epochsRun, trainNanos / 1e9 / epochsRun, cpu, epochsRun);
    }

    /** @return the CPU time of the whole process so far, in ns (all threads, incl. native) */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * @param truth class codes
     * @param probs class probabilities per row
     * @param k the number of classes
     * @return the mean recall over the classes present in truth or prediction
     */
    static double uar(double[] truth, double[][] probs, int k) {
        int[] hits = new int[k];
        int[] count = new int[k];
        boolean[] present = new boolean[k];
        for (int i = 0; i < truth.length; i++) {
            int t = (int) truth[i];
            int p = argmax(probs[i]);
            count[t]++;
            present[t] = true;
            present[p] = true;
            if (t == p) {
                hits[t]++;
            }
        }
        double sum = 0;
        int n = 0;
        for (int c = 0; c < k; c++) {
            if (present[c]) {
                sum += count[c] == 0 ? 0 : hits[c] / (double) count[c];
                n++;
            }
        }
        return sum / n;
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static Map<String, double[]> readFeatures(Path csv) throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(",");
            double[] v = new double[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                v[i - 1] = Double.parseDouble(parts[i]);
            }
            out.put(parts[0], v);
        }
        return out;
    }

    private static Estimator.Data split(Path shared, String part, Map<String, double[]> feats)
            throws IOException {
        Path table = shared.resolve("data/emodb/db.emotion.categories." + part
                + ".gold_standard.csv");
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<String> lines = Files.readAllLines(table);
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(",");
            int code = CLASSES.indexOf(parts[1]);
            if (code >= 0) {
                x.add(feats.get(parts[0]).clone());
                y.add((double) code);
            }
        }
        return new Estimator.Data(x.toArray(new double[0][]),
                y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** z-scales both sets with the training mean and population standard deviation. */
    static void standardize(double[][] train, double[][] test) {
        int cols = train[0].length;
        for (int j = 0; j < cols; j++) {
            double mean = 0;
            for (double[] row : train) {
                mean += row[j];
            }
            mean /= train.length;
            double var = 0;
            for (double[] row : train) {
                var += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(var / train.length);
            double scale = sd > 0 ? sd : 1;
            for (double[] row : train) {
                row[j] = (row[j] - mean) / scale;
            }
            for (double[] row : test) {
                row[j] = (row[j] - mean) / scale;
            }
        }
    }
}
