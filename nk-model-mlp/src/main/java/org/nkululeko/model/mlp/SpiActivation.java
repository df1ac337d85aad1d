package org.nkululeko.model.mlp;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nkululeko.api.Activation;

/**
 * A plugin {@link Activation} as a DL4J activation: f and f' are evaluated element by element
 * in Java, so any plugin works, at the cost of copying the values out of and into ND4J.
 */
final class SpiActivation extends BaseActivationFunction {

    private static final long serialVersionUID = 1L;

    private final transient Activation function;

    SpiActivation(Activation function) {
        this.function = function;
    }

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        double[] x = in.dup('c').data().asDouble();
        for (int i = 0; i < x.length; i++) {
            x[i] = function.apply(x[i]);
        }
        in.assign(Nd4j.create(x, in.shape(), 'c').castTo(in.dataType()));
        return in;
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        double[] x = in.dup('c').data().asDouble();
        for (int i = 0; i < x.length; i++) {
            x[i] = function.derivative(x[i]);
        }
        INDArray derivative = Nd4j.create(x, in.shape(), 'c').castTo(epsilon.dataType());
        epsilon.muli(derivative);
        return new Pair<>(epsilon, null);
    }

    @Override
    public String toString() {
        return "plugin:" + function.name();
    }
}
