package org.nkululeko.model.weka;

import org.nkululeko.api.Settings;
import weka.classifiers.trees.RandomForest;

/**
 * Shared set-up of {@code rf} and {@code rf_reg}: Weka's RandomForest with
 * {@code n_estimators} trees (default 100), {@code max_depth} (default unlimited), Weka's
 * default number of features tried per split ({@code log2(features) + 1}), the run's seed and
 * one thread (so results repeat).
 */
final class ForestSupport {

    static {
        WekaEnvironment.init();
    }

    private ForestSupport() {
    }

    static WekaModel.Recipe recipe(Settings settings) {
        int trees = WekaModel.atLeast(settings, "n_estimators", 100, 1);
        int depth = WekaModel.maxDepth(settings);
        return (x, seed) -> {
            RandomForest forest = new RandomForest();
            forest.setNumIterations(trees);
            forest.setMaxDepth(depth);
            forest.setSeed(WekaModel.wekaSeed(seed));
            forest.setNumExecutionSlots(1);
            return forest;
        };
    }
}
