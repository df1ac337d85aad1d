package org.nkululeko.model.weka;

import org.nkululeko.testkit.EmoDb;
import org.nkululeko.testkit.TestMetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;

/**
 * {@code svm} with nkululeko's defaults against scikit-learn's {@code SVC} on the svm_import
 * setup (203 train / 136 test): the probabilities stored in
 * {@code sklearn_svc_proba_svm_import.csv} (made by {@code sklearn_svm_import.py}).
 */
class SvmFidelityTest {

    @Test
    void probabilitiesAndUarMatchScikitLearn() throws IOException {
        EmoDb.Split split = EmoDb.emotion(List.of("anger", "happiness", "neutral", "sadness"))
                .scaled();
        ModelSpec spec = new ModelSpec(Settings.of("MODEL", Map.of()), Task.CLASSIFICATION,
                split.classNames(), 88, null, 42L, 1, name -> null);
        Estimator svm = new SvmModel().create(spec);
        svm.train(new Estimator.Data(split.trainX(), split.trainY()), null);
        double[][] ours = svm.predict(split.testX());
        double[][] theirs = sklearn();

        assertEquals(theirs.length, ours.length);
        double meanAbsDiff = 0;
        int agree = 0;
        double[] ourPred = TestMetrics.argmax(ours);
        double[] theirPred = TestMetrics.argmax(theirs);
        for (int i = 0; i < ours.length; i++) {
            agree += ourPred[i] == theirPred[i] ? 1 : 0;
            for (int c = 0; c < 4; c++) {
                meanAbsDiff += Math.abs(ours[i][c] - theirs[i][c]) / (4.0 * ours.length);
            }
        }
        // Platt's sigmoids come from a random 5-fold split, so they differ slightly
        assertTrue(meanAbsDiff < 0.02, "mean |p - p_sklearn| = " + meanAbsDiff);
        assertTrue(agree >= 130, agree + " of 136 predictions agree");
        double uar = TestMetrics.uar(split.testY(), ourPred);
        double sklearnUar = TestMetrics.uar(split.testY(), theirPred);
        assertEquals(0.708, sklearnUar, 0.001);
        assertEquals(sklearnUar, uar, 0.02, "UAR");
    }

    /** The class decisions are SVC.predict's one-vs-one vote: UAR 0.704 as scikit-learn. */
    @Test
    void classDecisionsAreTheOneVsOneVoteOfScikitLearn() throws IOException {
        EmoDb.Split split = EmoDb.emotion(List.of("anger", "happiness", "neutral", "sadness"))
                .scaled();
        ModelSpec spec = new ModelSpec(Settings.of("MODEL", Map.of()), Task.CLASSIFICATION,
                split.classNames(), 88, null, 42L, 1, name -> null);
        Estimator svm = new SvmModel().create(spec);
        svm.train(new Estimator.Data(split.trainX(), split.trainY()), null);
        int[] classes = svm.predictClasses(split.testX());
        double[] decisions = Arrays.stream(classes).asDoubleStream().toArray();

        assertEquals(0.704, TestMetrics.uar(split.testY(), decisions), 0.01, "UAR of the votes");
    }

    private static double[][] sklearn() throws IOException {
        try (InputStream in = SvmFidelityTest.class
                .getResourceAsStream("/sklearn_svc_proba_svm_import.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("anger"))
                    .map(line -> Arrays.stream(line.split(","))
                            .mapToDouble(Double::parseDouble).toArray())
                    .toArray(double[][]::new);
        }
    }
}
