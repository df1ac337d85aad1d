package org.nkululeko.model.mlp;

import org.nkululeko.api.Task;

/** {@code [MODEL] type = mlp}: a multi-layer perceptron classifier (softmax, cross-entropy). */
public final class MlpModel extends MlpModelBase {

    /** Service constructor. */
    public MlpModel() {
        super("mlp", Task.CLASSIFICATION);
    }

    @Override
    public String description() {
        return "multi-layer perceptron classifier (Deeplearning4j)";
    }
}
