package org.nkululeko.feats.praat;

/**
 * Praat's periodicity analysis after Boersma (1993), as described in praat.md A.1 (To Pitch
 * (ac)) and A.3 (the forward cross-correlation variant behind To Harmonicity (cc)).
 *
 * @param crossCorrelation false: windowed autocorrelation (AC, Hanning window); true: forward
 *     cross-correlation, "accurate" (FCC)
 * @param timeStep frame step in s, 0 = automatic (periodsPerWindow / floor / 4)
 * @param floorHz pitch floor in Hz, positive
 * @param ceilingHz pitch ceiling in Hz (clipped to the Nyquist frequency)
 * @param maxCandidates candidates per frame, including the unvoiced one
 * @param periodsPerWindow window length in periods of the floor
 * @param silenceThreshold S, as a fraction of the global peak
 * @param voicingThreshold V
 * @param octaveCost per octave, favours high candidates
 * @param octaveJumpCost per octave of F0 change between frames (for a 0.01-s step)
 * @param voicedUnvoicedCost per voicing transition (for a 0.01-s step)
 */
record PitchAnalysis(boolean crossCorrelation, double timeStep, double floorHz, double ceilingHz,
        int maxCandidates, double periodsPerWindow, double silenceThreshold,
        double voicingThreshold, double octaveCost, double octaveJumpCost,
        double voicedUnvoicedCost) {

    /** {@code To Pitch: 0, 75, 300} with Praat's standard settings (praat.md §3, P). */
    static PitchAnalysis standard(double floorHz, double ceilingHz) {
        return new PitchAnalysis(false, 0, floorHz, ceilingHz, 15, 3, 0.03, 0.45, 0.01, 0.35,
                0.14);
    }

    /** The analysis behind {@code To Harmonicity (cc): step, floor, silence, periods} (A.3). */
    static PitchAnalysis harmonicity(double timeStep, double floorHz, double silenceThreshold,
            double periodsPerWindow, double sampleRateHz) {
        return new PitchAnalysis(true, timeStep, floorHz, 0.5 * sampleRateHz, 15,
                periodsPerWindow, silenceThreshold, 0, 0, 0, 0);
    }

    /**
     * Runs the analysis.
     *
     * @param sound the sound
     * @return the contour; without frames if the sound is shorter than one window
     */
    Pitch analyse(Sound sound) {
        Sizes z = new Sizes(sound);
        if (z.nFrames < 1) {
            return Pitch.empty(sound.xmin, sound.xmax);
        }
        double[] y = sound.y;
        int nx = sound.nx;
        double mean = 0;
        for (int i = 1; i <= nx; i++) {
            mean += y[i];
        }
        mean /= nx;
        double globalPeak = 0;
        for (int i = 1; i <= nx; i++) {
            globalPeak = Math.max(globalPeak, Math.abs(y[i] - mean));
        }
        Frame[] frames = new Frame[z.nFrames + 1];
        if (globalPeak == 0) {
            for (int f = 1; f <= z.nFrames; f++) {
                frames[f] = new Frame(1);
            }
        } else {
            FrameWorker worker = new FrameWorker(sound, z, globalPeak);
            for (int f = 1; f <= z.nFrames; f++) {
                frames[f] = worker.frame(z.t1 + (f - 1) * z.dt);
            }
        }
        return pathFinder(frames, z, sound);
    }

    /** Derived sizes of A.1.1 (AC) and A.3 (FCC). */
    private final class Sizes {
        final double fs;
        final double ceiling;
        final int k;
        final double dt;
        final int periodSamples;
        final int halfPeriod;
        final int halfWindow;
        final int windowSamples;
        final int maxLag;
        final int interpRange;
        final int nFrames;
        final double t1;

        Sizes(Sound s) {
            fs = 1 / s.dx;
            ceiling = Math.min(ceilingHz, 0.5 * fs);
            int kk = maxCandidates;
            if (kk < ceiling / floorHz) {
                kk = (int) Math.floor(ceiling / floorHz);
            }
            k = kk;
            double p = periodsPerWindow;
            dt = timeStep > 0 ? timeStep : p / floorHz / 4;
            periodSamples = (int) Math.floor(1 / s.dx / floorHz);
            halfPeriod = periodSamples / 2 + 1;
            double windowSeconds = p / floorHz;
            halfWindow = (int) Math.floor(Math.floor(windowSeconds / s.dx) / 2) - 1;
            windowSamples = 2 * halfWindow;
            maxLag = Math.min((int) Math.floor(windowSamples / p) + 2, windowSamples);
            interpRange = (int) Math.floor((crossCorrelation ? 1.0 : 0.5) * windowSamples);
            double w = crossCorrelation ? 1 / floorHz + p / floorHz : p / floorHz;
            double d = s.duration();
            if (w > d || halfWindow < 1) {
                nFrames = 0;
                t1 = 0;
            } else {
                nFrames = (int) Math.floor((d - w) / dt) + 1;
                t1 = (s.x1 - 0.5 * s.dx + 0.5 * d) - 0.5 * nFrames * dt + 0.5 * dt;
            }
        }
    }

    /** Candidates of one frame; index 0 is the unvoiced candidate. */
    private static final class Frame {
        final double[] freq;
        final double[] strength;
        int count;
        double intensity;

        Frame(int capacity) {
            freq = new double[capacity];
            strength = new double[capacity];
            count = 1;
        }
    }

    /** Per-frame work buffers: one per analysis (not thread-shared). */
    private final class FrameWorker {
        private final Sound sound;
        private final Sizes z;
        private final double globalPeak;
        private final double[] window;
        private final double[] windowAc;
        private final org.jtransforms.fft.DoubleFFT_1D fft;
        private final double[] buf;
        private final double[] ccU;
        private final double[] ccV;
        private final double[] r;
        private final int rLength;
        private final int[] lags;
        private final double[] out = new double[2];

        FrameWorker(Sound sound, Sizes z, double globalPeak) {
            this.sound = sound;
            this.z = z;
            this.globalPeak = globalPeak;
            int nw = z.windowSamples;
            rLength = 2 * z.interpRange + 1;
            r = new double[rLength + 1];
            lags = new int[z.k];
            if (crossCorrelation) {
                window = null;
                windowAc = null;
                int nfft = Fft.powerOfTwoAtLeast(nw + z.maxLag + 1);
                fft = new org.jtransforms.fft.DoubleFFT_1D(nfft);
                ccU = new double[nfft];
                ccV = new double[nfft];
                buf = new double[nw + z.maxLag + 1];
            } else {
                ccU = null;
                ccV = null;
                window = new double[nw + 1];
                for (int j = 1; j <= nw; j++) {
                    window[j] = 0.5 - 0.5 * Math.cos(2 * Math.PI * j / (nw + 1));
                }
                windowAc = WINDOW_AC.computeIfAbsent(((long) nw << 32) | z.interpRange,
                        key -> windowAutocorrelation(window, nw, z.interpRange));
                int nfft = Fft.powerOfTwoAtLeast(1.5 * nw);
                // one instance per analysis: JTransforms stays single-threaded below 8192 points
                fft = new org.jtransforms.fft.DoubleFFT_1D(nfft);
                buf = new double[nfft];
            }
        }

        Frame frame(double t) {
            double[] y = sound.y;
            int nx = sound.nx;
            int low = sound.lowIndex(t);
            int right = low + 1;
            int np = z.periodSamples;
            double mean = 0;
            for (int i = Math.max(1, right - np), last = Math.min(nx, low + np); i <= last; i++) {
                mean += y[i];
            }
            mean /= 2 * np;
            int hw = z.halfWindow;
            int nw = z.windowSamples;
            int peakFirst = Math.max(1, hw + 1 - z.halfPeriod);
            int peakLast = Math.min(nw, hw + z.halfPeriod);
            double localPeak = 0;
            int offset = right - hw - 1;
            for (int j = peakFirst; j <= peakLast; j++) {
                double v = sample(y, nx, offset + j) - mean;
                if (!crossCorrelation) {
                    v *= window[j];
                }
                localPeak = Math.max(localPeak, Math.abs(v));
            }
            Frame frame = new Frame(z.k);
            frame.intensity = Math.min(1, localPeak / globalPeak);
            if (localPeak == 0) {
                return frame;
            }
            if (crossCorrelation) {
                crossCorrelate(t, mean);
            } else {
                autocorrelate(offset, mean);
            }
            findCandidates(frame);
            return frame;
        }

        private double sample(double[] y, int nx, int i) {
            return i >= 1 && i <= nx ? y[i] : 0;
        }

        /** A.1.2 step 5: r(tau) = a(tau) / (a(0) r_w(tau)), tau = 0..Lr. */
        private void autocorrelate(int offset, double mean) {
            double[] y = sound.y;
            int nx = sound.nx;
            int nw = z.windowSamples;
            java.util.Arrays.fill(buf, 0);
            for (int j = 1; j <= nw; j++) {
                buf[j - 1] = (sample(y, nx, offset + j) - mean) * window[j];
            }
            fft.realForward(buf);
            buf[0] *= buf[0];
            buf[1] *= buf[1];
            for (int i = 2; i < buf.length; i += 2) {
                buf[i] = buf[i] * buf[i] + buf[i + 1] * buf[i + 1];
                buf[i + 1] = 0;
            }
            fft.realInverse(buf, true);
            int lr = z.interpRange;
            double a0 = buf[0];
            r[lr + 1] = 1;
            for (int tau = 1; tau <= lr; tau++) {
                double v = buf[tau] / (a0 * windowAc[tau]);
                r[lr + 1 + tau] = v;
                r[lr + 1 - tau] = v;
            }
        }

        /**
         * A.3 step 2: forward cross-correlation; lags above the limit keep stale values. The
         * numerators come from one FFT correlation (equal to the direct sums up to rounding),
         * the lagged energies from the running update.
         */
        private void crossCorrelate(double t, double mean) {
            double[] y = sound.y;
            int nx = sound.nx;
            int nw = z.windowSamples;
            double w = 1 / floorHz + periodsPerWindow / floorHz;
            int start = Math.max(1, sound.lowIndex(t - 0.5 * w));
            int span = Math.min(z.maxLag + nw, nx + 1 - start);
            int lagLimit = span - nw;
            for (int j = 1; j <= span; j++) {
                buf[j] = y[start - 1 + j] - mean;
            }
            double ex = 0;
            for (int j = 1; j <= nw; j++) {
                ex += buf[j] * buf[j];
            }
            if (lagLimit >= 1) {
                // c(tau) = sum_j u[j] v[j + tau]: conj(U) V, no wrap-around for tau <= lagLimit
                java.util.Arrays.fill(ccU, 0);
                java.util.Arrays.fill(ccV, 0);
                System.arraycopy(buf, 1, ccU, 0, nw);
                System.arraycopy(buf, 1, ccV, 0, span);
                fft.realForward(ccU);
                fft.realForward(ccV);
                ccV[0] *= ccU[0];
                ccV[1] *= ccU[1];
                for (int i = 2; i < ccV.length; i += 2) {
                    double ur = ccU[i];
                    double ui = ccU[i + 1];
                    double vr = ccV[i];
                    double vi = ccV[i + 1];
                    ccV[i] = ur * vr + ui * vi;
                    ccV[i + 1] = ur * vi - ui * vr;
                }
                fft.realInverse(ccV, true);
            }
            double ey = ex;
            int lr = z.interpRange;
            r[lr + 1] = 1;
            for (int tau = 1; tau <= lagLimit; tau++) {
                double sum = ccV[tau];
                double add = buf[nw + tau];
                double remove = buf[tau];
                ey += add * add - remove * remove;
                double denom = ex * ey;
                double v = denom > 0 ? sum / Math.sqrt(denom) : 0;
                r[lr + 1 + tau] = v;
                r[lr + 1 - tau] = v;
            }
        }

        /** A.1.2 steps 6-8: maxima of r, slot selection, refinement. */
        private void findCandidates(Frame frame) {
            int lr = z.interpRange;
            double fs = z.fs;
            double halfV = 0.5 * voicingThreshold;
            int n = rLength;
            for (int tau = 2; tau < z.maxLag && tau < lr; tau++) {
                double rc = r[lr + 1 + tau];
                double rl = r[lr + tau];
                double rr = r[lr + 2 + tau];
                if (!(rc > halfV && rc > rl && rc >= rr)) {
                    continue;
                }
                double dr = 0.5 * (rr - rl);
                double d2r = 2 * rc - rl - rr;
                double lagStar = tau + dr / d2r;
                double freq = fs / lagStar;
                double strength = Interp.sinc(r, n, lagStar + lr + 1, 30);
                if (strength > 1) {
                    strength = 1 / strength;
                }
                if (frame.count < z.k) {
                    frame.freq[frame.count] = freq;
                    frame.strength[frame.count] = strength;
                    lags[frame.count] = tau;
                    frame.count++;
                } else {
                    int weakest = -1;
                    double weakestScore = Double.POSITIVE_INFINITY;
                    for (int c = 1; c < z.k; c++) {
                        double score = frame.strength[c]
                                - octaveCost * log2(floorHz / frame.freq[c]);
                        if (score < weakestScore) {
                            weakestScore = score;
                            weakest = c;
                        }
                    }
                    double score = strength - octaveCost * log2(floorHz / freq);
                    if (weakest > 0 && score > weakestScore) {
                        frame.freq[weakest] = freq;
                        frame.strength[weakest] = strength;
                        lags[weakest] = tau;
                    }
                }
            }
            if (onlyStrongestMatters()) {
                refineStrongest(frame);
                return;
            }
            for (int c = 1; c < frame.count; c++) {
                refine(frame, c);
            }
        }

        private void refine(Frame frame, int c) {
            int lr = z.interpRange;
            double fs = z.fs;
            int depth = crossCorrelation || frame.freq[c] > 0.3 * fs
                    ? Interp.SINC700 : Interp.SINC70;
            Interp.improveMax(r, rLength, lags[c] + lr + 1, depth, out);
            double lagRef = out[0] - lr - 1;
            frame.freq[c] = fs / lagRef;
            frame.strength[c] = out[1] > 1 ? 1 / out[1] : out[1];
        }

        /**
         * With all path costs zero each frame takes its highest local score, unvoiced on ties
         * (A.3 step 4), so only candidates that can still win need the expensive refinement.
         * Refinement moves a strength by less than {@link #REFINEMENT_BOUND} (measured maximum
         * 0.063 over EmoDB); a candidate whose unrefined strength plus that bound cannot beat
         * the unvoiced score or an already refined candidate keeps its unrefined values, which
         * cannot change the winner. Strengths are at most 1, so an unvoiced score of 1 or more
         * wins outright.
         */
        private void refineStrongest(Frame frame) {
            double unvoiced = unvoicedScore(frame.intensity);
            if (unvoiced >= 1) {
                return;
            }
            Integer[] order = new Integer[frame.count - 1];
            for (int c = 1; c < frame.count; c++) {
                order[c - 1] = c;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(frame.strength[b],
                    frame.strength[a]));
            double best = unvoiced;
            for (int c : order) {
                if (frame.strength[c] + REFINEMENT_BOUND <= best) {
                    break;
                }
                refine(frame, c);
                double f = frame.freq[c];
                if (f > 0 && f < z.ceiling) {
                    best = Math.max(best, frame.strength[c]);
                }
            }
        }
    }

    private static final java.util.concurrent.ConcurrentHashMap<Long, double[]> WINDOW_AC =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** r_w(tau) of the Hanning window, tau = 0..lags (A.1.1), a direct sum; cached per size. */
    private static double[] windowAutocorrelation(double[] window, int nw, int lags) {
        double[] ac = new double[lags + 1];
        double norm = 0;
        for (int j = 1; j <= nw; j++) {
            norm += window[j] * window[j];
        }
        for (int tau = 0; tau <= lags; tau++) {
            double sum = 0;
            for (int j = 1; j + tau <= nw; j++) {
                sum += window[j] * window[j + tau];
            }
            ac[tau] = sum / norm;
        }
        return ac;
    }

    /** Upper bound used to skip refinements that cannot change the outcome (see above). */
    static final double REFINEMENT_BOUND = 0.25;

    /** True when every path cost is 0: each frame then simply takes its best local score. */
    boolean onlyStrongestMatters() {
        return octaveCost == 0 && octaveJumpCost == 0 && voicedUnvoicedCost == 0
                && !FULL_REFINEMENT;
    }

    /** Test switch: refine every candidate even when the costs are zero. */
    static volatile boolean FULL_REFINEMENT = false;

    /** The local score of the unvoiced candidate (A.1.3). */
    double unvoicedScore(double intensity) {
        return silenceThreshold <= 0 ? voicingThreshold
                : voicingThreshold + Math.max(0,
                        2 - intensity * (1 + voicingThreshold) / silenceThreshold);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** A.1.3: Viterbi over the candidates, then the chosen F0 per frame. */
    private Pitch pathFinder(Frame[] frames, Sizes z, Sound sound) {
        int nf = z.nFrames;
        double ceiling = z.ceiling;
        double jump = octaveJumpCost * 0.01 / z.dt;
        double vuv = voicedUnvoicedCost * 0.01 / z.dt;
        double[][] delta = new double[nf + 1][];
        int[][] psi = new int[nf + 1][];
        double[][] local = new double[nf + 1][];
        for (int f = 1; f <= nf; f++) {
            Frame fr = frames[f];
            double unvoiced = unvoicedScore(fr.intensity);
            local[f] = new double[fr.count];
            for (int c = 0; c < fr.count; c++) {
                double freq = fr.freq[c];
                local[f][c] = freq > 0 && freq < ceiling
                        ? fr.strength[c] - octaveCost * log2(ceiling / freq) : unvoiced;
            }
        }
        delta[1] = local[1].clone();
        psi[1] = new int[frames[1].count];
        for (int f = 2; f <= nf; f++) {
            Frame prev = frames[f - 1];
            Frame cur = frames[f];
            delta[f] = new double[cur.count];
            psi[f] = new int[cur.count];
            for (int c2 = 0; c2 < cur.count; c2++) {
                double f2 = cur.freq[c2];
                boolean v2 = f2 > 0 && f2 < ceiling;
                double best = -1e30;
                int arg = 0;
                for (int c1 = 0; c1 < prev.count; c1++) {
                    double f1 = prev.freq[c1];
                    boolean v1 = f1 > 0 && f1 < ceiling;
                    double cost;
                    if (!v1 && !v2) {
                        cost = 0;
                    } else if (v1 != v2) {
                        cost = vuv;
                    } else {
                        cost = jump * Math.abs(log2(f1 / f2));
                    }
                    double value = delta[f - 1][c1] - cost;
                    if (value > best) {
                        best = value;
                        arg = c1;
                    }
                }
                delta[f][c2] = best + local[f][c2];
                psi[f][c2] = arg;
            }
        }
        int chosen = 0;
        double best = delta[nf][0];
        for (int c = 1; c < frames[nf].count; c++) {
            if (delta[nf][c] > best) {
                best = delta[nf][c];
                chosen = c;
            }
        }
        double[] f0 = new double[nf + 1];
        double[] strength = new double[nf + 1];
        for (int f = nf; f >= 1; f--) {
            double freq = frames[f].freq[chosen];
            boolean voiced = freq > 0 && freq < ceiling;
            f0[f] = voiced ? freq : Double.NaN;
            strength[f] = voiced ? frames[f].strength[chosen] : 0;
            chosen = psi[f][chosen];
        }
        f0[0] = Double.NaN;
        return new Pitch(nf, z.t1, z.dt, sound.xmin, sound.xmax, f0, strength);
    }
}
