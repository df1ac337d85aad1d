package org.nkululeko.feats.opensmile;

/**
 * Three-frame moving average of openSMILE (egemaps.md §3.11): {@code sma3} with edge values
 * replicated, and {@code sma3nz}, which keeps zero centres at 0 and ignores zero neighbours
 * (the sentinel -201 counts as a value).
 */
final class Smoothing {

    private Smoothing() {
    }

    /**
     * @param x the series
     * @param n use x[0..n-1] only; the right edge is replicated at n-1
     * @return the sma3 series of length n
     */
    static float[] sma3(float[] x, int n) {
        float[] y = new float[n];
        for (int t = 0; t < n; t++) {
            float left = t > 0 ? x[t - 1] : x[0];
            float right = t < n - 1 ? x[t + 1] : x[n - 1];
            y[t] = (left + x[t] + right) / 3f;
        }
        return y;
    }

    /**
     * @param x the series
     * @param n use x[0..n-1] only; the right edge is replicated at n-1
     * @return the sma3nz series of length n
     */
    static float[] sma3nz(float[] x, int n) {
        float[] y = new float[n];
        for (int t = 0; t < n; t++) {
            y[t] = nz(t > 0 ? x[t - 1] : x[0], x[t], t < n - 1 ? x[t + 1] : x[n - 1]);
        }
        return y;
    }

    /** sma3nz of one centre with its two neighbours. */
    static float nz(float left, float centre, float right) {
        if (centre == 0f) {
            return 0f;
        }
        float sum = centre;
        int count = 1;
        if (left != 0f) {
            sum += left;
            count++;
        }
        if (right != 0f) {
            sum += right;
            count++;
        }
        return sum / count;
    }

    /**
     * The smoothed F-set as the LLD output shows it (§3.12): L60 + 1 frames, with openSMILE's
     * end-of-input artefacts around {@code c = nEmit - 1}.
     *
     * @param x unsmoothed values, L60 frames
     * @param c the last frame decided before the final flush, -1 if none
     * @return L60 + 1 values (empty for no frames)
     */
    static float[] lldTail(float[] x, int c) {
        int l60 = x.length;
        if (l60 == 0) {
            return new float[0];
        }
        float[] y = new float[l60 + 1];
        float[] normal = sma3nz(x, l60);
        System.arraycopy(normal, 0, y, 0, l60);
        if (c >= 0 && c < l60 - 1) {
            y[c] = nz(c > 0 ? x[c - 1] : x[c], x[c], x[c]);
            y[c + 1] = x[c];
        }
        y[l60] = x[l60 - 1];
        return y;
    }
}
