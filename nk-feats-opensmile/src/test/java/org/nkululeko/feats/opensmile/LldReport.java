package org.nkululeko.feats.opensmile;

import java.util.List;
import java.util.Locale;

/**
 * Prints the frame-level agreement with openSMILE's LLD reference files: per descriptor, the
 * largest relative error |a-b|/max(|b|, 1e-3) and the frames above 1e-4, plus the voicing and
 * -201 patterns.
 */
public final class LldReport {

    private LldReport() {
    }

    /** @param args optional file names (default: the three reference files) */
    public static void main(String[] args) {
        List<String> files = args.length > 0 ? List.of(args) : ReferenceData.LLD_FILES;
        List<String> names = ColumnNames.EGEMAPS_LLD;
        for (String file : files) {
            double[][] ref = ReferenceData.lld(file);
            double[][] got = OpenSmileExtractor.extraction(
                    OpenSmileExtractor.FeatureSet.EGEMAPS_V02, OpenSmileExtractor.Level.LLD)
                    .extract(ReferenceData.audio(file));
            System.out.printf(Locale.ROOT, "%s: %d rows (reference %d)%n", file, got.length,
                    ref.length);
            int rows = Math.min(got.length, ref.length);
            for (int d = 0; d < names.size(); d++) {
                double worst = 0;
                int worstRow = -1;
                int over = 0;
                int pattern = 0;
                for (int t = 0; t < rows; t++) {
                    double a = got[t][d];
                    double b = ref[t][d];
                    double rel = Math.abs(a - b) / Math.max(Math.abs(b), 1e-3);
                    if (rel > 1e-4) {
                        over++;
                    }
                    if (rel > worst) {
                        worst = rel;
                        worstRow = t;
                    }
                    if ((a == 0) != (b == 0) || (a == -201) != (b == -201)) {
                        pattern++;
                    }
                }
                System.out.printf(Locale.ROOT,
                        "  %-30s worst %.2e at row %3d  frames>1e-4: %3d  pattern diffs: %d%n",
                        names.get(d), worst, worstRow, over, pattern);
            }
        }
    }
}
