package org.nkululeko.model.xgboost;

import org.nkululeko.testkit.EmoDb;
import org.nkululeko.testkit.TestMetrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;

class XgboostModelsTest {

    /** 4 EmoDB classes, every 3rd row: 68 train / 46 test, scaled. */
    static final EmoDb.Split EMOTION = EmoDb.emotion(
            List.of("anger", "happiness", "neutral", "sadness")).scaled().thinned(3);

    /** Gender as 0/1, speaker-disjoint, every 2nd row: 152 train / 116 test, scaled. */
    static final EmoDb.Split GENDER = EmoDb.gender().scaled().thinned(2);

    static ModelSpec spec(Task task, List<String> classes, Map<String, String> settings) {
        return new ModelSpec(Settings.of("MODEL", settings), task, classes, 88, null, 42L, 1,
                name -> null);
    }

    static double[][] fitPredict(XgboostModel model, ModelSpec spec, EmoDb.Split split,
            Estimator.Data dev) {
        Estimator estimator = model.create(spec);
        estimator.train(new Estimator.Data(split.trainX(), split.trainY()), dev);
        return estimator.predict(split.testX());
    }

    @Test
    void xgbClassifiesWithProbabilities() {
        double[][] scores = fitPredict(new XgbModel(),
                spec(Task.CLASSIFICATION, EMOTION.classNames(), Map.of()), EMOTION, null);
        for (double[] row : scores) {
            assertEquals(4, row.length);
            assertEquals(1.0, row[0] + row[1] + row[2] + row[3], 1e-5);
        }
        double uar = TestMetrics.uar(EMOTION.testY(), TestMetrics.argmax(scores));
        assertTrue(uar >= 0.5, "xgb UAR " + uar);
    }

    @Test
    void xgbWithTwoClassesGivesTwoColumns() {
        EmoDb.Split split = EmoDb.emotion(List.of("anger", "sadness")).scaled().thinned(2);
        double[][] scores = fitPredict(new XgbModel(),
                spec(Task.CLASSIFICATION, split.classNames(), Map.of()), split, null);
        assertEquals(2, scores[0].length);
        assertEquals(1.0, scores[0][0] + scores[0][1], 1e-6);
        double uar = TestMetrics.uar(split.testY(), TestMetrics.argmax(scores));
        assertTrue(uar >= 0.8, "anger vs sadness UAR " + uar);
    }

    @Test
    void xgrFollowsTheTarget() {
        double[] pred = TestMetrics.column(fitPredict(new XgrModel(),
                spec(Task.REGRESSION, List.of(), Map.of()), GENDER, null));
        double ccc = TestMetrics.ccc(GENDER.testY(), pred);
        assertTrue(ccc >= 0.5, "xgr CCC " + ccc);
    }

