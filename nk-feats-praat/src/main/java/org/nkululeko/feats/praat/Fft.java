package org.nkululeko.feats.praat;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Real-data FFT of power-of-two length, in the packed layout {@code [Re0, Re(N/2), Re1, Im1,
 * Re2, Im2, ...]} (forward sign {@code exp(-2 pi i k n / N)}).
 *
 * <p>A textbook iterative radix-2 complex transform of length N/2 plus the usual split step for
 * real input. Instances are immutable and may be shared between threads.
 */
final class Fft {

    private static final ConcurrentHashMap<Integer, Fft> CACHE = new ConcurrentHashMap<>();

    private final int n;
    private final int half;
    private final double[] cosHalf;
    private final double[] sinHalf;
    private final double[] cosFull;
    private final double[] sinFull;
    private final int[] bitReverse;

    private Fft(int n) {
        if (n < 4 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT length must be a power of two >= 4: " + n);
        }
        this.n = n;
        this.half = n / 2;
        cosHalf = new double[half / 2];
        sinHalf = new double[half / 2];
        for (int k = 0; k < half / 2; k++) {
            double a = 2 * Math.PI * k / half;
            cosHalf[k] = Math.cos(a);
            sinHalf[k] = Math.sin(a);
        }
        cosFull = new double[half];
        sinFull = new double[half];
        for (int k = 0; k < half; k++) {
            double a = 2 * Math.PI * k / n;
            cosFull[k] = Math.cos(a);
            sinFull[k] = Math.sin(a);
        }
        bitReverse = new int[half];
        int bits = Integer.numberOfTrailingZeros(half);
        for (int i = 0; i < half; i++) {
            bitReverse[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
        }
    }

    /**
     * @param n the transform length, a power of two of at least 4
     * @return a shared instance
     */
    static Fft of(int n) {
        return CACHE.computeIfAbsent(n, Fft::new);
    }

    /** @return the smallest power of two that is at least {@code m} (and at least 4) */
    static int powerOfTwoAtLeast(double m) {
        int n = 4;
        while (n < m) {
            n *= 2;
        }
        return n;
    }

    /** Forward transform of {@code a[0..n-1]} in place, result in the packed layout. */
    void realForward(double[] a) {
        complex(a, -1);
        // split: X[k] = E[k] + W^k O[k], with E, O from Z[k] and conj(Z[N/2-k])
        double z0r = a[0];
        double z0i = a[1];
        a[0] = z0r + z0i;
        a[1] = z0r - z0i;
        for (int k = 1; k <= half / 2; k++) {
            int j = half - k;
            double zkr = a[2 * k];
            double zki = a[2 * k + 1];
            double zjr = a[2 * j];
            double zji = a[2 * j + 1];
            double er = 0.5 * (zkr + zjr);
            double ei = 0.5 * (zki - zji);
            double or = 0.5 * (zki + zji);
            double oi = -0.5 * (zkr - zjr);
            double c = cosFull[k];
            double s = -sinFull[k];
            double tr = c * or - s * oi;
            double ti = c * oi + s * or;
            a[2 * k] = er + tr;
            a[2 * k + 1] = ei + ti;
            if (j != k) {
                // X[N/2-k] = conj(E[k]) - conj(W^k O[k]) (using W^(N/2-k) = -conj(W^k))
                a[2 * j] = er - tr;
                a[2 * j + 1] = -(ei - ti);
            }
        }
    }

    /** Inverse of {@link #realForward}, including the 1/n scaling. */
    void realInverse(double[] a) {
        double x0 = a[0];
        double xh = a[1];
        a[0] = 0.5 * (x0 + xh);
        a[1] = 0.5 * (x0 - xh);
        for (int k = 1; k <= half / 2; k++) {
            int j = half - k;
            double xkr = a[2 * k];
            double xki = a[2 * k + 1];
            double xjr = a[2 * j];
            double xji = -a[2 * j + 1];
            // E = (X[k] + conj(X[N/2-k]))/2, O = (X[k] - conj(X[N/2-k]))/2 * conj(W^k)
            double er = 0.5 * (xkr + xjr);
            double ei = 0.5 * (xki + xji);
            double dr = 0.5 * (xkr - xjr);
            double di = 0.5 * (xki - xji);
            double c = cosFull[k];
            double s = sinFull[k];
            double or = dr * c - di * s;
            double oi = dr * s + di * c;
            // Z[k] = E + i O ; Z[N/2-k] = conj(E) + i conj(O)
            a[2 * k] = er - oi;
            a[2 * k + 1] = ei + or;
            if (j != k) {
                a[2 * j] = er + oi;
                a[2 * j + 1] = -ei + or;
            }
        }
        complex(a, +1);
        double scale = 1.0 / half;
        for (int i = 0; i < n; i++) {
            a[i] *= scale;
        }
    }

    /** In-place complex FFT of length n/2 on interleaved data; sign -1 forward, +1 inverse. */
    private void complex(double[] a, int sign) {
        for (int i = 0; i < half; i++) {
            int j = bitReverse[i];
            if (j > i) {
                double tr = a[2 * i];
                double ti = a[2 * i + 1];
                a[2 * i] = a[2 * j];
                a[2 * i + 1] = a[2 * j + 1];
                a[2 * j] = tr;
                a[2 * j + 1] = ti;
            }
        }
        for (int len = 2; len <= half; len <<= 1) {
            int step = half / len;
            int h = len >> 1;
            for (int start = 0; start < half; start += len) {
                for (int m = 0; m < h; m++) {
                    double wr = cosHalf[m * step];
                    double wi = sign * sinHalf[m * step];
                    int p = 2 * (start + m);
                    int q = 2 * (start + m + h);
                    double xr = a[q] * wr - a[q + 1] * wi;
                    double xi = a[q] * wi + a[q + 1] * wr;
                    a[q] = a[p] - xr;
                    a[q + 1] = a[p + 1] - xi;
                    a[p] += xr;
                    a[p + 1] += xi;
                }
            }
        }
    }
}
