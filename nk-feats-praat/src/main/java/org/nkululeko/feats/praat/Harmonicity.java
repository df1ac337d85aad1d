package org.nkululeko.feats.praat;

/**
 * {@code To Harmonicity (cc)} and {@code Get mean} (praat.md A.3): the harmonics-to-noise ratio
 * per frame from the strength of the forward cross-correlation pitch path.
 */
final class Harmonicity {

    private Harmonicity() {
    }

    /**
     * @param sound the sound
     * @param timeStep frame step in s (0.01)
     * @param floorHz minimum pitch in Hz (75)
     * @param silenceThreshold (0.1)
     * @param periodsPerWindow (1.0)
     * @return the frame values in dB, 1-based: -200 for unvoiced frames; length 1 if the sound
     *     is too short
     */
    static double[] frames(Sound sound, double timeStep, double floorHz, double silenceThreshold,
            double periodsPerWindow) {
        Pitch p = PitchAnalysis.harmonicity(timeStep, floorHz, silenceThreshold,
                periodsPerWindow, 1 / sound.dx).analyse(sound);
        double[] db = new double[p.nFrames + 1];
        for (int i = 1; i <= p.nFrames; i++) {
            if (!p.voiced(i)) {
                db[i] = -200;
                continue;
            }
            double r = p.strength[i];
            if (r <= 1e-15) {
                db[i] = -150;
            } else if (r > 1 - 1e-15) {
                db[i] = 150;
            } else {
                db[i] = 10 * Math.log10(r / (1 - r));
            }
        }
        return db;
    }

    /** "Get mean: 0, 0": mean of the frame values other than -200; NaN if none. */
    static double mean(double[] db) {
        double sum = 0;
        int n = 0;
        for (int i = 1; i < db.length; i++) {
            if (db[i] != -200) {
                sum += db[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
