package org.nkululeko.feats.opensmile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Shows why formant frequencies and bandwidths cannot agree with openSMILE frame for frame
 * (egemaps.md §6.3 item 3): the input is scaled by 1 + 1e-7, which changes nothing but the float
 * rounding, and the smoothed formants of the three LLD reference files are compared with the
 * reference and with the unperturbed run. If the frames that differ from openSMILE are the frames
 * that move under this rounding-only change, the difference is float noise amplified by the
 * ill-conditioned order-11 LPC, not an algorithmic divergence.
 *
 * <p>Run: {@code mvn -o -q -pl nk-feats-opensmile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.nkululeko.feats.opensmile.FormantSensitivity}
 */
public final class FormantSensitivity {

    private static final int[] COLUMNS = {16, 17, 19, 20, 22, 23};
    private static final double FAR = 1e-3;

    private FormantSensitivity() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        int far = 0;
        int farAndMoved = 0;
        int moved = 0;
        int values = 0;
        double[] moveAtFar = new double[0];
        for (String file : ReferenceData.LLD_FILES) {
            double[][] ref = ReferenceData.lld(file);
            float[] x = OpenSmileSignal.samples(ReferenceData.audio(file));
            float[] xp = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                xp[i] = (float) (x[i] * (1 + 1e-7));
            }
            EgemapsAnalyzer an = EgemapsAnalyzer.forRate(22050);
            float[][] a = EgemapsAnalyzer.lldRows(an.analyze(x));
            float[][] b = EgemapsAnalyzer.lldRows(an.analyze(xp));
            int rows = Math.min(ref.length, a.length) - 3;
            for (int t = 0; t < rows; t++) {
                for (int c : COLUMNS) {
                    double scale = Math.max(Math.abs(ref[t][c]), 1e-3);
                    double toRef = Math.abs(a[t][c] - ref[t][c]) / scale;
                    double move = Math.abs(a[t][c] - b[t][c]) / scale;
                    values++;
                    if (move > 1e-4) {
                        moved++;
                    }
                    if (toRef > FAR) {
                        far++;
                        moveAtFar = Arrays.copyOf(moveAtFar, far);
                        moveAtFar[far - 1] = move;
                        if (move > 1e-4) {
                            farAndMoved++;
                        }
                    }
                }
            }
        }
        Arrays.sort(moveAtFar);
        System.out.printf(Locale.ROOT, "Frames: smoothed F1-F3 frequency/bandwidth, 3 LLD files,"
                + " %d values%n", values);
        System.out.printf(Locale.ROOT, "  moved by > 1e-4 under a rounding-only change: %d (%.1f %%)%n",
                moved, 100.0 * moved / values);
        System.out.printf(Locale.ROOT, "  differing from openSMILE by > 1e-3: %d, of which moved by"
                + " > 1e-4: %d; median move there %.1e%n", far, farAndMoved,
                far == 0 ? 0 : moveAtFar[far / 2]);
        functionals(args.length > 0 ? Integer.parseInt(args[0]) : 4);
    }

    /**
     * Per voice-group column, the share of files whose functional moves by more than 1e-4
     * (relative) under the same rounding-only change: a floor for what any port that does not
     * reproduce openSMILE's float FFT bit for bit can reach.
     */
    private static void functionals(int step) {
        List<String> files = List.copyOf(ReferenceData.functionals().rows().keySet());
        List<String> names = ColumnNames.EGEMAPS_FUNCTIONALS;
        int[] moved = new int[names.size()];
        int count = (files.size() + step - 1) / step;
        double[][] base = new double[names.size()][count];
        double[][] pert = new double[names.size()][count];
        int n = 0;
        EgemapsAnalyzer an = EgemapsAnalyzer.forRate(22050);
        for (int i = 0; i < files.size(); i += step) {
            float[] x = OpenSmileSignal.samples(ReferenceData.audio(files.get(i)));
            float[] xp = new float[x.length];
            for (int k = 0; k < x.length; k++) {
                xp[k] = (float) (x[k] * (1 + 1e-7));
            }
            float[] a = EgemapsAnalyzer.functionals(an.analyze(x));
            float[] b = EgemapsAnalyzer.functionals(an.analyze(xp));
            for (int d = 0; d < names.size(); d++) {
                base[d][n] = a[d];
                pert[d][n] = b[d];
                if (Math.abs(a[d] - b[d]) > 1e-4 * Math.max(Math.abs(a[d]), 1e-6)) {
                    moved[d]++;
                }
            }
            n++;
        }
        System.out.printf(Locale.ROOT, "Functionals of %d files: share moved by > 1e-4 under the"
                + " rounding-only change%n", n);
        int voiceMoved = 0;
        int voiceCols = 0;
        for (int d = 0; d < names.size(); d++) {
            if (Fidelity.Group.of(names.get(d)) == Fidelity.Group.VOICE) {
                voiceMoved += moved[d];
                voiceCols++;
                System.out.printf(Locale.ROOT, "  %-44s %5.1f %%%n", names.get(d),
                        100.0 * moved[d] / n);
            }
        }
        System.out.printf(Locale.ROOT, "  voice group: %.2f %% of file-columns stay within 1e-4%n",
                100.0 - 100.0 * voiceMoved / ((double) n * voiceCols));
        for (int d = 0; d < names.size(); d++) {
            if (names.get(d).matches("F[123]bandwidth.*stddevNorm")) {
                System.out.printf(Locale.ROOT, "  %-44s r(unperturbed, perturbed) = %.4f%n",
                        names.get(d), Fidelity.pearson(base[d], pert[d]));
            }
        }
    }
}
