package org.nkululeko.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final double EPS = 1e-12;

    @Test
    void uarCountsAPredictedClassAbsentFromTruthAsZeroRecall() {
        assertEquals(0.25, Metrics.uar(new int[] {0, 0}, new int[] {0, 1}), EPS);
    }

    @Test
    void uarCountsATrueClassNeverPredicted() {
        assertEquals(0.5, Metrics.uar(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 0}), EPS);
    }

    @Test
    void uarOfPerfectAndAllWrongPredictions() {
        int[] truth = {0, 1, 2, 2, 1};
        assertEquals(1.0, Metrics.uar(truth, truth.clone()), EPS);
        assertEquals(0.0, Metrics.uar(new int[] {0, 1, 2}, new int[] {1, 2, 0}), EPS);
    }

    @Test
    void uarAveragesRecallsNotSamples() {
        // recall 0: 3/4, recall 1: 0/1 -> 0.375, while accuracy is 3/5
        int[] truth = {0, 0, 0, 0, 1};
        int[] pred = {0, 0, 0, 1, 0};
        assertEquals(0.375, Metrics.uar(truth, pred), EPS);
        assertEquals(0.6, Metrics.accuracy(truth, pred), EPS);
    }

    @Test
    void accuracyIsTheShareOfHits() {
        assertEquals(0.75, Metrics.accuracy(new int[] {0, 1, 1, 2}, new int[] {0, 1, 2, 2}), EPS);
    }

    @Test
    void emptyOrMismatchedInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.uar(new int[0], new int[0]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.accuracy(new int[] {1, 2}, new int[] {1}));
        assertTrue(e.getMessage().contains("2") && e.getMessage().contains("1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metrics.mse(new double[0], new double[0]));
    }

    @Test
    void uarIntervalContainsTheEstimateIsReproducibleAndBounded() {
        Random random = new Random(7);
        int n = 120;
        int[] truth = new int[n];
        int[] pred = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = random.nextInt(3);
            pred[i] = random.nextDouble() < 0.7 ? truth[i] : random.nextInt(3);
        }
        double uar = Metrics.uar(truth, pred);
        double[] interval = Metrics.uarInterval(truth, pred, 1000, 42);

        assertTrue(interval[0] <= uar && uar <= interval[1],
                uar + " outside " + interval[0] + "/" + interval[1]);
        assertTrue(interval[0] > 0.5 && interval[1] < 1.0, interval[0] + "/" + interval[1]);
        assertTrue(interval[1] - interval[0] > 0.05, "a 120-sample interval is not that narrow");
        assertArrayEquals(interval, Metrics.uarInterval(truth, pred, 1000, 42));
        assertFalse(interval[0] == Metrics.uarInterval(truth, pred, 1000, 43)[0]
                && interval[1] == Metrics.uarInterval(truth, pred, 1000, 43)[1]);
    }

    @Test
    void percentileInterpolatesLikeNumpy() {
        double[] values = {4, 1, 3, 2};
        assertEquals(1.075, Metrics.percentile(values, 2.5), EPS);
        assertEquals(3.925, Metrics.percentile(values, 97.5), EPS);
        assertEquals(2.5, Metrics.percentile(values, 50), EPS);
    }

    @Test
    void mseMaeAndR2OnAHandExample() {
        assertEquals(5.0 / 3, Metrics.mse(new double[] {1, 2, 3}, new double[] {2, 2, 5}), EPS);
        assertEquals(1.0, Metrics.mae(new double[] {1, 2, 3}, new double[] {2, 2, 5}), EPS);
        // ss_res = 1, ss_tot = 2
        assertEquals(0.5, Metrics.r2(new double[] {1, 2, 3}, new double[] {1, 2, 4}), EPS);
        assertEquals(1.0, Metrics.r2(new double[] {2, 2}, new double[] {2, 2}), EPS);
        assertEquals(0.0, Metrics.r2(new double[] {2, 2}, new double[] {2, 3}), EPS);
    }

    @Test
    void cccIsOneForIdenticalAndPenalisesAShift() {
        double[] t = {1, 2, 3};
        assertEquals(1.0, Metrics.ccc(t, t.clone()), EPS);
        // var_t = var_p = 2/3, cov = 2/3, mean shift 1: 2 * 2/3 / (2/3 + 2/3 + 1) = 4/7
        assertEquals(4.0 / 7, Metrics.ccc(t, new double[] {2, 3, 4}), EPS);
        assertEquals(1.0, Metrics.pcc(t, new double[] {2, 3, 4}), EPS);
    }

    @Test
    void cccAndPccOnAPermutedExample() {
        // means 2.5, variances 1.25, covariance 1: PCC 0.8, CCC 2 / 2.5 = 0.8
        double[] t = {1, 2, 3, 4};
        double[] p = {1, 3, 2, 4};
        assertEquals(0.8, Metrics.pcc(t, p), EPS);
        assertEquals(0.8, Metrics.ccc(t, p), EPS);
    }

    @Test
    void pccHasTheSignOfTheRelation() {
        double[] t = {1, 2, 3, 4, 5};
        assertEquals(-1.0, Metrics.pcc(t, new double[] {10, 8, 6, 4, 2}), EPS);
        assertTrue(Metrics.pcc(t, new double[] {1, 3, 2, 5, 4}) > 0);
        assertTrue(Metrics.ccc(t, new double[] {5, 3, 4, 1, 2}) < 0);
    }

    @Test
    void undefinedCorrelationsAreMinusOne() {
        double[] t = {1, 2, 3};
        assertEquals(-1.0, Metrics.ccc(t, new double[] {2, 2, 2}), EPS);
        assertEquals(-1.0, Metrics.pcc(t, new double[] {2, 2, 2}), EPS);
        assertEquals(-1.0, Metrics.ccc(new double[] {1}, new double[] {1}), EPS);
    }

    @Test
    void regressionIntervalContainsTheEstimate() {
        Random random = new Random(3);
        double[] t = new double[80];
        double[] p = new double[80];
        for (int i = 0; i < t.length; i++) {
            t[i] = random.nextGaussian();
            p[i] = t[i] + 0.5 * random.nextGaussian();
        }
        for (String measure : new String[] {"mse", "mae", "ccc", "pcc"}) {
            double[] interval = Metrics.regressionInterval(measure, t, p, 500, 1);
            double value = switch (measure) {
                case "mse" -> Metrics.mse(t, p);
                case "mae" -> Metrics.mae(t, p);
                case "ccc" -> Metrics.ccc(t, p);
                default -> Metrics.pcc(t, p);
            };
            assertTrue(interval[0] < value && value < interval[1],
                    measure + " " + value + " outside " + interval[0] + "/" + interval[1]);
            assertArrayEquals(interval, Metrics.regressionInterval(measure, t, p, 500, 1));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.regressionInterval("rmse", t, p, 10, 1));
        assertTrue(e.getMessage().contains("rmse"));
    }

    @Test
    void confusionHasTruthRowsAndPredictionColumns() {
        int[][] counts = Metrics.confusion(new int[] {0, 0, 1, 2}, new int[] {0, 1, 1, 0}, 3);
        assertArrayEquals(new int[] {1, 1, 0}, counts[0]);
        assertArrayEquals(new int[] {0, 1, 0}, counts[1]);
        assertArrayEquals(new int[] {1, 0, 0}, counts[2]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.confusion(new int[] {0, 3}, new int[] {0, 0}, 3));
        assertTrue(e.getMessage().contains("code 3"), e.getMessage());
    }
}
