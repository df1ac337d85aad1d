package org.nkululeko.model.mlp;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationHardTanH;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationMish;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSELU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftPlus;
import org.nd4j.linalg.activations.impl.ActivationSwish;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nkululeko.api.Activation;

/**
 * Maps an {@code [MODEL] activation} name to a DL4J activation: the built-in names to DL4J's
 * native kernels (same functions as {@code org.nkululeko.core.activation.BuiltinActivations},
 * which a test checks), any other name (plugins, and {@code gelu}) to the Java function.
 */
public final class Activations {

    private static final Map<String, Supplier<IActivation>> NATIVE = Map.ofEntries(
            Map.entry("relu", ActivationReLU::new),
            // slope 0.01, as PyTorch's default and BuiltinActivations.LeakyRelu.SLOPE
            Map.entry("leaky_relu", () -> new ActivationLReLU(0.01)),
            Map.entry("tanh", ActivationTanH::new),
            Map.entry("sigmoid", ActivationSigmoid::new),
            Map.entry("elu", () -> new ActivationELU(1.0)),
            Map.entry("selu", ActivationSELU::new),
            // no gelu: neither of DL4J's GELU kernels computes the tanh approximation that
            // BuiltinActivations defines (measured: at x = -3.99 they give -0.0045 and -0.0068
            // instead of -0.00007), so gelu runs through the Java wrapper
            Map.entry("swish", ActivationSwish::new),
            Map.entry("mish", ActivationMish::new),
            Map.entry("softplus", ActivationSoftPlus::new),
            Map.entry("hardtanh", ActivationHardTanH::new));

    private Activations() {
    }

    /**
     * @param name the {@code [MODEL] activation} value, lower case
     * @param lookup the spec's activation lookup; throws a UserException listing the available
     *     names for an unknown one
     * @return DL4J's native function for a built-in name, else a wrapper of the plugin
     */
    public static IActivation resolve(String name, Function<String, Activation> lookup) {
        Activation spi = lookup.apply(name);
        String canonical = spi.name();
        if (NATIVE.containsKey(canonical) && isBuiltin(spi)) {
            return NATIVE.get(canonical).get();
        }
        return new SpiActivation(spi);
    }

    /**
     * @param name a name
     * @return DL4J's native function for a built-in name, or null for any other
     */
    static IActivation nativeFor(String name) {
        var supplier = NATIVE.get(name);
        return supplier == null ? null : supplier.get();
    }

    private static boolean isBuiltin(Activation spi) {
        return spi.getClass().getName().startsWith("org.nkululeko.core.activation.");
    }
}
