package org.nkululeko.model.mlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.nkululeko.api.Activation;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import org.nkululeko.core.plugin.PluginRegistry;

/** Small specs and synthetic data for the tests. */
final class Fixtures {

    static final PluginRegistry REGISTRY = PluginRegistry.system();

    private Fixtures() {
    }

    /**
     * @param keysAndValues [MODEL] keys and raw values, alternating
     * @return the settings
     */
    static Map<String, String> model(String... keysAndValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static ModelSpec classification(Map<String, String> model, int features, long seed) {
        return classification(model, features, seed, REGISTRY::activation);
    }

    static ModelSpec classification(Map<String, String> model, int features, long seed,
            Function<String, Activation> activations) {
        return new ModelSpec(Settings.of("MODEL", model), Task.CLASSIFICATION,
                List.of("a", "b", "c"), features, null, seed, 10, activations);
    }

    static ModelSpec regression(Map<String, String> model, int features, long seed) {
        return new ModelSpec(Settings.of("MODEL", model), Task.REGRESSION, List.of(), features,
                null, seed, 10, REGISTRY::activation);
    }

    /** Three Gaussian blobs in {@code features} dimensions, class c centred at +3 on axis c. */
    static Estimator.Data blobs(int n, int features, long seed) {
        Random rng = new Random(seed);
        double[][] x = new double[n][features];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            for (int j = 0; j < features; j++) {
                x[i][j] = rng.nextGaussian() + (j == c ? 3 : 0);
            }
            y[i] = c;
        }
        return new Estimator.Data(x, y);
    }

    /** y = 2 x0 - x1 + 0.5 x2 + 1 plus a little noise. */
    static Estimator.Data linear(int n, int features, long seed) {
        Random rng = new Random(seed);
        double[][] x = new double[n][features];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < features; j++) {
                x[i][j] = rng.nextGaussian();
            }
            y[i] = 2 * x[i][0] - x[i][1] + 0.5 * x[i][2] + 1 + 0.1 * rng.nextGaussian();
        }
        return new Estimator.Data(x, y);
    }

    static double accuracy(double[] truth, double[][] probs) {
        int hits = 0;
        for (int i = 0; i < truth.length; i++) {
            if (MlpBenchmark.argmax(probs[i]) == (int) truth[i]) {
                hits++;
            }
        }
        return hits / (double) truth.length;
    }
}
