package org.nkululeko.feats.opensmile;

import org.nkululeko.api.Audio;

/** The float samples openSMILE analyses (egemaps.md §1.1). */
final class OpenSmileSignal {

    private OpenSmileSignal() {
    }

    /**
     * Mixes down to mono and scales as openSMILE's WAV reader does: the integer samples of all
     * channels are summed in float and divided by the channel count, then divided by 32767
     * (16-bit), 32767*256 (24-bit), 127 (8-bit) or 2147483647 (32-bit); float data is only
     * averaged.
     *
     * <p>8-bit WAV is unsigned; openSMILE reads the bytes as signed (a quirk that garbles such
     * files). This port takes the centred value, as the format intends, and divides by 127.
     *
     * @param audio decoded audio, samples in [-1, 1)
     * @return mono float samples
     */
    static float[] samples(Audio audio) {
        double[][] channels = audio.channels();
        int n = audio.frameCount();
        double fullScale = audio.fullScale();
        boolean integer = audio.encoding() == Audio.Encoding.PCM_INT;
        float divisor = integer ? openSmileScale(audio.bitsPerSample()) : 1f;
        float[] out = new float[n];
        int nc = channels.length;
        for (int i = 0; i < n; i++) {
            float sum = 0f;
            for (int c = 0; c < nc; c++) {
                sum += (float) (channels[c][i] * fullScale);
            }
            if (nc > 1) {
                sum /= nc;
            }
            out[i] = integer ? sum / divisor : sum;
        }
        return out;
    }

    private static float openSmileScale(int bits) {
        switch (bits) {
            case 8:
                return 127f;
            case 16:
                return 32767f;
            case 24:
                return 32767f * 256f;
            default:
                return 2147483647f;
        }
    }
}
