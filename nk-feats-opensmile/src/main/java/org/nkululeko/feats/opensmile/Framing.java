package org.nkululeko.feats.opensmile;

/**
 * Frame sizes of the eGeMAPS chain at one sample rate (egemaps.md §1.2-1.3): sizes in seconds
 * are turned into samples with C rounding (half away from zero), FFT sizes are the next power of
 * two, frames are left-aligned and only complete frames are produced.
 *
 * @param sampleRateHz the sample rate, positive
 * @param hopSamples round(0.010 s * rate): 221 at 22050 Hz
 * @param shortFrameSamples round(0.020 s * rate), the 20 ms frames of stream A
 * @param longFrameSamples round(0.060 s * rate), the 60 ms frames of stream B
 * @param shortFftSize FFT size of stream A
 * @param longFftSize FFT size of stream B
 */
record Framing(int sampleRateHz, int hopSamples, int shortFrameSamples, int longFrameSamples,
        int shortFftSize, int longFftSize) {

    /** Validates the sizes. */
    Framing {
        if (sampleRateHz <= 0 || hopSamples <= 0 || shortFrameSamples < 2
                || longFrameSamples < 2) {
            throw new IllegalArgumentException("sample rate too low for eGeMAPS: "
                    + sampleRateHz + " Hz");
        }
    }

    /**
     * @param sampleRateHz the rate
     * @return the framing openSMILE uses at this rate
     */
    static Framing of(int sampleRateHz) {
        int hop = samples(0.010, sampleRateHz);
        int n20 = samples(0.020, sampleRateHz);
        int n60 = samples(0.060, sampleRateHz);
        return new Framing(sampleRateHz, hop, n20, n60, nextPowerOfTwo(n20),
                nextPowerOfTwo(n60));
    }

    /** C rounding of seconds * rate; Math.round equals it for positive values. */
    static int samples(double seconds, int sampleRateHz) {
        return (int) Math.round(seconds * sampleRateHz);
    }

    static int nextPowerOfTwo(int n) {
        int p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }

    /**
     * @param sampleCount samples in the signal
     * @param frameSamples the frame length
     * @return the number of complete left-aligned frames, 0 if the signal is shorter
     */
    int frameCount(int sampleCount, int frameSamples) {
        return sampleCount < frameSamples ? 0 : (sampleCount - frameSamples) / hopSamples + 1;
    }

    /** @return L20, the number of 20 ms frames */
    int shortFrameCount(int sampleCount) {
        return frameCount(sampleCount, shortFrameSamples);
    }

    /** @return L60, the number of 60 ms frames */
    int longFrameCount(int sampleCount) {
        return frameCount(sampleCount, longFrameSamples);
    }
}
