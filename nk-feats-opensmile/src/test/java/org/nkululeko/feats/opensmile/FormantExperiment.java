package org.nkululeko.feats.opensmile;

import java.util.Locale;

/** Development aid: share of LLD frames whose formant columns agree with the reference. */
public final class FormantExperiment {

    private FormantExperiment() {
    }

    public static void main(String[] args) {
        int[] cols = {16, 17, 19, 20, 22, 23, 18, 21, 24, 13, 15};
        int[] n4 = new int[cols.length];
        int[] n3 = new int[cols.length];
        int total = 0;
        double[] logSum = new double[cols.length];
        for (String file : ReferenceData.LLD_FILES) {
            double[][] ref = ReferenceData.lld(file);
            double[][] got = OpenSmileExtractor.extraction(
                    OpenSmileExtractor.FeatureSet.EGEMAPS_V02, OpenSmileExtractor.Level.LLD)
                    .extract(ReferenceData.audio(file));
            for (int t = 0; t < ref.length; t++) {
                total++;
                for (int c = 0; c < cols.length; c++) {
                    double a = got[t][cols[c]];
                    double b = ref[t][cols[c]];
                    double rel = Math.abs(a - b) / Math.max(Math.abs(b), 1e-3);
                    logSum[c] += Math.log10(Math.max(rel, 1e-8));
                    if (rel <= 1e-4) {
                        n4[c]++;
                    }
                    if (rel <= 1e-3) {
                        n3[c]++;
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cols.length; c++) {
            sb.append(String.format(Locale.ROOT, "%s %.1f/%.1f/%.2f  ",
                    ColumnNames.EGEMAPS_LLD.get(cols[c]).replace("_sma3nz", "")
                            .replace("frequency", "f").replace("bandwidth", "bw"),
                    100.0 * n4[c] / total, 100.0 * n3[c] / total, logSum[c] / total));
        }
        System.out.println(sb);
    }
}
