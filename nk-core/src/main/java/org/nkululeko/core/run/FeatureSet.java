package org.nkululeko.core.run;

import java.util.List;
import org.nkululeko.core.feats.Scaler;

/**
 * The feature matrices of an experiment, aligned with the samples of each split.
 *
 * @param columns the feature names
 * @param train training rows
 * @param dev dev rows (empty in two-way mode)
 * @param test test rows
 * @param rowShape the shape of a row for matrix features, or null
 * @param nanFill per column the value that replaced undefined ones
 * @param scaler the scaler fitted on train, or null when none was applied (or per speaker)
 */
public record FeatureSet(List<String> columns, double[][] train, double[][] dev,
        double[][] test, int[] rowShape, double[] nanFill, Scaler.Fitted scaler) {
}
