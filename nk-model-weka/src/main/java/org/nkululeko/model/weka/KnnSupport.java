package org.nkululeko.model.weka;

import java.util.Locale;
import org.nkululeko.api.Settings;
import weka.classifiers.lazy.IBk;
import weka.core.EuclideanDistance;
import weka.core.SelectedTag;
import weka.core.neighboursearch.LinearNNSearch;

/**
 * Shared set-up of {@code knn} and {@code knn_reg}: Weka's IBk with {@code K_val} neighbours
 * (default 5), {@code KNN_weights} {@code uniform} (default) or {@code distance} (weight
 * 1/distance, as scikit-learn), and plain Euclidean distance on the runner's scaled features
 * (Weka's own range normalisation off, as scikit-learn has none).
 */
final class KnnSupport {

    static {
        WekaEnvironment.init();
    }

    private KnnSupport() {
    }

    static WekaModel.Recipe recipe(Settings settings) {
        int k = WekaModel.atLeast(settings, "K_val", 5, 1);
        String weights = settings.getString("KNN_weights", "uniform").trim()
                .toLowerCase(Locale.ROOT);
        int weighting = switch (weights) {
            case "uniform" -> IBk.WEIGHT_NONE;
            case "distance" -> IBk.WEIGHT_INVERSE;
            default -> throw settings.invalid("KNN_weights", "uniform or distance");
        };
        return (x, seed) -> {
            IBk ibk = new IBk(k);
            ibk.setDistanceWeighting(new SelectedTag(weighting, IBk.TAGS_WEIGHTING));
            EuclideanDistance distance = new EuclideanDistance();
            distance.setDontNormalize(true);
            LinearNNSearch search = new LinearNNSearch();
            search.setDistanceFunction(distance);
            ibk.setNearestNeighbourSearchAlgorithm(search);
            return ibk;
        };
    }
}
