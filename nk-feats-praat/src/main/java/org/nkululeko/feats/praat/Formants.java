package org.nkululeko.feats.praat;

/**
 * {@code To Formant (burg)} (praat.md A.4): resampling to twice the ceiling, pre-emphasis,
 * Gaussian-like windows, Burg LPC, polynomial roots, and {@code Get value at time}.
 */
final class Formants {

    final int nFrames;
    final double t1;
    final double dt;
    final double xmin;
    final double xmax;
    /** Formant frequencies in Hz per frame, ascending: {@code freq[frame][0..count-1]}. */
    final double[][] freq;
    final int[] count;

    private Formants(int nFrames, double t1, double dt, double xmin, double xmax,
            double[][] freq, int[] count) {
        this.nFrames = nFrames;
        this.t1 = t1;
        this.dt = dt;
        this.xmin = xmin;
        this.xmax = xmax;
        this.freq = freq;
        this.count = count;
    }

    /**
     * @param sound the sound
     * @param timeStep frame step in s (0.0025)
     * @param maxFormants number of formants (5, i.e. 10 poles)
     * @param ceilingHz formant ceiling in Hz (5000)
     * @param windowSeconds effective window length in s (0.025)
     * @param preEmphasisHz pre-emphasis from this frequency (50)
     * @return the formant tracks; without frames if the sound is too short
     */
    static Formants analyse(Sound sound, double timeStep, double maxFormants, double ceilingHz,
            double windowSeconds, double preEmphasisHz) {
        Sound s = resample(sound, 2 * ceilingHz);
        int poles = (int) Math.floor(2 * maxFormants + 0.5);
        double dx = s.dx;
        double physical = 2 * windowSeconds;
        int nw = (int) Math.floor(physical / dx);
        int half = nw / 2;
        double duration = s.duration(); // nx' dx' of the resampled sound
        if (physical > duration || nw <= poles) {
            return new Formants(0, 0, timeStep, sound.xmin, sound.xmax, new double[1][0],
                    new int[1]);
        }
        int nFrames = 1 + (int) Math.floor((duration - physical) / timeStep);
        double t1 = s.x1 + 0.5 * (duration - dx - (nFrames - 1) * timeStep);

        // pre-emphasis, from the end backwards
        double[] y = s.y;
        double alpha = Math.exp(-2 * Math.PI * preEmphasisHz * dx);
        for (int i = s.nx; i >= 2; i--) {
            y[i] -= alpha * y[i - 1];
        }
        double[] window = new double[nw + 1];
        double e12 = Math.exp(-12);
        double mid = 0.5 * (nw + 1);
        double denom = (nw + 1.0) * (nw + 1.0);
        for (int i = 1; i <= nw; i++) {
            double d = i - mid;
            window[i] = (Math.exp(-48 * d * d / denom) - e12) / (1 - e12);
        }
        double[][] freq = new double[nFrames + 1][];
        int[] count = new int[nFrames + 1];
        double[] frame = new double[nw + 2];
        Burg burg = new Burg(nw + 2, poles);
        double[] re = new double[poles];
        double[] im = new double[poles];
        double nyquist = 0.5 / dx;
        double[] found = new double[poles];
        boolean haveRoots = false;
        for (int f = 1; f <= nFrames; f++) {
            double t = t1 + (f - 1) * timeStep;
            int low = s.lowIndex(t);
            int first = Math.max(1, low + 1 - half);
            int last = Math.min(s.nx, low + half);
            int n = last - first + 1;
            double maxSq = 0;
            for (int i = 0; i < n; i++) {
                double v = y[first + i];
                maxSq = Math.max(maxSq, v * v);
                frame[i + 1] = v * window[i + 1];
            }
            freq[f] = new double[0];
            if (maxSq == 0 || n <= poles) {
                haveRoots = false;
                continue;
            }
            double[] a = burg.coefficients(frame, n);
            boolean ok = haveRoots ? Roots.predictorRootsFrom(a, poles, re, im)
                    : Roots.predictorRoots(a, poles, re, im);
            haveRoots = ok;
            if (!ok) {
                continue;
            }
            int k = 0;
            for (int i = 0; i < poles; i++) {
                double zr = re[i];
                double zi = im[i];
                double mod2 = zr * zr + zi * zi;
                if (mod2 > 1) {
                    zr /= mod2;
                    zi /= mod2;
                }
                if (zi < 0) {
                    continue;
                }
                double hz = Math.abs(Math.atan2(zi, zr)) * nyquist / Math.PI;
                if (hz >= 50 && hz <= nyquist - 50) {
                    found[k++] = hz;
                }
            }
            double[] fr = java.util.Arrays.copyOf(found, k);
            java.util.Arrays.sort(fr);
            freq[f] = fr;
            count[f] = k;
        }
        return new Formants(nFrames, t1, timeStep, sound.xmin, sound.xmax, freq, count);
    }

