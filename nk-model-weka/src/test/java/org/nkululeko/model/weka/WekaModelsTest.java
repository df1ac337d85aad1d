package org.nkululeko.model.weka;

import org.nkululeko.testkit.EmoDb;
import org.nkululeko.testkit.TestMetrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.plugin.PluginRegistry;

class WekaModelsTest {

    private static final PluginRegistry REGISTRY = PluginRegistry.system();

    @Test
    void everyTypeIsFoundByItsIniName() {
        assertTrue(REGISTRY.modelNames().containsAll(List.of("svm", "svr", "knn", "knn_reg",
                "tree", "tree_reg", "bayes", "lin_reg", "log_reg", "rf", "rf_reg")),
                REGISTRY.modelNames().toString());
        for (String name : REGISTRY.modelNames()) {
            assertFalse(REGISTRY.model(name).isNeural(), name);
        }
    }

    // bounds: chance is 0.25; the full-size scores are in the README
    @ParameterizedTest
    @CsvSource({"svm, 0.55", "knn, 0.5", "tree, 0.4", "bayes, 0.5", "log_reg, 0.5",
            "rf, 0.5"})
    void classifierBeatsChanceAndGivesProbabilities(String type, double minUar) {
        Model model = REGISTRY.model(type);
        assertTrue(model.supports(Task.CLASSIFICATION));
        assertFalse(model.supports(Task.REGRESSION));
        Estimator estimator = model.create(Fixtures.emotionSpec(Map.of()));
        estimator.train(Fixtures.train(Fixtures.EMOTION), null);
        double[][] scores = estimator.predict(Fixtures.EMOTION.testX());

        for (double[] row : scores) {
            assertEquals(4, row.length);
            double sum = 0;
            for (double p : row) {
                assertTrue(p >= 0 && p <= 1, type + ": " + p);
                sum += p;
            }
            assertEquals(1.0, sum, 1e-6, type);
        }
        double uar = TestMetrics.uar(Fixtures.EMOTION.testY(), TestMetrics.argmax(scores));
        assertTrue(uar >= minUar, type + " UAR " + uar);
    }

    @ParameterizedTest
    @CsvSource({"svr, 0.5, C_val, 10", "knn_reg, 0.5, K_val, 5", "tree_reg, 0.4, max_depth, 0",
            "rf_reg, 0.5, n_estimators, 50"})
    void regressorFollowsTheTarget(String type, double minCcc, String key, String value) {
        Model model = REGISTRY.model(type);
        assertTrue(model.supports(Task.REGRESSION));
        assertFalse(model.supports(Task.CLASSIFICATION));
        Estimator estimator = model.create(Fixtures.genderSpec(Map.of(key, value)));
        estimator.train(Fixtures.train(Fixtures.GENDER), null);
        double[][] pred = estimator.predict(Fixtures.GENDER.testX());

        assertEquals(Fixtures.GENDER.testY().length, pred.length);
        assertEquals(1, pred[0].length);
        double ccc = TestMetrics.ccc(Fixtures.GENDER.testY(), TestMetrics.column(pred));
        assertTrue(ccc >= minCcc, type + " CCC " + ccc);
    }

    @Test
    void linearRegressionFitsOnFewFeatures() {
        // ordinary least squares on all 88 features over-fits 152 rows (as scikit-learn's
        // does); the 10 F0 functionals carry the gender well
        EmoDb.Split split = Fixtures.GENDER.firstFeatures(10);
        Estimator ols = REGISTRY.model("lin_reg").create(Fixtures.spec(Task.REGRESSION, Map.of(),
                List.of(), 10));
        ols.train(Fixtures.train(split), null);
        double[] pred = TestMetrics.column(ols.predict(split.testX()));
        double ccc = TestMetrics.ccc(split.testY(), pred);
        assertTrue(ccc >= 0.35, "lin_reg CCC " + ccc);

        // the same as the closed-form least-squares fit (normal equations with intercept)
        double[] w = leastSquares(split.trainX(), split.trainY());
        for (int i = 0; i < pred.length; i++) {
            double expected = w[10];
            for (int j = 0; j < 10; j++) {
                expected += w[j] * split.testX()[i][j];
            }
            assertEquals(expected, pred[i], 1e-4, "row " + i);
        }
    }

