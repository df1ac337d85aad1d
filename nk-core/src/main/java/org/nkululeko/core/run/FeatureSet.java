package org.nkululeko.core.run;

import java.util.List;

/**
 * The feature matrices of an experiment, aligned with the samples of each split.
 *
 * @param columns the feature names
 * @param train training rows
 * @param dev dev rows (empty in two-way mode)
 * @param test test rows
 * @param rowShape the shape of a row for matrix features, or null
 */
public record FeatureSet(List<String> columns, double[][] train, double[][] dev,
        double[][] test, int[] rowShape) {
}
