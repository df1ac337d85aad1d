package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;

/** {@code knn_reg}: see {@link KnnSupport} for the keys and how they map to Weka's IBk. */
public final class KnnRegModel extends WekaModel {

    /** Creates the {@code knn_reg} type. */
    public KnnRegModel() {
        super("knn_reg", Task.REGRESSION, "k-nearest-neighbour regression (Weka IBk): K_val, KNN_weights");
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        return KnnSupport.recipe(spec.settings());
    }
}
