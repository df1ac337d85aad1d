package org.nkululeko.model.xgboost;

import org.nkululeko.testkit.EmoDb;
import org.nkululeko.testkit.TestMetrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;

/**
 * Prints the test scores of {@code xgb} on the svm_import setup (4 EmoDB classes, openSMILE's
 * own eGeMAPS values, gold-standard split) and of {@code xgr} on age with a speaker-disjoint
 * split (test speakers 12, 14, 15, 16), features z-scaled with the training statistics, seed 42.
 *
 * <p>Run from the repository root: {@code mvn -o -q -pl nk-model-xgboost exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.nkululeko.model.xgboost.XgboostBenchmark
 * [-Dexec.args="early_stopping_rounds=10"]}; arguments are {@code key=value} [MODEL] settings.
 */
public final class XgboostBenchmark {

    private XgboostBenchmark() {
    }

    /**
     * @param args {@code key=value} settings
     */
    public static void main(String[] args) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                settings.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        EmoDb.Split emotion = EmoDb.emotion(List.of("anger", "happiness", "neutral", "sadness"))
                .scaled();
        long start = System.nanoTime();
        double[][] scores = fitPredict(new XgbModel(), Task.CLASSIFICATION, emotion, settings);
        double[] pred = TestMetrics.argmax(scores);
        System.out.printf(Locale.ROOT, "classification: %d train / %d test%s%n",
                emotion.trainY().length, emotion.testY().length,
                settings.isEmpty() ? "" : ", settings " + settings);
        System.out.println("| model | UAR | seconds |");
        System.out.println("|---|---|---|");
        System.out.printf(Locale.ROOT, "| xgb | %.3f | %.1f |%n",
                TestMetrics.uar(emotion.testY(), pred), (System.nanoTime() - start) / 1e9);

        EmoDb.Split age = EmoDb.age().scaled();
        start = System.nanoTime();
        double[] values = TestMetrics.column(fitPredict(new XgrModel(), Task.REGRESSION, age,
                settings));
        System.out.printf(Locale.ROOT, "%nregression (age, years): %d train / %d test%n",
                age.trainY().length, age.testY().length);
        System.out.println("| model | MSE | CCC | seconds |");
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| xgr | %.2f | %.3f | %.1f |%n",
                TestMetrics.mse(age.testY(), values), TestMetrics.ccc(age.testY(), values),
                (System.nanoTime() - start) / 1e9);
    }

    private static double[][] fitPredict(XgboostModel model, Task task, EmoDb.Split split,
            Map<String, String> settings) {
        ModelSpec spec = new ModelSpec(Settings.of("MODEL", settings), task, split.classNames(),
                split.trainX()[0].length, null, 42L, 1, name -> null);
        Estimator estimator = model.create(spec);
        estimator.train(new Estimator.Data(split.trainX(), split.trainY()), null);
        return estimator.predict(split.testX());
    }
}
