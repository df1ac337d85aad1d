package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;

/**
 * {@code rf_reg}: beyond nkululeko; see {@link ForestSupport} for the keys and how they map to
 * Weka's RandomForest.
 */
public final class RfRegModel extends WekaModel {

    /** Creates the {@code rf_reg} type. */
    public RfRegModel() {
        super("rf_reg", Task.REGRESSION, "random forest regression (Weka RandomForest): n_estimators, max_depth");
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        return ForestSupport.recipe(spec.settings());
    }
}
