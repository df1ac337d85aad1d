package org.nkululeko.model.xgboost;

import java.util.Locale;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;

/**
 * The {@code [MODEL]} keys of {@code xgb} and {@code xgr}, with nkululeko's defaults
 * (nkululeko-reference.md §2.4, §5.5), checked when the estimator is created.
 *
 * @param trees {@code n_estimators}: boosting rounds, default 100
 * @param maxDepth {@code max_depth}: tree depth, default 6
 * @param learningRate {@code learning_rate}: shrinkage (eta), default 0.3
 * @param subsample {@code subsample}: fraction of rows per tree, in (0, 1], default 1.0
 * @param earlyStoppingRounds {@code early_stopping_rounds}: stop after this many rounds without
 *     improvement on the validation data; 0 (absent, {@code False} or {@code None}) = off
 * @param evalMetric {@code eval_metric}: the early-stopping metric, default {@code logloss}
 *     ({@code mlogloss} for more than 2 classes) or {@code rmse} for {@code xgr}
 * @param validationSplit {@code validation_split}: the share of the training set held out for
 *     early stopping when the runner passes no dev set, in (0, 1), default 0.2
 * @param classWeight {@code class_weight}: balanced sample weights ({@code xgb} only)
 */
record XgboostSettings(int trees, int maxDepth, double learningRate, double subsample,
        int earlyStoppingRounds, String evalMetric, double validationSplit,
        boolean classWeight) {

    /** Validates the values. */
    XgboostSettings {
        if (trees < 1 || maxDepth < 0 || !(learningRate > 0) || !(subsample > 0)
                || subsample > 1 || earlyStoppingRounds < 0 || !(validationSplit > 0)
                || !(validationSplit < 1) || evalMetric.isBlank()) {
            throw new IllegalArgumentException("invalid XGBoost settings");
        }
    }

    /**
     * @param settings the {@code [MODEL]} section
     * @param task classification or regression
     * @param classes the number of classes (1 for regression)
     * @return the checked settings
     * @throws org.nkululeko.api.UserException naming the key of a bad value
     */
    static XgboostSettings of(Settings settings, Task task, int classes) {
        int trees = settings.getInt("n_estimators", 100);
        if (trees < 1) {
            throw settings.invalid("n_estimators", "an integer of at least 1");
        }
        int depth = settings.getInt("max_depth", 6);
        if (depth < 0) {
            throw settings.invalid("max_depth", "an integer of at least 0");
        }
        double rate = settings.getDouble("learning_rate", 0.3);
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw settings.invalid("learning_rate", "a positive number");
        }
        double subsample = settings.getDouble("subsample", 1.0);
        if (!(subsample > 0) || subsample > 1) {
            throw settings.invalid("subsample", "a number in (0, 1]");
        }
        double split = settings.getDouble("validation_split", 0.2);
        if (!(split > 0) || !(split < 1)) {
            throw settings.invalid("validation_split", "a number in (0, 1)");
        }
        String metric = settings.getString("eval_metric",
                task == Task.REGRESSION ? "rmse" : "logloss").trim().toLowerCase(Locale.ROOT);
        if (metric.equals("logloss") && classes > 2) {
            metric = "mlogloss";
        }
        if (metric.isEmpty()) {
            throw settings.invalid("eval_metric", "an XGBoost metric name such as logloss");
        }
        boolean weights = task == Task.CLASSIFICATION
                && settings.getBoolean("class_weight", false);
        return new XgboostSettings(trees, depth, rate, subsample, earlyStopping(settings),
                metric, split, weights);
    }

    private static int earlyStopping(Settings settings) {
        Object value = settings.literal("early_stopping_rounds").orElse(null);
        if (value == null || Boolean.FALSE.equals(value)) {
            return 0;
        }
        if (value instanceof Long rounds && rounds >= 0 && rounds <= Integer.MAX_VALUE) {
            return rounds.intValue();
        }
        throw settings.invalid("early_stopping_rounds",
                "a whole number of rounds, or False for no early stopping");
    }
}