    @Test
    void sameSeedSameModel() {
        ModelSpec spec = spec(Task.CLASSIFICATION, EMOTION.classNames(), Map.of("subsample",
                "0.7"));
        double[][] first = fitPredict(new XgbModel(), spec, EMOTION, null);
        double[][] second = fitPredict(new XgbModel(), spec, EMOTION, null);
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], second[i], 0.0);
        }
    }

    @Test
    void settingsChangeTheModel() {
        double[][] defaults = fitPredict(new XgbModel(),
                spec(Task.CLASSIFICATION, EMOTION.classNames(), Map.of()), EMOTION, null);
        double[][] small = fitPredict(new XgbModel(), spec(Task.CLASSIFICATION,
                EMOTION.classNames(), Map.of("n_estimators", "5", "max_depth", "2",
                        "learning_rate", "0.1")), EMOTION, null);
        // fewer, shallower, slower trees stay closer to the uniform 0.25
        assertTrue(spread(small) < spread(defaults), spread(small) + " vs " + spread(defaults));
    }

    @Test
    void earlyStoppingUsesDevOrAValidationShare() {
        ModelSpec spec = spec(Task.CLASSIFICATION, EMOTION.classNames(),
                Map.of("early_stopping_rounds", "3"));
        Estimator.Data dev = new Estimator.Data(EMOTION.testX(), EMOTION.testY());
        double[][] onDev = fitPredict(new XgbModel(), spec, EMOTION, dev);
        double[][] onShare = fitPredict(new XgbModel(), spec, EMOTION, null);
        double[][] full = fitPredict(new XgbModel(),
                spec(Task.CLASSIFICATION, EMOTION.classNames(), Map.of()), EMOTION, null);
        assertNotEquals(full[0][0], onDev[0][0]);
        assertNotEquals(onDev[0][0], onShare[0][0]);
        assertTrue(TestMetrics.uar(EMOTION.testY(), TestMetrics.argmax(onShare)) >= 0.4);
    }

    @Test
    void xgrAskedToClassifyFailsClearly() {
        XgrModel xgr = new XgrModel();
        assertFalse(xgr.supports(Task.CLASSIFICATION));
        UserException e = assertThrows(UserException.class,
                () -> xgr.create(spec(Task.CLASSIFICATION, EMOTION.classNames(), Map.of())));
        assertTrue(e.getMessage().startsWith(
                "Model 'xgr' is a regressor but experiment type is classification"),
                e.getMessage());
        assertFalse(new XgbModel().supports(Task.REGRESSION));
    }

    @ParameterizedTest
    @CsvSource({"n_estimators, 0", "max_depth, deep", "learning_rate, -0.3", "subsample, 1.5",
            "validation_split, 1", "early_stopping_rounds, 'ten'"})
    void badValueNamesTheKey(String key, String value) {
        UserException e = assertThrows(UserException.class, () -> new XgbModel().create(
                spec(Task.CLASSIFICATION, EMOTION.classNames(), Map.of(key, value))));
        assertTrue(e.getMessage().contains("[MODEL] " + key + " = " + value), e.getMessage());
    }

    @Test
    void unknownMetricNamesTheKey() {
        Estimator estimator = new XgbModel().create(spec(Task.CLASSIFICATION,
                EMOTION.classNames(), Map.of("early_stopping_rounds", "2",
                        "eval_metric", "accuracy")));
        UserException e = assertThrows(UserException.class, () -> estimator.train(
                new Estimator.Data(EMOTION.trainX(), EMOTION.trainY()), null));
        assertTrue(e.getMessage().contains("[MODEL] eval_metric = accuracy"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"xgb, ''", "xgr, ''", "xgb, early_stopping_rounds"})
    void saveAndLoadGiveIdenticalPredictions(String type, String key, @TempDir Path dir)
            throws IOException {
        boolean classify = type.equals("xgb");
        XgboostModel model = classify ? new XgbModel() : new XgrModel();
        EmoDb.Split split = classify ? EMOTION : GENDER;
        ModelSpec spec = spec(classify ? Task.CLASSIFICATION : Task.REGRESSION,
                split.classNames(), key.isEmpty() ? Map.of() : Map.of(key, "3"));
        Estimator estimator = model.create(spec);
        estimator.train(new Estimator.Data(split.trainX(), split.trainY()), null);
        Path file = dir.resolve(type + ".model");
        estimator.save(file);
        double[][] before = estimator.predict(split.testX());
        double[][] after = model.load(file, spec).predict(split.testX());
        for (int i = 0; i < before.length; i++) {
            assertArrayEquals(before[i], after[i], 0.0, "row " + i);
        }
        IOException e = assertThrows(IOException.class, () -> model.load(file,
                new ModelSpec(spec.settings(), spec.task(), spec.classNames(), 10, null, 42L, 1,
                        name -> null)));
        assertTrue(e.getMessage().contains("88 features"), e.getMessage());
    }

    private static double spread(double[][] scores) {
        double sum = 0;
        for (double[] row : scores) {
            for (double p : row) {
                sum += Math.abs(p - 0.25);
            }
        }
        return sum / scores.length;
    }
}
