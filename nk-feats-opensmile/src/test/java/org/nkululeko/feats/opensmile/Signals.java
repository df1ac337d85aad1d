package org.nkululeko.feats.opensmile;

import java.util.Random;
import org.nkululeko.api.Audio;

/** Synthetic 16-bit test signals. */
final class Signals {

    private Signals() {
    }

    /** Quantises [-1, 1] samples to 16-bit PCM audio. */
    static Audio pcm16(String name, int rate, double[]... channels) {
        double[][] q = new double[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            q[c] = new double[channels[c].length];
            for (int i = 0; i < q[c].length; i++) {
                long v = Math.round(channels[c][i] * 32767);
                v = Math.max(-32768, Math.min(32767, v));
                q[c][i] = v / 32768.0;
            }
        }
        return new Audio(name, rate, Audio.Encoding.PCM_INT, 16, q);
    }

    /** A harmonic tone: 10 harmonics of {@code f0} with amplitudes 1/h, peak about 0.5. */
    static double[] harmonicTone(int rate, double seconds, double f0) {
        int n = (int) Math.round(seconds * rate);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) rate;
            double v = 0;
            for (int h = 1; h <= 10; h++) {
                v += Math.sin(2 * Math.PI * h * f0 * t) / h;
            }
            x[i] = 0.3 * v;
        }
        return x;
    }

    static double[] whiteNoise(int rate, double seconds, long seed) {
        Random r = new Random(seed);
        double[] x = new double[(int) Math.round(seconds * rate)];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.3 * (2 * r.nextDouble() - 1);
        }
        return x;
    }
}
