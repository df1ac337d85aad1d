package org.nkululeko.feats.praat;

import java.util.ArrayList;
import java.util.List;

/**
 * Pauses and syllable nuclei after de Jong and Wempe (2009) as nkululeko runs them (praat.md §3
 * "Pauses and speech rate", A.5): silence detection on the intensity contour, intensity peaks
 * with a dip criterion, and a voicing test.
 */
final class SpeechRate {

    static final double SILENCE_DB = -25;
    static final double MIN_DIP_DB = 2;
    static final double MIN_PAUSE_SECONDS = 0.3;
    static final double MIN_SOUNDING_SECONDS = 0.1;

    /** One interval of the silences tier. */
    record Interval(double start, double end, boolean sounding) {
        double duration() {
            return end - start;
        }
    }

    /** The results the feature set uses. */
    record Result(int nsyll, List<Interval> tier, double speakingSeconds, double phonationSeconds,
            double[] pauses) {
        int soundingCount() {
            int n = 0;
            for (Interval iv : tier) {
                if (iv.sounding()) {
                    n++;
                }
            }
            return n;
        }
    }

    private SpeechRate() {
    }

    /**
     * @param sound the sound
     * @return the counts and intervals, or null if the sound is too short for an intensity
     *     analysis
     */
    static Result analyse(Sound sound) {
        Intensity intensity = Intensity.analyse(sound, 50);
        if (intensity == null) {
            return null;
        }
        double q99 = intensity.quantile(0.99);
        double minI = intensity.minimumParabolic();
        double maxI = intensity.maximumParabolic();
        double threshold = Math.max(q99 + SILENCE_DB, minI);
        double threshold3 = SILENCE_DB - (maxI - q99);
        List<Interval> tier = silences(intensity, maxI - Math.abs(threshold3));

        double speaking = 0;
        List<Double> pauses = new ArrayList<>();
        Interval previous = null;
        for (Interval iv : tier) {
            if (!iv.sounding()) {
                continue;
            }
            speaking += iv.duration();
            if (previous != null) {
                double d = iv.start() - previous.end();
                if (d > 0) {
                    pauses.add(d);
                }
            }
            previous = iv;
        }
        int nsyll = syllables(sound, intensity, threshold, tier);
        double[] p = pauses.stream().mapToDouble(Double::doubleValue).toArray();
        Sound c = intensity.contour;
        return new Result(nsyll, tier, speaking, c.xmax - c.xmin, p);
    }

    /** {@code To TextGrid (silences)} with minimum pause 0.3 s and minimum sounding 0.1 s. */
    static List<Interval> silences(Intensity intensity, double thresholdDb) {
        Sound c = intensity.contour;
        List<Interval> tier = new ArrayList<>();
        double start = c.xmin;
        boolean sounding = c.y[1] >= thresholdDb;
        for (int i = 2; i <= c.nx; i++) {
            boolean s = c.y[i] >= thresholdDb;
            if (s != sounding) {
                double t = c.time(i);
                tier.add(new Interval(start, t, sounding));
                start = t;
                sounding = s;
            }
        }
        tier.add(new Interval(start, c.xmax, sounding));
        tier = dropShort(tier, true, MIN_SOUNDING_SECONDS);
        return dropShort(tier, false, MIN_PAUSE_SECONDS);
    }

    /**
     * Deletes the intervals of one label shorter than {@code minSeconds} (the previous interval
     * takes over their time, or the next one for the first), then merges equal neighbours.
     */
    private static List<Interval> dropShort(List<Interval> tier, boolean sounding,
            double minSeconds) {
        List<Interval> out = new ArrayList<>(tier);
        int i = 0;
        while (i < out.size() && out.size() > 1) {
            Interval iv = out.get(i);
            if (iv.sounding() == sounding && iv.duration() < minSeconds) {
                if (i == 0) {
                    Interval next = out.get(1);
                    out.set(1, new Interval(iv.start(), next.end(), next.sounding()));
                } else {
                    Interval prev = out.get(i - 1);
                    out.set(i - 1, new Interval(prev.start(), iv.end(), prev.sounding()));
                }
                out.remove(i);
            } else {
                i++;
            }
        }
        List<Interval> merged = new ArrayList<>();
        for (Interval iv : out) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).sounding() == iv.sounding()) {
                Interval last = merged.remove(merged.size() - 1);
                merged.add(new Interval(last.start(), iv.end(), iv.sounding()));
            } else {
                merged.add(iv);
            }
        }
        return merged;
    }

    /** Syllable nuclei: peaks above threshold, a dip of more than 2 dB, voiced and sounding. */
    private static int syllables(Sound sound, Intensity intensity, double threshold,
            List<Interval> tier) {
        Sound c = intensity.contour;
        double[] y = c.y;
        double[] out = new double[2];
        List<double[]> peaks = new ArrayList<>();
        for (int i = 2; i < c.nx; i++) {
            if (y[i] > y[i - 1] && y[i] >= y[i + 1]) {
                Interp.improveMax(y, c.nx, i, Interp.SINC70, out);
                double t = c.x1 + (out[0] - 1) * c.dx;
                double v = Interp.sinc(y, c.nx, c.realIndex(t), Interp.CUBIC);
                if (v > threshold) {
                    peaks.add(new double[] {t, v});
                }
            }
        }
        List<Double> valid = new ArrayList<>();
        for (int p = 0; p + 1 < peaks.size(); p++) {
            double dip = intensity.minimumNone(peaks.get(p)[0], peaks.get(p + 1)[0]);
            if (Math.abs(peaks.get(p)[1] - dip) > MIN_DIP_DB) {
                valid.add(peaks.get(p)[0]);
            }
        }
        if (valid.isEmpty()) {
            return 0;
        }
        Pitch voicing = new PitchAnalysis(false, 0.02, 30, 450, 4, 3, 0.03, 0.25, 0.01, 0.35,
                0.25).analyse(sound);
        int count = 0;
        for (double t : valid) {
            if (!Double.isNaN(voicing.valueAt(t)) && soundingAt(tier, t)) {
                count++;
            }
        }
        return count;
    }

    /** The label of the interval holding t (start <= t < end; the last one includes its end). */
    static boolean soundingAt(List<Interval> tier, double t) {
        for (int i = 0; i < tier.size(); i++) {
            Interval iv = tier.get(i);
            if (t >= iv.start() && (t < iv.end() || i == tier.size() - 1 && t <= iv.end())) {
                return iv.sounding();
            }
        }
        return false;
    }
}
