package org.nkululeko.model.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nkululeko.api.Activation;

/** The native DL4J kernels compute the functions the built-in activations define. */
class ActivationsTest {

    @Test
    void nativeKernelsMatchBuiltinDefinitions() {
        List<String> names = Fixtures.REGISTRY.activationNames();
        assertEquals(11, names.size(), names.toString());
        double[] xs = new double[41];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -4 + 0.2 * i + 0.013;
        }
        for (String name : names) {
            Activation spi = Fixtures.REGISTRY.activation(name);
            IActivation act = Activations.nativeFor(name);
            if (name.equals("gelu")) {
                assertNull(act, "DL4J's gelu kernels differ from the tanh form");
                act = Activations.resolve(name, Fixtures.REGISTRY::activation);
            }
            assertNotNull(act, name);
            INDArray in = Nd4j.createFromArray(xs).castTo(DataType.DOUBLE);
            double[] f = act.getActivation(in.dup(), true).toDoubleVector();
            double[] d = act.backprop(in.dup(), Nd4j.onesLike(in)).getFirst().toDoubleVector();
            for (int i = 0; i < xs.length; i++) {
                assertEquals(spi.apply(xs[i]), f[i], 1e-4, name + " f(" + xs[i] + ")");
                assertEquals(spi.derivative(xs[i]), d[i], 1e-3, name + " f'(" + xs[i] + ")");
            }
        }
    }

    @Test
    void pluginWrapperComputesFunctionAndDerivative() {
        Activation cube = new Activation() {
            @Override public String name() {
                return "cube";
            }
            @Override public double apply(double x) {
                return x * x * x;
            }
            @Override public double derivative(double x) {
                return 3 * x * x;
            }
        };
        IActivation act = Activations.resolve("cube", n -> cube);
        INDArray in = Nd4j.createFromArray(new float[][] {{1, -2}, {0.5f, 3}});
        assertEquals(Nd4j.createFromArray(new float[][] {{1, -8}, {0.125f, 27}}),
                act.getActivation(in.dup(), true));
        INDArray eps = Nd4j.createFromArray(new float[][] {{1, 1}, {2, 1}});
        assertEquals(Nd4j.createFromArray(new float[][] {{3, 12}, {1.5f, 27}}),
                act.backprop(in.dup(), eps).getFirst());
    }
}
