package org.nkululeko.feats.praat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The building blocks against independent computations. */
class AlgorithmsTest {

    @Test
    void realFftMatchesADirectDft() {
        int n = 64;
        Random rnd = new Random(1);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextGaussian();
        }
        double[] a = x.clone();
        Fft.of(n).realForward(a);
        for (int k = 0; k <= n / 2; k++) {
            double re = 0;
            double im = 0;
            for (int t = 0; t < n; t++) {
                re += x[t] * Math.cos(2 * Math.PI * k * t / n);
                im -= x[t] * Math.sin(2 * Math.PI * k * t / n);
            }
            double gotRe = k == 0 ? a[0] : k == n / 2 ? a[1] : a[2 * k];
            double gotIm = k == 0 || k == n / 2 ? 0 : a[2 * k + 1];
            assertEquals(re, gotRe, 1e-12, "Re " + k);
            assertEquals(im, gotIm, 1e-12, "Im " + k);
        }
        Fft.of(n).realInverse(a);
        for (int i = 0; i < n; i++) {
            assertEquals(x[i], a[i], 1e-13);
        }
    }

    @Test
    void sincInterpolationReproducesABandLimitedSignal() {
        int n = 400;
        double[] y = new double[n + 2];
        for (int i = 1; i <= n; i++) {
            y[i] = Math.sin(0.3 * i) + 0.5 * Math.cos(0.11 * i);
        }
        double x = 200.37;
        double exact = Math.sin(0.3 * x) + 0.5 * Math.cos(0.11 * x);
        assertEquals(exact, Interp.sinc(y, n, x, 70), 1e-4);
        assertEquals(y[123], Interp.sinc(y, n, 123, 70), 0);
        assertEquals(y[1], Interp.sinc(y, n, 0.2, 70), 0);
        double[] out = new double[2];
        // a maximum of the sampled cosine near 2 pi / 0.3 * 3 = 62.83
        double[] c = new double[n + 2];
        for (int i = 1; i <= n; i++) {
            c[i] = Math.cos(0.3 * (i - 62.83));
        }
        Interp.improveMax(c, n, 63, Interp.SINC70, out);
        assertEquals(62.83, out[0], 1e-3);
        assertEquals(1, out[1], 1e-3);
    }

    @Test
    void polynomialRootsArePolishedToMachinePrecision() {
        // z^4 - a1 z^3 - ... with roots 0.9 e^{+-0.5i}, 0.5 e^{+-2i}
        double[][] r = {{0.9, 0.5}, {0.5, 2.0}};
        double[] pr = {1, 0, 0, 0, 0};
        double[] pi = new double[5];
        int deg = 0;
        for (double[] root : r) {
            for (int s = -1; s <= 1; s += 2) {
                double re = root[0] * Math.cos(root[1]);
                double im = s * root[0] * Math.sin(root[1]);
                for (int j = deg + 1; j >= 1; j--) {
                    double nr = pr[j] - (re * pr[j - 1] - im * pi[j - 1]);
                    double ni = pi[j] - (re * pi[j - 1] + im * pr[j - 1]);
                    pr[j] = nr;
                    pi[j] = ni;
                }
                deg++;
            }
        }
        double[] a = new double[5];
        for (int j = 1; j <= 4; j++) {
            a[j] = -pr[j];
        }
        double[] re = new double[4];
        double[] im = new double[4];
        assertTrue(Roots.predictorRoots(a, 4, re, im));
        int found = 0;
        for (int i = 0; i < 4; i++) {
            double mod = Math.hypot(re[i], im[i]);
            double ang = Math.abs(Math.atan2(im[i], re[i]));
            if (Math.abs(mod - 0.9) < 1e-13 && Math.abs(ang - 0.5) < 1e-13
                    || Math.abs(mod - 0.5) < 1e-13 && Math.abs(ang - 2.0) < 1e-13) {
                found++;
            }
        }
        assertEquals(4, found);
    }

    @Test
    void jitterOfAnAlternatingPulseTrain() {
        // periods alternate 10 ms and 10.2 ms: |P_k - P_k+1| = 0.2 ms throughout
        double[] t = new double[41];
        for (int i = 1; i < t.length; i++) {
            t[i] = t[i - 1] + (i % 2 == 1 ? 0.010 : 0.0102);
        }
        double[] j = VoiceMeasures.jitter(t);
        assertEquals(0.0002, j[1], 1e-12, "local, absolute");
        assertEquals(0.0002 / 0.0101, j[0], 1e-9, "local");
        // rap: |P_k+1 - mean of 3| = 0.2 ms * 2/3, ddp = 3 rap
        assertEquals(0.0002 * 2 / 3 / 0.0101, j[2], 1e-9, "rap");
        assertEquals(3 * j[2], j[4], 1e-15, "ddp");
    }

    @Test
    void jitterIgnoresPeriodsOutsideTheRange() {
        double[] t = {0, 0.01, 0.02, 0.5, 0.51, 0.52};
        double[] j = VoiceMeasures.jitter(t);
        // the 0.48-s gap is no period: pairs (10 ms, 10 ms) twice, M = 5 - 2 rejected = 3
        assertEquals(0, j[1], 1e-15);
        assertTrue(Double.isNaN(VoiceMeasures.jitter(new double[] {0, 0.01})[1]));
    }

    @Test
    void kolmogorovSmirnovExactCdfMatchesKnownValues() {
        // n = 1: P(D < d) = 2d - 1 for d in [1/2, 1]
        assertEquals(0.5, PauseStatistics.ksCdf(1, 0.75), 1e-12);
        // n = 2: P(D < d) = 2 (2d - 1/2)^2 - ... check against the closed form for d in [1/2, 1]
        // (Birnbaum 1952): for n = 2, P(D < d) = 1 - 2 (1 - d)^2 when 1/2 <= d <= 1
        assertEquals(1 - 2 * 0.3 * 0.3, PauseStatistics.ksCdf(2, 0.7), 1e-12);
        // large-n limit: Kolmogorov distribution at sqrt(n) D = 1.36 is about 0.95
        assertEquals(0.95, PauseStatistics.ksCdf(400, 1.36 / 20), 0.01);
    }

    @Test
    void pauseStatisticsNeedThreePauses() {
        assertTrue(Double.isNaN(PauseStatistics.compute(new double[] {0.4, 0.5})[0]));
        double[] s = PauseStatistics.compute(new double[] {0.4, 0.5, 0.8});
        double mu = (Math.log(0.4) + Math.log(0.5) + Math.log(0.8)) / 3;
        assertEquals(mu, s[0], 1e-15);
        assertEquals((0.4 + 0.5 + 0.8) / 3, s[3], 1e-15);
        assertTrue(s[2] > 0 && s[2] <= 1, "p-value " + s[2]);
    }
}
