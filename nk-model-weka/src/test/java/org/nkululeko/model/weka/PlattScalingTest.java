package org.nkululeko.model.weka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTest {

    @Test
    void couplingRecoversConsistentPairwiseProbabilities() {
        double[] p = {0.5, 0.3, 0.15, 0.05};
        double[][] r = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                r[i][j] = i == j ? 0 : p[i] / (p[i] + p[j]);
            }
        }
        assertArrayEquals(p, PlattScaling.couple(r), 1e-12);
    }

    @Test
    void couplingOfTwoClassesIsThePairwiseProbability() {
        double[][] r = {{0, 0.8}, {0.2, 0}};
        assertArrayEquals(new double[] {0.8, 0.2}, PlattScaling.couple(r), 1e-12);
    }

    @Test
    void sigmoidFitsALogisticRelation() {
        // decision values f, positives drawn with P = 1 / (1 + exp(-2 f + 0.5))
        Random random = new Random(7);
        int n = 4000;
        double[] f = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            f[i] = random.nextGaussian() * 1.5;
            positive[i] = random.nextDouble() < 1 / (1 + Math.exp(-2 * f[i] + 0.5));
        }
        double[] ab = PlattScaling.fitSigmoid(f, positive);
        assertEquals(-2.0, ab[0], 0.15);
        assertEquals(0.5, ab[1], 0.15);
        double p = PlattScaling.probability(1.0, ab);
        assertTrue(p > 0.75 && p < 0.85, "P(+|f=1) = " + p);
    }

    @Test
    void probabilitiesStayInsideLibsvmsBounds() {
        double[] ab = {-100, 0};
        assertEquals(1 - 1e-7, PlattScaling.probability(10, ab), 1e-15);
        assertEquals(1e-7, PlattScaling.probability(-10, ab), 1e-15);
    }
}
