package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import weka.classifiers.functions.Logistic;

/**
 * {@code log_reg}: multinomial logistic regression, Weka's Logistic with an L2 penalty set from
 * {@code C_val} (default 1.0) as scikit-learn's {@code LogisticRegression} uses C: minimising
 * {@code -loglik + ||w||^2 / (2 C)}, i.e. Weka's ridge {@code 1 / (2 C)}.
 */
public final class LogRegModel extends WekaModel {

    /** Creates the {@code log_reg} type. */
    public LogRegModel() {
        super("log_reg", Task.CLASSIFICATION, "logistic regression (Weka Logistic): C_val");
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        double c = positive(spec.settings(), "C_val", 1.0);
        return (x, seed) -> {
            Logistic logistic = new Logistic();
            logistic.setRidge(1.0 / (2.0 * c));
            return logistic;
        };
    }
}
