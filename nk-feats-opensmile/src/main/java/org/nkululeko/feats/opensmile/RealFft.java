package org.nkululeko.feats.opensmile;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Forward real FFT in float (egemaps.md §1.5): windowed frame, symmetric zero padding, no
 * normalisation. One instance per thread (the JTransforms plan is not shared).
 */
final class RealFft {

    private final int size;
    private final FloatFFT_1D fft;
    private final float[] buffer;

    RealFft(int size) {
        this.size = size;
        this.fft = new FloatFFT_1D(size);
        this.buffer = new float[size];
    }

    int size() {
        return size;
    }

    /** @return the number of bins of the one-sided spectrum, size/2 + 1 */
    int bins() {
        return size / 2 + 1;
    }

    /**
     * Transforms {@code window[n] * x[start + n]}, zero padded symmetrically.
     *
     * @param x the signal
     * @param start first sample of the frame
     * @param window the window, whose length is the frame length ({@code null}: rectangular
     *     of {@code frameLength})
     * @param frameLength the frame length in samples
     * @param re receives Re X_k, k = 0..size/2
     * @param im receives Im X_k with X_k = sum x_n exp(-2 pi i k n / size)
     */
    void forward(float[] x, int start, float[] window, int frameLength, float[] re, float[] im) {
        java.util.Arrays.fill(buffer, 0f);
        int pad = (size - frameLength) / 2;
        for (int n = 0; n < frameLength; n++) {
            buffer[pad + n] = window == null ? x[start + n] : window[n] * x[start + n];
        }
        fft.realForward(buffer);
        int half = size / 2;
        re[0] = buffer[0];
        im[0] = 0f;
        re[half] = buffer[1];
        im[half] = 0f;
        for (int k = 1; k < half; k++) {
            re[k] = buffer[2 * k];
            im[k] = buffer[2 * k + 1];
        }
    }

    /**
     * @param re real parts
     * @param im imaginary parts
     * @param mag receives |X_k| in float
     */
    static void magnitudes(float[] re, float[] im, float[] mag) {
        for (int k = 0; k < mag.length; k++) {
            mag[k] = (float) Math.sqrt(re[k] * re[k] + im[k] * im[k]);
        }
    }
}
