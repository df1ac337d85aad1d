package org.nkululeko.core.activation;

import org.nkululeko.api.Activation;

/**
 * The activations that ship with the tool, each a {@link Activation} service. Models may map
 * these names to faster native implementations; the functions here define what each name
 * means (slopes and constants as in PyTorch's defaults).
 */
public final class BuiltinActivations {

    private BuiltinActivations() {
    }

    /** max(0, x). The default. */
    public static final class Relu implements Activation {
        @Override public String name() { return "relu"; }
        @Override public double apply(double x) { return x > 0 ? x : 0; }
        @Override public double derivative(double x) { return x > 0 ? 1 : 0; }
    }

    /** x for x &gt; 0, else 0.01 x. */
    public static final class LeakyRelu implements Activation {
        /** The negative slope, as PyTorch's default. */
        public static final double SLOPE = 0.01;
        @Override public String name() { return "leaky_relu"; }
        @Override public double apply(double x) { return x > 0 ? x : SLOPE * x; }
        @Override public double derivative(double x) { return x > 0 ? 1 : SLOPE; }
    }

    /** The hyperbolic tangent. */
    public static final class Tanh implements Activation {
        @Override public String name() { return "tanh"; }
        @Override public double apply(double x) { return Math.tanh(x); }
        @Override public double derivative(double x) {
            double t = Math.tanh(x);
            return 1 - t * t;
        }
    }

    /** 1 / (1 + e^-x). */
    public static final class Sigmoid implements Activation {
        @Override public String name() { return "sigmoid"; }
        @Override public double apply(double x) { return 1 / (1 + Math.exp(-x)); }
        @Override public double derivative(double x) {
            double s = apply(x);
            return s * (1 - s);
        }
    }

    /** x for x &gt; 0, else e^x - 1 (alpha 1). */
    public static final class Elu implements Activation {
        @Override public String name() { return "elu"; }
        @Override public double apply(double x) { return x > 0 ? x : Math.expm1(x); }
        @Override public double derivative(double x) { return x > 0 ? 1 : Math.exp(x); }
    }

    /** Scaled ELU with the self-normalising constants of Klambauer et al. (2017). */
    public static final class Selu implements Activation {
        /** Scale. */
        public static final double LAMBDA = 1.0507009873554805;
        /** Negative saturation. */
        public static final double ALPHA = 1.6732632423543772;
        @Override public String name() { return "selu"; }
        @Override public double apply(double x) {
            return LAMBDA * (x > 0 ? x : ALPHA * Math.expm1(x));
        }
        @Override public double derivative(double x) {
            return LAMBDA * (x > 0 ? 1 : ALPHA * Math.exp(x));
        }
    }

    /** x Φ(x), with the tanh approximation of the normal CDF. */
    public static final class Gelu implements Activation {
        private static final double C = Math.sqrt(2 / Math.PI);
        @Override public String name() { return "gelu"; }
        @Override public double apply(double x) {
            return 0.5 * x * (1 + Math.tanh(C * (x + 0.044715 * x * x * x)));
        }
        @Override public double derivative(double x) {
            double u = C * (x + 0.044715 * x * x * x);
            double t = Math.tanh(u);
            double du = C * (1 + 3 * 0.044715 * x * x);
            return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * du;
        }
    }

    /** x sigmoid(x), also called SiLU. */
    public static final class Swish implements Activation {
        @Override public String name() { return "swish"; }
        @Override public double apply(double x) { return x / (1 + Math.exp(-x)); }
        @Override public double derivative(double x) {
            double s = 1 / (1 + Math.exp(-x));
            return s + x * s * (1 - s);
        }
    }

    /** x tanh(softplus(x)). */
    public static final class Mish implements Activation {
        @Override public String name() { return "mish"; }
        @Override public double apply(double x) { return x * Math.tanh(Softplus.softplus(x)); }
        @Override public double derivative(double x) {
            double t = Math.tanh(Softplus.softplus(x));
            double s = 1 / (1 + Math.exp(-x));
            return t + x * s * (1 - t * t);
        }
    }

    /** ln(1 + e^x). */
    public static final class Softplus implements Activation {
        static double softplus(double x) {
            return x > 30 ? x : Math.log1p(Math.exp(x));
        }
        @Override public String name() { return "softplus"; }
        @Override public double apply(double x) { return softplus(x); }
        @Override public double derivative(double x) { return 1 / (1 + Math.exp(-x)); }
    }

    /** x clipped to [-1, 1]. */
    public static final class HardTanh implements Activation {
        @Override public String name() { return "hardtanh"; }
        @Override public double apply(double x) { return Math.max(-1, Math.min(1, x)); }
        @Override public double derivative(double x) { return x > -1 && x < 1 ? 1 : 0; }
    }
}
