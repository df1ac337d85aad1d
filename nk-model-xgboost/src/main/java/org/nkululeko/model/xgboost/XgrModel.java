package org.nkululeko.model.xgboost;

import org.nkululeko.api.Task;

/** {@code xgr}: XGBoost regressor, as nkululeko's {@code XGBRegressor}. */
public final class XgrModel extends XgboostModel {

    /** Creates the {@code xgr} type. */
    public XgrModel() {
        super("xgr", Task.REGRESSION);
    }

    @Override
    public String description() {
        return "XGBoost regressor (XGBoost4J): n_estimators, max_depth, learning_rate, "
                + "subsample, early_stopping_rounds";
    }
}
