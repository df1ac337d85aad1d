package org.nkululeko.model.weka;

import org.nkululeko.testkit.EmoDb;
import org.nkululeko.testkit.TestMetrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.plugin.PluginRegistry;

/**
 * Prints the test scores of every Weka model type on openSMILE's own eGeMAPS values of EmoDB,
 * set up as {@code shared/configs/svm_import.ini} (classification: anger, happiness, neutral,
 * sadness; gold-standard split, 203 train / 136 test) and as the age regression of
 * {@code mlp_reg_age_csv.ini} with a speaker-disjoint split (test speakers 12, 14, 15, 16).
 * Features are z-scaled with the training statistics; the seed is 42.
 *
 * <p>Run from the repository root:
 * {@code mvn -o -q -pl nk-model-weka exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.nkululeko.model.weka.WekaBenchmark [-Dexec.args="svm C_val=10"]}.
 * Arguments are model types (default: all) and {@code key=value} [MODEL] settings.
 */
public final class WekaBenchmark {

    static final List<String> CLASSIFIERS = List.of("svm", "knn", "tree", "bayes", "log_reg",
            "rf");
    static final List<String> REGRESSORS = List.of("svr", "knn_reg", "tree_reg", "lin_reg",
            "rf_reg");

    private WekaBenchmark() {
    }

    /**
     * @param args model types and {@code key=value} settings
     */
    public static void main(String[] args) {
        List<String> types = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                settings.put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (!arg.isBlank()) {
                types.add(arg);
            }
        }
        PluginRegistry registry = PluginRegistry.load(WekaBenchmark.class.getClassLoader());
        EmoDb.Split emotion = EmoDb.emotion(List.of("anger", "happiness", "neutral", "sadness"))
                .scaled();
        EmoDb.Split age = EmoDb.age().scaled();
        System.out.printf(Locale.ROOT, "classification: %d train / %d test, %d features%s%n",
                emotion.trainY().length, emotion.testY().length, emotion.trainX()[0].length,
                settings.isEmpty() ? "" : ", settings " + settings);
        System.out.println("| model | UAR | accuracy | seconds |");
        System.out.println("|---|---|---|---|");
        for (String type : CLASSIFIERS) {
            if (types.isEmpty() || types.contains(type)) {
                classify(registry.model(type), emotion, settings);
            }
        }
        System.out.printf(Locale.ROOT, "%nregression (age, years): %d train / %d test%n",
                age.trainY().length, age.testY().length);
        System.out.println("| model | MSE | CCC | seconds |");
        System.out.println("|---|---|---|---|");
        for (String type : REGRESSORS) {
            if (types.isEmpty() || types.contains(type)) {
                regress(registry.model(type), age, settings);
            }
        }
    }

    private static void classify(Model model, EmoDb.Split split, Map<String, String> settings) {
        long start = System.nanoTime();
        double[] pred;
        try {
            Estimator estimator = fit(model, split, Task.CLASSIFICATION, settings);
            pred = java.util.Arrays.stream(estimator.predictClasses(split.testX()))
                    .asDoubleStream().toArray();
        } catch (UserException e) {
            System.out.printf("| %s | %s | | |%n", model.name(), e.getMessage());
            return;
        }
        int hits = 0;
        for (int i = 0; i < pred.length; i++) {
            hits += pred[i] == split.testY()[i] ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.1f |%n", model.name(),
                TestMetrics.uar(split.testY(), pred), (double) hits / pred.length,
                (System.nanoTime() - start) / 1e9);
    }

    private static void regress(Model model, EmoDb.Split split, Map<String, String> settings) {
        long start = System.nanoTime();
        double[] pred;
        try {
            pred = TestMetrics.column(fit(model, split, Task.REGRESSION, settings)
                    .predict(split.testX()));
        } catch (UserException e) {
            System.out.printf("| %s | %s | | |%n", model.name(), e.getMessage());
            return;
        }
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.3f | %.1f |%n", model.name(),
                TestMetrics.mse(split.testY(), pred), TestMetrics.ccc(split.testY(), pred),
                (System.nanoTime() - start) / 1e9);
    }

    private static Estimator fit(Model model, EmoDb.Split split, Task task,
            Map<String, String> settings) {
        ModelSpec spec = new ModelSpec(Settings.of("MODEL", settings), task,
                split.classNames(), split.trainX()[0].length, null, 42L, 1, name -> {
                    throw new UserException("model", "no activations here");
                });
        Estimator estimator = model.create(spec);
        estimator.train(new Estimator.Data(split.trainX(), split.trainY()), null);
        return estimator;
    }
}