    @Test
    void linearRegressionSurvivesConstantAndDuplicateFeatures() {
        // a scaled constant column is all zeros; a duplicate column makes X rank-deficient
        EmoDb.Split split = Fixtures.GENDER.firstFeatures(10);
        double[][] x = new double[split.trainX().length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = java.util.Arrays.copyOf(split.trainX()[i], 12);
            x[i][11] = x[i][0];
        }
        Estimator ols = REGISTRY.model("lin_reg").create(Fixtures.spec(Task.REGRESSION, Map.of(),
                List.of(), 12));
        ols.train(new Estimator.Data(x, split.trainY()), null);
        double[] row = java.util.Arrays.copyOf(split.testX()[0], 12);
        row[11] = row[0];
        assertTrue(Double.isFinite(ols.predict(new double[][] {row})[0][0]));
    }

    @Test
    void svrDefaultsToTheReferencesTinyC() {
        // nkululeko's SVR default C = 0.001 nearly flattens the fit; C_val = 10 does not
        double[] flat = svrPredictions(Map.of());
        double[] fitted = svrPredictions(Map.of("C_val", "10"));
        assertTrue(range(flat) < 0.5 * range(fitted), range(flat) + " vs " + range(fitted));
    }

    @Test
    void regressorAskedToClassifyFailsClearly() {
        Model svr = REGISTRY.model("svr");
        assertFalse(svr.supports(Task.CLASSIFICATION));
        UserException e = assertThrows(UserException.class,
                () -> svr.create(Fixtures.emotionSpec(Map.of())));
        assertTrue(e.getMessage().startsWith(
                "Model 'svr' is a regressor but experiment type is classification"),
                e.getMessage());
        assertEquals("model", e.caller());

        UserException other = assertThrows(UserException.class,
                () -> REGISTRY.model("svm").create(Fixtures.genderSpec(Map.of())));
        assertTrue(other.getMessage().startsWith(
                "Model 'svm' is a classifier but experiment type is regression"),
                other.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"svm, C_val, -1", "svm, kernel, gaussian", "svr, C_val, abc",
            "knn, K_val, 0", "knn, KNN_weights, inverse", "rf, n_estimators, 0",
            "log_reg, C_val, 0"})
    void badValueNamesTheKey(String type, String key, String value) {
        Task task = REGISTRY.model(type).supports(Task.REGRESSION)
                ? Task.REGRESSION : Task.CLASSIFICATION;
        ModelSpec spec = task == Task.REGRESSION ? Fixtures.genderSpec(Map.of(key, value))
                : Fixtures.emotionSpec(Map.of(key, value));
        UserException e = assertThrows(UserException.class,
                () -> REGISTRY.model(type).create(spec));
        assertTrue(e.getMessage().contains("[MODEL] " + key + " = " + value), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"linear, 0.55", "poly, 0.4", "sigmoid, 0.45"})
    void otherKernelsTrain(String kernel, double minUar) {
        Estimator estimator = REGISTRY.model("svm")
                .create(Fixtures.emotionSpec(Map.of("kernel", kernel)));
        estimator.train(Fixtures.train(Fixtures.EMOTION), null);
        double[] pred = TestMetrics.argmax(estimator.predict(Fixtures.EMOTION.testX()));
        double uar = TestMetrics.uar(Fixtures.EMOTION.testY(), pred);
        assertTrue(uar >= minUar, kernel + " UAR " + uar);
    }

    @Test
    void knnWeightsChangeTheProbabilities() {
        double[][] uniform = knnScores("uniform");
        double[][] distance = knnScores("distance");
        assertNotEquals(uniform[0][0], distance[0][0]);
        // uniform weights: each neighbour's vote is a multiple of 1/5 (plus Weka's tiny prior)
        for (double p : uniform[0]) {
            assertEquals(0, Math.round(p * 5) - p * 5, 0.1);
        }
    }

