package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;

/**
 * {@code rf}: beyond nkululeko; see {@link ForestSupport} for the keys and how they map to
 * Weka's RandomForest.
 */
public final class RfModel extends WekaModel {

    /** Creates the {@code rf} type. */
    public RfModel() {
        super("rf", Task.CLASSIFICATION, "random forest classifier (Weka RandomForest): n_estimators, max_depth");
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        return ForestSupport.recipe(spec.settings());
    }
}
