package org.nkululeko.model.xgboost;

import org.nkululeko.api.Task;

/** {@code xgb}: XGBoost classifier, as nkululeko's {@code XGBClassifier}. */
public final class XgbModel extends XgboostModel {

    /** Creates the {@code xgb} type. */
    public XgbModel() {
        super("xgb", Task.CLASSIFICATION);
    }

    @Override
    public String description() {
        return "XGBoost classifier (XGBoost4J): n_estimators, max_depth, learning_rate, "
                + "subsample, early_stopping_rounds, class_weight";
    }
}
