package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import weka.classifiers.functions.LinearRegression;
import weka.core.SelectedTag;

/**
 * {@code lin_reg}: ordinary least squares like scikit-learn's {@code LinearRegression}: Weka's
 * LinearRegression with every feature kept (no attribute selection, no removal of collinear
 * features) and solved by QR decomposition without a ridge (Weka's default ridge of 1e-8 on
 * its normal equations moved predictions by up to 0.01 on ill-conditioned eGeMAPS columns).
 */
public final class LinRegModel extends WekaModel {

    /** Creates the {@code lin_reg} type. */
    public LinRegModel() {
        super("lin_reg", Task.REGRESSION, "linear regression (Weka LinearRegression)");
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        return (x, seed) -> {
            LinearRegression ols = new LinearRegression();
            ols.setAttributeSelectionMethod(new SelectedTag(LinearRegression.SELECTION_NONE,
                    LinearRegression.TAGS_SELECTION));
            ols.setEliminateColinearAttributes(false);
            ols.setUseQRDecomposition(true);
            ols.setRidge(0.0);
            return ols;
        };
    }
}
