package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import weka.classifiers.functions.LinearRegression;
import weka.core.SelectedTag;

/**
 * {@code lin_reg}: ordinary least squares like scikit-learn's {@code LinearRegression}: Weka's
 * LinearRegression with every feature kept (no attribute selection, no removal of collinear
 * features) and only Weka's tiny default ridge (1e-8) for numerical stability.
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
            return ols;
        };
    }
}
