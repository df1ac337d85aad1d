package org.nkululeko.feats.opensmile;

/** Development aid: prints one LLD column of ours and the reference. */
public final class Peek {
    private Peek() {
    }

    public static void main(String[] args) {
        String file = args[0];
        int col = Integer.parseInt(args[1]);
        int from = Integer.parseInt(args[2]);
        int to = Integer.parseInt(args[3]);
        double[][] ref = ReferenceData.lld(file);
        double[][] got = OpenSmileExtractor.extraction(OpenSmileExtractor.FeatureSet.EGEMAPS_V02,
                OpenSmileExtractor.Level.LLD).extract(ReferenceData.audio(file));
        EgemapsAnalyzer.Analysis an = EgemapsAnalyzer.forRate(22050)
                .analyze(OpenSmileSignal.samples(ReferenceData.audio(file)));
        for (int t = from; t <= to; t++) {
            double raw = col >= 10 && t < an.f.length ? an.f[t][col - 10] : an.e[t][col];
            System.out.printf("%d ours %.6e ref %.6e raw %.6e%n", t, got[t][col], ref[t][col],
                    raw);
        }
    }
}
