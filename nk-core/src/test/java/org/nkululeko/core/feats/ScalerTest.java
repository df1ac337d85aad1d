package org.nkululeko.core.feats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkululeko.api.UserException;

/** Scalers fitted on train only; test rows scaled with the training statistics. */
class ScalerTest {

    static double[][] train() {
        return new double[][] {{1, 10, 7}, {2, 20, 7}, {3, 30, 7}, {4, 40, 7}};
    }

    static double[][] test() {
        return new double[][] {{5, -40, 8}};
    }

    static double[][] apply(String kind, double[][] train, double[][] test) {
        new Scaler(kind).apply(train, List.of(new double[0][], test), null);
        return test;
    }

    @Test
    void standardUsesTrainMeanAndPopulationStd() {
        double[][] tr = train();
        double[][] te = apply("standard", tr, test());
        double std = Math.sqrt(1.25);
        assertArrayEquals(new double[] {-1.5 / std, -0.5 / std, 0.5 / std, 1.5 / std},
                new double[] {tr[0][0], tr[1][0], tr[2][0], tr[3][0]}, 1e-12);
        assertEquals((5 - 2.5) / std, te[0][0], 1e-12);
        assertEquals((-40 - 25) / (10 * std), te[0][1], 1e-12);
        assertEquals(0, tr[0][2], 0);
        assertEquals(1, te[0][2], 0, "a constant column gets scale 1");
    }

    @Test
    void robustUsesMedianAndIqr() {
        double[][] te = apply("robust", train(), test());
        // numpy: median 2.5, q25 1.75, q75 3.25
        assertEquals((5 - 2.5) / 1.5, te[0][0], 1e-12);
        assertEquals((-40 - 25) / 15.0, te[0][1], 1e-12);
    }

    @Test
    void minmaxAndMaxabs() {
        double[][] tr = train();
        double[][] te = apply("minmax", tr, test());
        assertEquals(0, tr[0][0], 0);
        assertEquals(1, tr[3][0], 0);
        assertEquals(4 / 3.0, te[0][0], 1e-12);
        assertEquals(-50 / 30.0, te[0][1], 1e-12);
        double[][] te2 = apply("maxabs", train(), test());
        assertEquals(5 / 4.0, te2[0][0], 1e-12);
        assertEquals(-1, te2[0][1], 1e-12);
        assertEquals(8 / 7.0, te2[0][2], 1e-12);
    }

    @Test
    void speakerScalesEachSpeakerByItsOwnRows() {
        double[][] tr = {{1}, {3}, {10}, {20}};
        double[][] te = {{100}, {300}};
        new Scaler("speaker").apply(tr, List.of(new double[0][], te), List.of(
                new String[] {"a", "a", "b", "b"}, new String[0], new String[] {"c", "c"}));
        assertArrayEquals(new double[] {-1, 1, -1, 1, -1, 1},
                new double[] {tr[0][0], tr[1][0], tr[2][0], tr[3][0], te[0][0], te[1][0]},
                1e-12);
    }

    @Test
    void unknownScalerListsNames() {
        UserException e = assertThrows(UserException.class, () -> new Scaler("zscore"));
        assertTrue(e.getMessage().contains("zscore") && e.getMessage().contains("[FEATS] scale")
                && e.getMessage().contains("standard, robust, minmax, maxabs, speaker"),
                e.getMessage());
    }

    @Test
    void nanStrategiesUseTrainRowsOnly() {
        double[][] tr = {{1, Double.NaN}, {2, 4}, {6, Double.POSITIVE_INFINITY}};
        double[][] te = {{Double.NaN, Double.NaN}};
        assertEquals(4, new NanStrategy("mean").apply(tr, List.<double[][]>of(te)));
        assertEquals(3, te[0][0], 0);
        assertEquals(4, te[0][1], 0);
        assertEquals(4, tr[0][1], 0);
        double[][] tr2 = {{1}, {2}, {10}, {Double.NaN}};
        double[][] te2 = {{Double.NaN}};
        new NanStrategy("median").apply(tr2, List.<double[][]>of(te2));
        assertEquals(2, te2[0][0], 0);
        assertEquals(2, tr2[3][0], 0);
        double[][] te3 = {{Double.NaN, 5}};
        assertEquals(1, new NanStrategy("zero").apply(new double[][] {{1, 1}},
                List.<double[][]>of(te3)));
        assertArrayEquals(new double[] {0, 5}, te3[0]);
        UserException e = assertThrows(UserException.class, () -> new NanStrategy("drop"));
        assertTrue(e.getMessage().contains("nan_strategy") && e.getMessage().contains("zero"));
    }
}
