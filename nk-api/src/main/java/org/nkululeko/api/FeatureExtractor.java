package org.nkululeko.api;

import java.util.List;

/**
 * A feature type, found by {@link java.util.ServiceLoader} under the name that
 * {@code [FEATS] type} uses ({@code os}, {@code praat}, {@code spectra}).
 *
 * <p>Implementations need a public no-argument constructor and must be listed in
 * {@code META-INF/services/org.nkululeko.api.FeatureExtractor}.
 */
public interface FeatureExtractor {

    /** @return the INI name, lower case, e.g. {@code os} */
    String name();

    /** @return one line for {@code nkululeko plugins}, e.g. what the set computes */
    default String description() {
        return "";
    }

    /**
     * @return the {@code [FEATS]} keys this type reads beyond the common ones nkululeko knows
     *     (lower case), so that the unknown-key warning does not flag them; empty by default
     */
    default java.util.Set<String> settingKeys() {
        return java.util.Set.of();
    }

    /**
     * Reads and validates the {@code [FEATS]} settings this type uses.
     *
     * @param feats the {@code [FEATS]} section
     * @return the configured extraction
     * @throws UserException for a value this type does not accept
     */
    Extraction configure(Settings feats);

    /** One configured extraction: thread-safe, used for every file of a database. */
    interface Extraction {

        /**
         * @return a file-name-safe tag that changes whenever the values would change (set,
         *     level, window, hop, ...), e.g. {@code eGeMAPSv02-functionals}; it becomes part of
         *     the feature store's file name
         */
        String cacheTag();

        /** @return the column names, in output order */
        List<String> columnNames();

        /**
         * @return the shape of one row for models that read matrices (e.g. {@code [bands,
         *     frames]} for spectra, row-major), or {@code null} for a plain vector
         */
        default int[] rowShape() {
            return null;
        }

        /**
         * @return the sample rate in Hz the extractor needs, or 0 for any rate; the caller
         *     resamples when it is not 0
         */
        default int requiredSampleRateHz() {
            return 0;
        }

        /**
         * Computes the features of one file.
         *
         * <p>Audio too short or too silent for an analysis gives the documented values or NaN,
         * with a warning naming {@link Audio#name()}; it never throws for that.
         *
         * @param audio the decoded audio
         * @return one row ({@code result.length == 1}) per file for file-level sets, or one row
         *     per frame for frame-level sets; each row has {@code columnNames().size()} values
         */
        double[][] extract(Audio audio);

        /**
         * Adds dataset-level values once every file of a database has been extracted (Praat's
         * PCA columns, say). The default does nothing.
         *
         * @param rows one row per file, in database order; modified in place
         */
        default void finishDataset(double[][] rows) {
        }
    }
}
