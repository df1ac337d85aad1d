package org.nkululeko.core.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Band-limited resampling keeps frequencies and levels. */
class ResamplerTest {

    static double[] sine(double hz, int rate, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.5 * Math.sin(2 * Math.PI * hz * i / rate);
        }
        return x;
    }

    /** Frequency by counting upward zero crossings over the middle of the signal. */
    static double frequency(double[] x, int rate) {
        int from = x.length / 10;
        int to = x.length - x.length / 10;
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            if (x[i - 1] < 0 && x[i] >= 0) {
                if (first < 0) {
                    first = i;
                } else {
                    count++;
                }
                last = i;
            }
        }
        return count * rate / (double) (last - first);
    }

    static double rms(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i] * x[i];
        }
        return Math.sqrt(s / (to - from));
    }

    @Test
    void sineKeepsItsFrequencyFrom22050To16000() {
        double[] x = sine(440, 22050, 22050);
        double[] y = Resampler.resample(x, 22050, 16000);
        assertEquals(16000, y.length);
        assertEquals(440, frequency(y, 16000), 0.5);
        assertEquals(0.5 / Math.sqrt(2), rms(y, 1000, 15000), 0.005);
    }

    @Test
    void upsamplingKeepsFrequency() {
        double[] y = Resampler.resample(sine(1000, 8000, 8000), 8000, 16000);
        assertEquals(16000, y.length);
        assertEquals(1000, frequency(y, 16000), 0.5);
    }

    @Test
    void aboveNewNyquistIsRemoved() {
        double[] y = Resampler.resample(sine(10000, 44100, 44100), 44100, 16000);
        assertEquals(0, rms(y, 1000, 15000), 0.01);
    }

    @Test
    void equalRatesCopyAndBadRatesFail() {
        double[] x = {1, 2, 3};
        double[] y = Resampler.resample(x, 16000, 16000);
        assertArrayEquals(x, y);
        y[0] = 9;
        assertEquals(1, x[0]);
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(x, 0, 16000));
    }
}
