package org.nkululeko.feats.opensmile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nkululeko.api.Audio;
import org.nkululeko.api.FeatureExtractor;
import org.nkululeko.api.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code [FEATS] type = ['os']}: openSMILE's eGeMAPSv02 (88 functionals over 25 low-level
 * descriptors) or GeMAPSv01b (62 over 18), computed in pure Java after egemaps.md.
 *
 * <p>Keys: {@code set} = {@code eGeMAPSv02} (default) or {@code GeMAPSv01b}; {@code level} =
 * {@code functionals} (default, one row per file) or {@code lld} (one row per 10 ms frame).
 */
public final class OpenSmileExtractor implements FeatureExtractor {

    private static final Logger LOG = LoggerFactory.getLogger("featureset");

    /** The feature sets. */
    public enum FeatureSet {
        /** eGeMAPS version 2: 88 functionals, 25 LLDs. */
        EGEMAPS_V02("eGeMAPSv02"),
        /** GeMAPS version 1b: 62 functionals, 18 LLDs. */
        GEMAPS_V01B("GeMAPSv01b");

        private final String iniName;

        FeatureSet(String iniName) {
            this.iniName = iniName;
        }

        /** @return the name as {@code [FEATS] set} spells it */
        public String iniName() {
            return iniName;
        }
    }

    /** Output granularity. */
    public enum Level {
        /** One row of functionals per file. */
        FUNCTIONALS,
        /** One row per 10 ms frame. */
        LLD
    }

    @Override
    public String name() {
        return "os";
    }

    @Override
    public String description() {
        return "openSMILE eGeMAPSv02 / GeMAPSv01b functionals or LLDs, pure Java";
    }

    @Override
    public Extraction configure(Settings feats) {
        String setName = feats.getString("set", "eGeMAPSv02").trim();
        FeatureSet set = null;
        for (FeatureSet s : FeatureSet.values()) {
            if (s.iniName.equalsIgnoreCase(setName)) {
                set = s;
            }
        }
        if (set == null) {
            throw feats.invalid("set", "eGeMAPSv02 or GeMAPSv01b");
        }
        String levelName = feats.getString("level", "functionals").trim()
                .toLowerCase(Locale.ROOT);
        Level level;
        if (levelName.equals("functionals")) {
            level = Level.FUNCTIONALS;
        } else if (levelName.equals("lld")) {
            level = Level.LLD;
        } else {
            throw feats.invalid("level", "functionals or lld");
        }
        return new OsExtraction(set, level);
    }

    /**
     * @param set the feature set
     * @param level the level
     * @return a configured extraction
     */
    public static Extraction extraction(FeatureSet set, Level level) {
        return new OsExtraction(set, level);
    }

    /** A configured, thread-safe extraction. */
    static final class OsExtraction implements Extraction {

        private final FeatureSet set;
        private final Level level;
        private final List<String> columns;
        private final int[] select;

        OsExtraction(FeatureSet set, Level level) {
            this.set = set;
            this.level = level;
            List<String> all = level == Level.LLD ? ColumnNames.EGEMAPS_LLD
                    : ColumnNames.EGEMAPS_FUNCTIONALS;
            List<String> names = new ArrayList<>();
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (set == FeatureSet.EGEMAPS_V02 || inGemaps(all.get(i))) {
                    names.add(all.get(i));
                    idx.add(i);
                }
            }
            columns = List.copyOf(names);
            select = idx.stream().mapToInt(Integer::intValue).toArray();
        }

        /** GeMAPSv01b = eGeMAPSv02 without flux, MFCC, F2/F3 bandwidth and Leq (§5). */
        static boolean inGemaps(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return !(n.startsWith("spectralflux") || n.startsWith("mfcc")
                    || n.startsWith("f2bandwidth") || n.startsWith("f3bandwidth")
                    || n.startsWith("equivalentsoundlevel"));
        }

        @Override
        public String cacheTag() {
            return set.iniName() + "-" + (level == Level.LLD ? "lld" : "functionals");
        }

        @Override
        public List<String> columnNames() {
            return columns;
        }

        @Override
        public double[][] extract(Audio audio) {
            Framing framing;
            try {
                framing = Framing.of(audio.sampleRateHz());
            } catch (IllegalArgumentException e) {
                LOG.warn("{}: {}; features set to NaN", audio.name(), e.getMessage());
                return nanRows();
            }
            if (audio.frameCount() < framing.longFrameSamples()) {
                LOG.warn("{}: too short for eGeMAPS ({} s, needs at least one 60 ms frame);"
                        + " features set to NaN", audio.name(),
                        String.format(Locale.ROOT, "%.4f", audio.durationSeconds()));
                return nanRows();
            }
            EgemapsAnalyzer.Analysis an;
            try {
                float[] x = OpenSmileSignal.samples(audio);
                an = EgemapsAnalyzer.forRate(audio.sampleRateHz()).analyze(x);
            } catch (RuntimeException e) {
                // One file the analysis cannot handle must not stop a run (decisions.md).
                LOG.warn("{}: eGeMAPS analysis failed ({}); features set to NaN", audio.name(),
                        e.toString());
                return nanRows();
            }
            if (level == Level.LLD) {
                float[][] rows = EgemapsAnalyzer.lldRows(an);
                double[][] out = new double[rows.length][];
                for (int t = 0; t < rows.length; t++) {
                    out[t] = pick(rows[t]);
                }
                return out;
            }
            return new double[][] {pick(EgemapsAnalyzer.functionals(an))};
        }

        private double[] pick(float[] all) {
            double[] out = new double[select.length];
            for (int i = 0; i < select.length; i++) {
                out[i] = all[select[i]];
            }
            return out;
        }

        private double[][] nanRows() {
            double[] row = new double[columns.size()];
            Arrays.fill(row, Double.NaN);
            return new double[][] {row};
        }
    }
}
