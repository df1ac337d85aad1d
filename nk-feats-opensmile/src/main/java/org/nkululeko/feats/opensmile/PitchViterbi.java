package org.nkululeko.feats.opensmile;

/**
 * Viterbi smoothing of the six SHS candidates plus an unvoiced state (egemaps.md §3.5.3), with
 * openSMILE's quirks: the delta weight equals the base weight (10), unvoiced-to-unvoiced costs 1,
 * one global lambda updated in (current, previous) loop order, and decisions made incrementally
 * with a 40-frame buffer. The number of frames decided before the final flush, {@code nEmit},
 * sets the frame range of the F0-based functionals (§3.12).
 */
final class PitchViterbi {

    private static final int STATES = PitchShs.SLOTS + 1;
    private static final int UNVOICED = PitchShs.SLOTS;
    private static final float THETA = 0.7f;
    private static final int BUFFER = 40;
    private static final double W_LOCAL = 2;
    private static final double W_THRESHOLD = 4;
    private static final double W_RANGE = 1;
    private static final double W_TRANSITION = 10;
    private static final double W_VOICING_CHANGE = 10;
    private static final double UNVOICED_STAY = 1.0;
    private static final double IMPOSSIBLE = 999;

    /** Decided F0 per frame (Hz, 0 = unvoiced) and nEmit. */
    record Path(float[] f0Hz, int emitted) {
    }

    private PitchViterbi() {
    }

    /**
     * @param freqs [frame][slot] candidate frequencies in Hz
     * @param voicing [frame][slot] candidate voicing probabilities
     * @return the decided path
     */
    static Path decode(float[][] freqs, float[][] voicing) {
        int frames = freqs.length;
        int[][] back = new int[frames][STATES];
        int[] decided = new int[frames];
        double[] cost = new double[STATES];
        double[] next = new double[STATES];
        double lambda = 1.0;
        int conv = -1;
        for (int t = 0; t < frames; t++) {
            double[] local = localCosts(freqs[t], voicing[t]);
            if (t == 0) {
                System.arraycopy(local, 0, cost, 0, STATES);
            } else {
                for (int i = 0; i < STATES; i++) {
                    double best = Double.POSITIVE_INFINITY;
                    int arg = 0;
                    for (int j = 0; j < STATES; j++) {
                        double tr;
                        boolean vi = i != UNVOICED;
                        boolean vj = j != UNVOICED;
                        if (vi && vj) {
                            float fi = freqs[t][i];
                            float fj = freqs[t - 1][j];
                            if (fi == 0f || fj == 0f) {
                                tr = IMPOSSIBLE;
                            } else {
                                double r = Math.log(fi / fj);
                                tr = W_TRANSITION * Math.abs(r)
                                        + W_TRANSITION * Math.abs(r - lambda);
                                lambda = r;
                            }
                        } else if (vi || vj) {
                            tr = W_VOICING_CHANGE;
                            lambda = 0;
                        } else {
                            tr = UNVOICED_STAY;
                        }
                        double c = cost[j] + tr;
                        if (c < best) {
                            best = c;
                            arg = j;
                        }
                    }
                    next[i] = best + local[i];
                    back[t][i] = arg;
                }
                System.arraycopy(next, 0, cost, 0, STATES);
            }
            conv = decide(back, cost, t, conv, decided);
        }
        int emitted = conv + 1;
        if (frames > 0 && conv < frames - 1) {
            int state = argmin(cost);
            for (int t = frames - 1; t > conv; t--) {
                decided[t] = state;
                state = back[t][state];
            }
        }
        float[] f0 = new float[frames];
        for (int t = 0; t < frames; t++) {
            f0[t] = decided[t] == UNVOICED ? 0f : freqs[t][decided[t]];
        }
        return new Path(f0, emitted);
    }

    private static int decide(int[][] back, double[] cost, int t, int conv, int[] decided) {
        if ((t + 1) - conv > BUFFER) {
            int state = argmin(cost);
            for (int u = t; u > conv + 1; u--) {
                state = back[u][state];
            }
            decided[conv + 1] = state;
            return conv + 1;
        }
        int[] states = new int[STATES];
        for (int s = 0; s < STATES; s++) {
            states[s] = s;
        }
        // Trace all survivors back to frame conv+1, remembering their states at each frame.
        int span = t - conv;
        int[][] at = new int[span][STATES];
        for (int u = t; u > conv; u--) {
            for (int s = 0; s < STATES; s++) {
                at[u - conv - 1][s] = states[s];
                if (u > 0) {
                    states[s] = back[u][states[s]];
                }
            }
        }
        int c = conv;
        for (int n = conv + 1; n <= t; n++) {
            int[] row = at[n - conv - 1];
            boolean same = true;
            for (int s = 1; s < STATES; s++) {
                if (row[s] != row[0]) {
                    same = false;
                    break;
                }
            }
            if (!same) {
                break;
            }
            decided[n] = row[0];
            c = n;
        }
        return c;
    }

    private static int argmin(double[] cost) {
        int arg = 0;
        for (int s = 1; s < cost.length; s++) {
            if (cost[s] < cost[arg]) {
                arg = s;
            }
        }
        return arg;
    }

    private static double[] localCosts(float[] f, float[] v) {
        double[] local = new double[STATES];
        boolean anyVoiced = false;
        for (int s = 0; s < PitchShs.SLOTS; s++) {
            float p = Math.min(Math.max(v[s], 0.01f), 1.0f);
            double c = -Math.log(p) + (p < THETA ? W_THRESHOLD : 0);
            local[s] = W_LOCAL * c + W_RANGE * rangeCost(f[s]);
            if (v[s] >= THETA) {
                anyVoiced = true;
            }
        }
        local[UNVOICED] = anyVoiced ? W_LOCAL * W_THRESHOLD : 0;
        return local;
    }

    private static double rangeCost(double f) {
        if (f <= 0) {
            return 2.0;
        }
        if (f < 100) {
            return 1 - f / 100;
        }
        if (f < 350) {
            return 0;
        }
        if (f < 600) {
            return (f - 350) / 250;
        }
        return 1.2;
    }
}
