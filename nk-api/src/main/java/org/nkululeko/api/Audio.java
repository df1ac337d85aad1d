package org.nkululeko.api;

import java.util.Objects;

/**
 * Decoded audio of one file (or one segment of it), as extractors receive it.
 *
 * <p>Samples are kept per channel as doubles in [-1, 1): integer PCM is divided by
 * {@link #fullScale()} = 2<sup>bits-1</sup>, so {@code sample * fullScale()} gives back the
 * exact integer the file holds. An extractor that scales as its reference program does
 * (openSMILE divides 16-bit samples by 32767, Praat by 32768) rescales from there.
 *
 * @param name the file path as the database names it; used in warnings
 * @param sampleRateHz samples per second per channel, positive
 * @param encoding integer PCM or IEEE float
 * @param bitsPerSample 8, 16, 24 or 32 for integers; 32 or 64 for floats
 * @param channels samples per channel, {@code channels[c][i]}; at least one channel, all of
 *     the same length (which may be 0)
 */
public record Audio(String name, int sampleRateHz, Encoding encoding, int bitsPerSample,
        double[][] channels) {

    /** How the samples were stored in the file. */
    public enum Encoding {
        /** Signed integer PCM (8-bit WAV is unsigned on disk and is centred when read). */
        PCM_INT,
        /** IEEE 754 floating point. */
        FLOAT
    }

    /**
     * Validates the shape.
     *
     * @param name the file path, for warnings
     * @param sampleRateHz samples per second, positive
     * @param encoding integer PCM or float
     * @param bitsPerSample bits per stored sample
     * @param channels samples per channel, all of one length
     */
    public Audio {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(encoding, "encoding");
        if (sampleRateHz <= 0) {
            throw new IllegalArgumentException(name + ": sample rate must be positive, was "
                    + sampleRateHz);
        }
        if (channels == null || channels.length == 0) {
            throw new IllegalArgumentException(name + ": no channels");
        }
        for (double[] ch : channels) {
            if (ch.length != channels[0].length) {
                throw new IllegalArgumentException(name + ": channels differ in length");
            }
        }
    }

    /**
     * Mono audio from samples already in [-1, 1].
     *
     * @param name a name for messages
     * @param sampleRateHz the rate
     * @param samples the samples
     * @return 64-bit float audio with one channel
     */
    public static Audio mono(String name, int sampleRateHz, double[] samples) {
        return new Audio(name, sampleRateHz, Encoding.FLOAT, 64, new double[][] {samples});
    }

    /** @return the number of samples per channel */
    public int frameCount() {
        return channels[0].length;
    }

    /** @return the duration in seconds */
    public double durationSeconds() {
        return frameCount() / (double) sampleRateHz;
    }

    /** @return 2<sup>bits-1</sup> for integer PCM, 1 for float */
    public double fullScale() {
        return encoding == Encoding.PCM_INT ? Math.pow(2, bitsPerSample - 1) : 1.0;
    }

    /**
     * @return the mean over channels of each sample, in [-1, 1); a new array (the channel
     *     itself for mono input is copied too)
     */
    public double[] mono() {
        int n = frameCount();
        double[] out = new double[n];
        for (double[] ch : channels) {
            for (int i = 0; i < n; i++) {
                out[i] += ch[i];
            }
        }
        if (channels.length > 1) {
            for (int i = 0; i < n; i++) {
                out[i] /= channels.length;
            }
        }
        return out;
    }
}