    /** "Get value at time: k, t, Hertz, Linear" (A.4.4); NaN where undefined. */
    double valueAt(int k, double t) {
        if (t < xmin || t > xmax || nFrames == 0) {
            return Double.NaN;
        }
        double q = (t - t1) / dt + 1;
        int lo = (int) Math.floor(q);
        double phi = q - lo;
        int near;
        int far;
        if (phi < 0.5) {
            near = lo;
            far = lo + 1;
        } else {
            near = lo + 1;
            far = lo;
            phi = 1 - phi;
        }
        if (near < 1 || near > nFrames || count[near] < k) {
            return Double.NaN;
        }
        double fn = freq[near][k - 1];
        if (far < 1 || far > nFrames || count[far] < k) {
            return fn;
        }
        return fn + phi * (freq[far][k - 1] - fn);
    }

    /** Burg's method (Burg 1967; the classic recursion as in Numerical Recipes' memcof). */
    private static final class Burg {
        private final double[] b1;
        private final double[] b2;
        private final double[] a;
        private final double[] aPrev;
        private final int m;

        Burg(int capacity, int m) {
            this.m = m;
            b1 = new double[capacity];
            b2 = new double[capacity];
            a = new double[m + 1];
            aPrev = new double[m + 1];
        }

        /**
         * @return a[1..m] with x[n] ~ sum a_j x[n-j]. The error update of one stage and the
         *     sums of the next run in one pass (same order of operations as two passes).
         */
        double[] coefficients(double[] x, int n) {
            java.util.Arrays.fill(a, 0);
            double num = 0;
            double den = 0;
            for (int j = 1; j <= n - 1; j++) {
                double u = x[j];
                double v = x[j + 1];
                b1[j] = u;
                b2[j] = v;
                num += u * v;
                den += u * u + v * v;
            }
            for (int i = 1; i <= m; i++) {
                if (den <= 0) {
                    break;
                }
                double ai = 2 * num / den;
                a[i] = ai;
                for (int j = 1; j < i; j++) {
                    a[j] = aPrev[j] - ai * aPrev[i - j];
                }
                if (i == m) {
                    break;
                }
                System.arraycopy(a, 1, aPrev, 1, i);
                num = 0;
                den = 0;
                for (int j = 1; j <= n - i - 1; j++) {
                    double u = b1[j] - ai * b2[j];
                    double v = b2[j + 1] - ai * b1[j + 1];
                    b1[j] = u;
                    b2[j] = v;
                    num += u * v;
                    den += u * u + v * v;
                }
            }
            return a;
        }
    }

    /**
     * Sound: Resample (A.4.1) to {@code rateHz} with precision 50: an FFT low-pass when
     * downsampling, then windowed-sinc interpolation.
     */
    static Sound resample(Sound sound, double rateHz) {
        double fs = 1 / sound.dx;
        double u = rateHz * sound.dx;
        if (Math.abs(rateHz - fs) <= 1e-12 * fs) {
            return copy(sound);
        }
        double[] src = sound.y;
        int nx = sound.nx;
        if (u < 1) {
            int nfft = Fft.powerOfTwoAtLeast(nx + 2000);
            double[] buf = new double[nfft];
            System.arraycopy(sound.y, 1, buf, 1000, nx);
            Fft fft = Fft.of(nfft);
            fft.realForward(buf);
            int i0 = (int) Math.floor(u * nfft);
            for (int j = Math.max(i0 - 1, 2); j < nfft; j++) {
                buf[j] = 0;
            }
            buf[1] = 0;
            fft.realInverse(buf);
            src = new double[nx + 2];
            System.arraycopy(buf, 1000, src, 1, nx);
        }
        double duration = sound.xmax - sound.xmin;
        int n = (int) Math.floor(duration * rateHz + 0.5);
        double dx = 1 / rateHz;
        double x1 = 0.5 * (sound.xmin + sound.xmax - (n - 1) * dx);
        double[] y = new double[n + 2];
        int period = phasePeriod(sound.dx / dx);
        Interp.SincWeights[] cache = period > 0 ? new Interp.SincWeights[period] : null;
        for (int i = 1; i <= n; i++) {
            double t = x1 + (i - 1) * dx;
            double x = (t - sound.x1) / sound.dx + 1;
            int l = (int) Math.floor(x);
            if (cache == null || l - 50 < 1 || l + 51 > nx || x == l) {
                y[i] = Interp.sinc(src, nx, x, 50);
                continue;
            }
            // away from the edges the weights repeat with the phase (rate ratio p/q)
            Interp.SincWeights w = cache[(i - 1) % period];
            if (w == null) {
                w = new Interp.SincWeights(x - l, 50);
                cache[(i - 1) % period] = w;
            }
            y[i] = w.apply(src, l);
        }
        return new Sound(y, n, sound.xmin, sound.xmax, x1, dx);
    }

    /**
     * @param step old samples per new sample
     * @return the smallest P &lt;= 2000 for which P steps are a whole number of old samples, or 0
     */
    private static int phasePeriod(double step) {
        for (int p = 1; p <= 2000; p++) {
            double q = p / step;
            if (Math.abs(q - Math.rint(q)) < 1e-9 * q) {
                return p;
            }
        }
        return 0;
    }

    private static Sound copy(Sound s) {
        return new Sound(s.y.clone(), s.nx, s.xmin, s.xmax, s.x1, s.dx);
    }
}
