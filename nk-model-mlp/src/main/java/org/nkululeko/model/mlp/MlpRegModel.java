package org.nkululeko.model.mlp;

import org.nkululeko.api.Task;

/** {@code [MODEL] type = mlp_reg}: a multi-layer perceptron regressor (one linear output). */
public final class MlpRegModel extends MlpModelBase {

    /** Service constructor. */
    public MlpRegModel() {
        super("mlp_reg", Task.REGRESSION);
    }

    @Override
    public String description() {
        return "multi-layer perceptron regressor, loss mse, mae or 1-ccc (Deeplearning4j)";
    }
}
