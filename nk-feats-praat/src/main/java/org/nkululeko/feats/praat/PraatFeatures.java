package org.nkululeko.feats.praat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 45 columns of nkululeko's {@code praat} feature set for one file (praat.md §3), in
 * nkululeko's order. The dataset-level columns (JitterPCA, ShimmerPCA, pF) are left NaN here;
 * {@link DatasetLevel} fills them.
 */
final class PraatFeatures {

    /** Column names in output order. */
    static final List<String> COLUMNS = List.of(
            "duration", "meanF0Hz", "stdevF0Hz", "HNR",
            "localJitter", "localabsoluteJitter", "rapJitter", "ppq5Jitter", "ddpJitter",
            "localShimmer", "localdbShimmer", "apq3Shimmer", "apq5Shimmer", "apq11Shimmer",
            "ddaShimmer",
            "f1_mean", "f2_mean", "f3_mean", "f4_mean",
            "f1_median", "f2_median", "f3_median", "f4_median",
            "pause_lognorm_mu", "pause_lognorm_sigma", "pause_lognorm_ks_pvalue",
            "pause_mean_duration", "pause_std_duration", "pause_cv",
            "nsyll", "npause", "phonationtime_s", "speechrate_nsyll_dur",
            "articulation_rate_nsyll_phonationtime", "ASD_speakingtime_nsyll",
            "proportion_pause_duration",
            "JitterPCA", "ShimmerPCA", "pF",
            "fdisp", "avgFormant", "mff", "fitch_vtl", "delta_f", "vtl_delta_f");

    static final int DURATION = 0;
    static final int MEAN_F0 = 1;
    static final int HNR = 3;
    static final int JITTER = 4;
    static final int SHIMMER = 9;
    static final int F_MEAN = 15;
    static final int F_MEDIAN = 19;
    static final int PAUSE = 23;
    static final int NSYLL = 29;
    static final int JITTER_PCA = 36;
    static final int SHIMMER_PCA = 37;
    static final int PF = 38;
    static final int FDISP = 39;

    static final double F0_FLOOR_HZ = 75;
    static final double F0_CEILING_HZ = 300;
    static final double SPEED_OF_SOUND_CM = 35000;

    /** A row and the problems met while computing it. */
    record Row(double[] values, List<String> problems) {
    }

    private PraatFeatures() {
    }

    /**
     * @param samples the mono samples in Pa (Praat's scale: 16-bit integers / 32768)
     * @param sampleRateHz the sample rate
     * @return the 45 values (NaN where undefined) and short descriptions of what was undefined
     */
    static Row compute(double[] samples, double sampleRateHz) {
        double[] v = new double[COLUMNS.size()];
        Arrays.fill(v, Double.NaN);
        List<String> problems = new ArrayList<>();
        Sound sound = new Sound(samples, sampleRateHz);
        v[DURATION] = sound.duration();

        Pitch pitch = PitchAnalysis.standard(F0_FLOOR_HZ, F0_CEILING_HZ).analyse(sound);
        if (pitch.nFrames == 0) {
            problems.add("too short for a pitch analysis (needs 0.04 s)");
        } else {
            v[MEAN_F0] = pitch.mean();
            v[MEAN_F0 + 1] = pitch.standardDeviation();
            if (Double.isNaN(v[MEAN_F0])) {
                problems.add("no voiced frame");
            }
        }

        double[] hnrFrames = Harmonicity.frames(sound, 0.01, F0_FLOOR_HZ, 0.1, 1.0);
        v[HNR] = Harmonicity.mean(hnrFrames);

        double[] pulses = Pulses.compute(sound, pitch);
        System.arraycopy(VoiceMeasures.jitter(pulses), 0, v, JITTER, 5);
        System.arraycopy(VoiceMeasures.shimmer(sound, pulses), 0, v, SHIMMER, 6);

        Formants formants = Formants.analyse(sound, 0.0025, 5, 5000, 0.025, 50);
        formantStatistics(formants, pulses, v);

        SpeechRate.Result rate = SpeechRate.analyse(sound);
        if (rate == null) {
            problems.add("too short for an intensity analysis (needs 0.128 s)");
        } else {
            speechRate(rate, v[DURATION], v);
        }
        vocalTract(v);
        return new Row(v, problems);
    }

    /** f1..f4 mean and median over the pulse times (columns 16-23). */
    private static void formantStatistics(Formants formants, double[] pulses, double[] v) {
        double[] values = new double[pulses.length];
        for (int k = 1; k <= 4; k++) {
            int n = 0;
            for (double t : pulses) {
                double f = formants.valueAt(k, t);
                if (!Double.isNaN(f)) {
                    values[n++] = f;
                }
            }
            if (n == 0) {
                continue;
            }
            double[] w = Arrays.copyOf(values, n);
            Arrays.sort(w);
            double sum = 0;
            for (double x : w) {
                sum += x;
            }
            v[F_MEAN + k - 1] = sum / n;
            v[F_MEDIAN + k - 1] = n % 2 == 1 ? w[n / 2] : 0.5 * (w[n / 2 - 1] + w[n / 2]);
        }
    }

    /** Columns 24-36. */
    private static void speechRate(SpeechRate.Result rate, double duration, double[] v) {
        System.arraycopy(PauseStatistics.compute(rate.pauses()), 0, v, PAUSE, 6);
        double nsyll = rate.nsyll();
        double speaking = rate.speakingSeconds();
        v[NSYLL] = nsyll;
        v[NSYLL + 1] = rate.soundingCount() - 1;
        v[NSYLL + 2] = rate.phonationSeconds();
        v[NSYLL + 3] = nsyll / duration;
        v[NSYLL + 4] = speaking > 0 ? nsyll / speaking : 0;
        v[NSYLL + 5] = nsyll > 0 ? speaking / nsyll : 0;
        v[NSYLL + 6] = speaking > 0 ? (duration - speaking) / speaking : 0;
    }

    /** Columns 40-45 from the formant medians. */
    private static void vocalTract(double[] v) {
        double f1 = v[F_MEDIAN];
        double f2 = v[F_MEDIAN + 1];
        double f3 = v[F_MEDIAN + 2];
        double f4 = v[F_MEDIAN + 3];
        if (Double.isNaN(f1) || Double.isNaN(f2) || Double.isNaN(f3) || Double.isNaN(f4)) {
            return;
        }
        double c = SPEED_OF_SOUND_CM;
        v[FDISP] = (f4 - f1) / 3;
        v[FDISP + 1] = (f1 + f2 + f3 + f4) / 4;
        v[FDISP + 2] = Math.pow(f1 * f2 * f3 * f4, 0.25);
        v[FDISP + 3] = (1 * (c / (4 * f1)) + 3 * (c / (4 * f2)) + 5 * (c / (4 * f3))
                + 7 * (c / (4 * f4))) / 4;
        double deltaF = (0.5 * f1 + 1.5 * f2 + 2.5 * f3 + 3.5 * f4)
                / (0.5 * 0.5 + 1.5 * 1.5 + 2.5 * 2.5 + 3.5 * 3.5);
        v[FDISP + 4] = deltaF;
        v[FDISP + 5] = c / (2 * deltaF);
    }
}
