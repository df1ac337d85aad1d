package org.nkululeko.feats.praat;

import java.util.List;
import org.nkululeko.api.Audio;
import org.nkululeko.api.FeatureExtractor;
import org.nkululeko.api.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code [FEATS] type = praat}: nkululeko's 45 Praat voice measures (pitch, jitter, shimmer,
 * HNR, formants, pauses and speech rate, vocal-tract estimates and the dataset-level JitterPCA,
 * ShimmerPCA and pF), computed in pure Java after the algorithms of Praat 6.3 as described in
 * praat.md Part II.
 *
 * <p>Audio of any sample rate; several channels are averaged. Undefined values are NaN (the
 * pipeline applies {@code [FEATS] nan_strategy} afterwards).
 */
public final class PraatExtractor implements FeatureExtractor {

    private static final Logger LOG = LoggerFactory.getLogger("featureset");

    @Override
    public String name() {
        return "praat";
    }

    @Override
    public String description() {
        return "nkululeko's 45 Praat voice measures (pitch, jitter, shimmer, HNR, formants, "
                + "speech rate, pauses), pure Java";
    }

    @Override
    public Extraction configure(Settings feats) {
        return new PraatExtraction();
    }

    /** The one configuration: nkululeko's fixed Praat settings. */
    static final class PraatExtraction implements Extraction {

        @Override
        public String cacheTag() {
            return "praat-nkululeko45";
        }

        @Override
        public List<String> columnNames() {
            return PraatFeatures.COLUMNS;
        }

        @Override
        public double[][] extract(Audio audio) {
            // TODO(#6): Praat sums the channels in its correlations; here they are averaged
            PraatFeatures.Row row = PraatFeatures.compute(audio.mono(), audio.sampleRateHz());
            if (!row.problems().isEmpty()) {
                LOG.warn("{}: {}; the affected praat values are NaN", audio.name(),
                        String.join(", ", row.problems()));
            } else if (Double.isNaN(row.values()[PraatFeatures.PAUSE + 3])) {
                LOG.debug("{}: fewer than {} pauses, pause statistics are NaN", audio.name(),
                        PauseStatistics.MIN_PAUSES);
            }
            return new double[][] {row.values()};
        }

        @Override
        public void finishDataset(double[][] rows) {
            DatasetLevel.fill(rows);
            int noPauses = 0;
            for (double[] row : rows) {
                if (Double.isNaN(row[PraatFeatures.PAUSE + 3])) {
                    noPauses++;
                }
            }
            if (noPauses > 0) {
                // one line per database: on short clips (EmoDB) this is every file
                LOG.warn("praat: pause statistics (pause_*) undefined in {} of {} files (fewer "
                        + "than {} pauses): NaN, then [FEATS] nan_strategy applies", noPauses,
                        rows.length, PauseStatistics.MIN_PAUSES);
            }
        }
    }
}