    @Test
    void knnIgnoresClassWeightLikeScikitLearn() {
        Estimator plain = REGISTRY.model("knn").create(Fixtures.emotionSpec(Map.of()));
        Estimator weighted = REGISTRY.model("knn")
                .create(Fixtures.emotionSpec(Map.of("class_weight", "True")));
        plain.train(Fixtures.train(Fixtures.EMOTION), null);
        weighted.train(Fixtures.train(Fixtures.EMOTION), null);
        double[][] a = plain.predict(Fixtures.EMOTION.testX());
        double[][] b = weighted.predict(Fixtures.EMOTION.testX());
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0.0);
        }
    }

    @Test
    void balancedClassWeightsMatchScikitLearn() {
        double[] y = {0, 0, 0, 1};
        assertArrayEquals(new double[] {4.0 / 6, 4.0 / 6, 4.0 / 6, 2.0},
                WekaData.balancedWeights(y, 3), 1e-12);
        Estimator estimator = REGISTRY.model("svm")
                .create(Fixtures.emotionSpec(Map.of("class_weight", "True")));
        estimator.train(Fixtures.train(Fixtures.EMOTION), null);
        double uar = TestMetrics.uar(Fixtures.EMOTION.testY(),
                TestMetrics.argmax(estimator.predict(Fixtures.EMOTION.testX())));
        assertTrue(uar >= 0.55, "balanced svm UAR " + uar);
    }

    @ParameterizedTest
    @CsvSource({"svm", "svr", "knn", "knn_reg", "tree", "tree_reg", "bayes", "lin_reg",
            "log_reg", "rf", "rf_reg"})
    void saveAndLoadGiveIdenticalPredictions(String type, @TempDir Path dir) throws IOException {
        Model model = REGISTRY.model(type);
        boolean classify = model.supports(Task.CLASSIFICATION);
        EmoDb.Split split = classify ? Fixtures.EMOTION : Fixtures.GENDER;
        ModelSpec spec = classify ? Fixtures.emotionSpec(Map.of())
                : Fixtures.genderSpec(Map.of());
        Estimator estimator = model.create(spec);
        estimator.train(Fixtures.train(split), null);
        Path file = dir.resolve("models/" + type + ".model");
        estimator.save(file);

        Estimator loaded = model.load(file, spec);
        double[][] before = estimator.predict(split.testX());
        double[][] after = loaded.predict(split.testX());
        for (int i = 0; i < before.length; i++) {
            assertArrayEquals(before[i], after[i], 0.0, type + " row " + i);
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void loadingWithAnotherSpecFails(@TempDir Path dir) throws IOException {
        Model knn = REGISTRY.model("knn");
        Estimator estimator = knn.create(Fixtures.emotionSpec(Map.of()));
        estimator.train(Fixtures.train(Fixtures.EMOTION), null);
        Path file = dir.resolve("knn.model");
        estimator.save(file);
        ModelSpec threeClasses = Fixtures.spec(Task.CLASSIFICATION, Map.of(),
                List.of("anger", "happiness", "neutral"), 88);
        IOException e = assertThrows(IOException.class, () -> knn.load(file, threeClasses));
        assertTrue(e.getMessage().contains("[anger, happiness, neutral]"), e.getMessage());
        assertThrows(IOException.class, () -> REGISTRY.model("tree").load(file,
                Fixtures.emotionSpec(Map.of())));
    }

    @Test
    void trainingPrintsNothingOnStdout() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured));
        try {
            for (String type : List.of("svm", "rf", "tree")) {
                Estimator estimator = REGISTRY.model(type).create(Fixtures.emotionSpec(Map.of()));
                estimator.train(Fixtures.train(Fixtures.EMOTION), null);
                estimator.predict(Fixtures.EMOTION.testX());
            }
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString());
        assertEquals("com.github.fommil.netlib.F2jBLAS",
                System.getProperty("com.github.fommil.netlib.BLAS"));
        assertTrue(System.getProperty("WEKA_HOME") != null || System.getenv("WEKA_HOME") != null);
    }

    private static double[][] knnScores(String weights) {
        Estimator estimator = REGISTRY.model("knn")
                .create(Fixtures.emotionSpec(Map.of("KNN_weights", weights)));
        estimator.train(Fixtures.train(Fixtures.EMOTION), null);
        return estimator.predict(Fixtures.EMOTION.testX());
    }

    private static double[] svrPredictions(Map<String, String> settings) {
        Estimator estimator = REGISTRY.model("svr").create(Fixtures.genderSpec(settings));
        estimator.train(Fixtures.train(Fixtures.GENDER), null);
        return TestMetrics.column(estimator.predict(Fixtures.GENDER.testX()));
    }

    /** @return weights of the features, then the intercept */
    private static double[] leastSquares(double[][] x, double[] y) {
        int p = x[0].length + 1;
        double[][] a = new double[p][p + 1];
        for (int i = 0; i < x.length; i++) {
            double[] row = java.util.Arrays.copyOf(x[i], p);
            row[p - 1] = 1;
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    a[r][c] += row[r] * row[c];
                }
                a[r][p] += row[r] * y[i];
            }
        }
        for (int col = 0; col < p; col++) {
            for (int r = 0; r < p; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= p; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] w = new double[p];
        for (int r = 0; r < p; r++) {
            w[r] = a[r][p] / a[r][r];
        }
        return w;
    }

    private static double range(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }
}
