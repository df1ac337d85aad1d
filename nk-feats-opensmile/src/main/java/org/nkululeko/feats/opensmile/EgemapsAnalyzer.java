package org.nkululeko.feats.opensmile;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The whole eGeMAPSv02 chain for one sample rate (egemaps.md §2): low-level descriptors of both
 * frame streams, F0 tracking, voice quality, the smoothed LLD matrix and the 88 functionals.
 *
 * <p>Instances hold read-only tables only; {@link #analyze} is thread-safe.
 */
final class EgemapsAnalyzer {

    /** Indices in the unsmoothed F set (§3.10), 15 values per 60 ms frame. */
    static final int F0ST = 0;
    static final int JITTER = 1;
    static final int SHIMMER = 2;
    static final int HNR = 3;
    static final int H1H2 = 4;
    static final int H1A3 = 5;
    static final int F1FREQ = 6;
    static final int F_COUNT = 15;

    private static final ConcurrentHashMap<Integer, EgemapsAnalyzer> BY_RATE =
            new ConcurrentHashMap<>();

    private final Framing framing;
    private final ShortFrameAnalysis shortFrames;
    private final PitchShs shs;
    private final Harmonics harmonics;
    private final float[] gauss;

    private EgemapsAnalyzer(int sampleRateHz) {
        framing = Framing.of(sampleRateHz);
        shortFrames = new ShortFrameAnalysis(framing);
        shs = new PitchShs(framing);
        harmonics = new Harmonics(framing);
        int n = framing.longFrameSamples();
        gauss = new float[n];
        double half = (n - 1) / 2.0;
        for (int i = 0; i < n; i++) {
            double z = (i - half) / (0.4 * half);
            gauss[i] = (float) Math.exp(-0.5 * z * z);
        }
    }

    /**
     * @param sampleRateHz the rate
     * @return the shared analyzer of that rate
     */
    static EgemapsAnalyzer forRate(int sampleRateHz) {
        return BY_RATE.computeIfAbsent(sampleRateHz, EgemapsAnalyzer::new);
    }

    Framing framing() {
        return framing;
    }

    PitchShs shs() {
        return shs;
    }

    /** Unsmoothed descriptors of one signal. */
    static final class Analysis {
        /** [L20][10] E set. */
        final float[][] e;
        /** L20 unwindowed frame energies. */
        final float[] energy;
        /** [L60][15] F set (formant frequencies and bandwidths ungated). */
        final float[][] f;
        /** Frames decided by the Viterbi stage before the final flush. */
        final int emitted;

        Analysis(float[][] e, float[] energy, float[][] f, int emitted) {
            this.e = e;
            this.energy = energy;
            this.f = f;
            this.emitted = emitted;
        }
    }

    /**
     * @param x mono samples scaled as openSMILE does
     * @return the unsmoothed descriptors
     */
    Analysis analyze(float[] x) {
        int l60 = framing.longFrameCount(x.length);
        ShortFrameAnalysis.Result a = shortFrames.analyze(x, l60);
        PitchViterbi.Path path = pitch(x, l60);
        float[][] f = voiceQuality(x, path.f0Hz(), a.formants);
        return new Analysis(a.lld, a.energy, f, path.emitted());
    }

    /** SHS candidates, Viterbi path and energy gate (§3.5); returns the gated F0 in Hz. */
    private PitchViterbi.Path pitch(float[] x, int l60) {
        int n = framing.longFrameSamples();
        int hop = framing.hopSamples();
        RealFft fft = new RealFft(framing.longFftSize());
        int bins = fft.bins();
        float[] re = new float[bins];
        float[] im = new float[bins];
        float[] mag = new float[bins];
        float[][] cf = new float[l60][PitchShs.SLOTS];
        float[][] cv = new float[l60][PitchShs.SLOTS];
        boolean[] loud = new boolean[l60];
        for (int t = 0; t < l60; t++) {
            int start = t * hop;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                float v = gauss[i] * x[start + i];
                sum += v * v;
            }
            loud[t] = Math.sqrt(sum / n) > 0.001;
            fft.forward(x, start, gauss, n, re, im);
            RealFft.magnitudes(re, im, mag);
            shs.candidates(mag, cf[t], cv[t]);
        }
        PitchViterbi.Path path = PitchViterbi.decode(cf, cv);
        float[] f0 = path.f0Hz();
        for (int t = 0; t < l60; t++) {
            if (!loud[t]) {
                f0[t] = 0f;
            }
        }
        return path;
    }

    /**
     * The F set (§3.6-3.9): semitone F0, jitter, shimmer, HNR, H1-H2, H1-A3 and the formants
     * with their amplitudes (-201 in unvoiced frames).
     */
    private float[][] voiceQuality(float[] x, float[] f0, float[][] formants) {
        int l60 = f0.length;
        int n = framing.longFrameSamples();
        int hop = framing.hopSamples();
        float[][] f = new float[l60][F_COUNT];
        float[] jitter = new float[l60];
        float[] shimmer = new float[l60];
        JitterShimmer.compute(x, f0, framing, jitter, shimmer);
        RealFft fft = new RealFft(framing.longFftSize());
        int bins = fft.bins();
        float[] re = new float[bins];
        float[] im = new float[bins];
        float[] mag = new float[bins];
        DoubleFFT_1D inverse = harmonics.newFft();
        float[] levels = new float[5];
        for (int t = 0; t < l60; t++) {
            float[] row = f[t];
            float[] form = formants[t];
            for (int j = 0; j < 3; j++) {
                row[F1FREQ + 3 * j] = form[j];
                row[F1FREQ + 3 * j + 1] = form[5 + j];
                row[F1FREQ + 3 * j + 2] = Harmonics.SENTINEL;
            }
            if (f0[t] <= 0f) {
                continue;
            }
            row[F0ST] = semitone(f0[t]);
            row[JITTER] = jitter[t];
            row[SHIMMER] = shimmer[t];
            fft.forward(x, t * hop, gauss, n, re, im);
            RealFft.magnitudes(re, im, mag);
            row[HNR] = harmonics.hnr(mag, f0[t], inverse);
            harmonics.levels(mag, f0[t], form, levels);
            row[H1H2] = levels[0];
            row[H1A3] = levels[1];
            for (int j = 0; j < 3; j++) {
                row[F1FREQ + 3 * j + 2] = levels[2 + j];
            }
        }
        return f;
    }

    /** Semitones above 27.5 Hz (§3.5.5); 0 for unvoiced. */
    static float semitone(float f0Hz) {
        if (f0Hz <= 0f) {
            return 0f;
        }
        if (f0Hz <= 29.136f) {
            return 1f;
        }
        return 12f * (float) Math.log(f0Hz / 27.5f) / (float) Math.log(2.0);
    }

    /**
     * The smoothed LLD matrix as openSMILE's LLD CSV holds it (§3.12): L60 + 1 rows of the 25
     * eGeMAPS descriptors.
     *
     * @param an the analysis
     * @return [row][25]
     */
    static float[][] lldRows(Analysis an) {
        int l60 = an.f.length;
        int l20 = an.e.length;
        if (l60 == 0) {
            return new float[0][];
        }
        float[][] rows = new float[l60 + 1][25];
        for (int d = 0; d < ShortFrameAnalysis.E_COUNT; d++) {
            float[] s = Smoothing.sma3(column(an.e, d, l20), l20);
            for (int t = 0; t <= l60; t++) {
                rows[t][d] = t < l20 ? s[t] : s[l20 - 1];
            }
        }
        int c = an.emitted - 1;
        for (int d = 0; d < F_COUNT; d++) {
            float[] s = Smoothing.lldTail(column(an.f, d, l60), c);
            for (int t = 0; t <= l60; t++) {
                rows[t][ShortFrameAnalysis.E_COUNT + d] = s[t];
            }
        }
        return rows;
    }

    static float[] column(float[][] m, int d, int n) {
        float[] out = new float[n];
        for (int t = 0; t < n; t++) {
            out[t] = m[t][d];
        }
        return out;
    }

    /**
     * The 88 eGeMAPSv02 functionals in output order (§4.7).
     *
     * @param an the analysis
     * @return 88 values
     */
    static float[] functionals(Analysis an) {
        int l20 = an.e.length;
        int l60 = an.f.length;
        int ne = Math.max(0, Math.min(an.emitted, l60));
        float[] out = new float[88];
        int o = 0;

        float[] st = column(an.f, F0ST, l60);
        float[] f0Smooth = l60 == 0 ? new float[0] : Smoothing.sma3nz(st, l60);
        float[] f0Ne = java.util.Arrays.copyOf(f0Smooth, ne);
        o = tenFunctionals(Functionals.nonZero(f0Ne), out, o);

        float[][] eSmooth = new float[ShortFrameAnalysis.E_COUNT][];
        for (int d = 0; d < ShortFrameAnalysis.E_COUNT; d++) {
            eSmooth[d] = l20 == 0 ? new float[0] : Smoothing.sma3(column(an.e, d, l20), l20);
        }
        float[] loud = eSmooth[ShortFrameAnalysis.LOUDNESS];
        o = tenFunctionals(loud, out, o);
        o = meanCv(eSmooth[ShortFrameAnalysis.FLUX], out, o);
        for (int i = 0; i < 4; i++) {
            o = meanCv(eSmooth[ShortFrameAnalysis.MFCC1 + i], out, o);
        }

        for (int d = JITTER; d < F_COUNT; d++) {
            float[] x = new float[ne];
            boolean gated = d >= F1FREQ && (d - F1FREQ) % 3 != 2;
            for (int t = 0; t < ne; t++) {
                x[t] = gated && st[t] <= 1e-6f ? 0f : an.f[t][d];
            }
            float[] s = ne == 0 ? x : Smoothing.sma3nz(x, ne);
            o = meanCv(Functionals.nonZero(s), out, o);
        }

        int[] vDescr = {ShortFrameAnalysis.ALPHA, ShortFrameAnalysis.HAMMARBERG,
            ShortFrameAnalysis.SLOPE0, ShortFrameAnalysis.SLOPE500, ShortFrameAnalysis.FLUX,
            ShortFrameAnalysis.MFCC1, ShortFrameAnalysis.MFCC1 + 1, ShortFrameAnalysis.MFCC1 + 2,
            ShortFrameAnalysis.MFCC1 + 3};
        for (int d : vDescr) {
            o = meanCv(Functionals.nonZero(selected(an, st, d, true, ne)), out, o);
        }
        for (int i = 0; i < 5; i++) {
            out[o++] = Functionals.mean(Functionals.nonZero(selected(an, st, vDescr[i], false,
                    ne)));
        }

        out[o++] = l20 == 0 ? 0f : Functionals.peakCount(loud) / (l20 * Functionals.PERIOD);
        List<Integer> voiced = Functionals.segments(f0Ne, true);
        List<Integer> unvoiced = Functionals.segments(f0Ne, false);
        out[o++] = ne == 0 ? 0f : voiced.size() / (ne * Functionals.PERIOD);
        float[] vs = Functionals.segmentStats(voiced);
        out[o++] = vs[0];
        out[o++] = vs[1];
        float[] us = Functionals.segmentStats(unvoiced);
        out[o++] = us[0];
        out[o++] = us[1];
        out[o++] = equivalentSoundLevel(an.energy);
        return out;
    }

    /** V or UV set of one E descriptor over the 60 ms frames, sma3nz-smoothed, frames 0..c. */
    private static float[] selected(Analysis an, float[] st, int d, boolean voiced, int ne) {
        int l60 = st.length;
        float[] x = new float[l60];
        for (int t = 0; t < l60 && t < an.e.length; t++) {
            boolean v = st[t] > 1e-6f;
            boolean uv = st[t] < 1e-6f;
            x[t] = (voiced ? v : uv) ? an.e[t][d] : 0f;
        }
        if (l60 == 0) {
            return x;
        }
        return java.util.Arrays.copyOf(Smoothing.sma3nz(x, l60), ne);
    }

    private static int tenFunctionals(float[] x, float[] out, int o) {
        out[o++] = Functionals.mean(x);
        out[o++] = Functionals.stddevNorm(x);
        float[] p = Functionals.percentiles(x);
        System.arraycopy(p, 0, out, o, 4);
        o += 4;
        float[] s = Functionals.slopes(x);
        System.arraycopy(s, 0, out, o, 4);
        return o + 4;
    }

    private static int meanCv(float[] x, float[] out, int o) {
        out[o++] = Functionals.mean(x);
        out[o++] = Functionals.stddevNorm(x);
        return o;
    }

    /** Leq relative to full scale (§4.6); -120 dB for silence. */
    static float equivalentSoundLevel(float[] energy) {
        double sum = 0;
        for (float e : energy) {
            sum += e;
        }
        float m = energy.length == 0 ? 0f : (float) (sum / energy.length);
        double v = Math.max(m, 1e-12);
        return (float) (10.0 / Math.log(10)) * (float) Math.log(v);
    }
}
