package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;

/** {@code knn}: see {@link KnnSupport} for the keys and how they map to Weka's IBk. */
public final class KnnModel extends WekaModel {

    /** Creates the {@code knn} type. */
    public KnnModel() {
        super("knn", Task.CLASSIFICATION, "k-nearest-neighbour classifier (Weka IBk): K_val, KNN_weights");
    }

    @Override
    boolean usesClassWeight() {
        return false;
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        return KnnSupport.recipe(spec.settings());
    }
}
