package org.nkululeko.api;

/**
 * An element-wise activation function for neural models, found by
 * {@link java.util.ServiceLoader} under the name {@code [MODEL] activation} uses.
 *
 * <p>A plugin gives only the function and its derivative; the models apply it after every
 * hidden layer. Implementations need a public no-argument constructor, must be stateless and
 * thread-safe, and are listed in {@code META-INF/services/org.nkululeko.api.Activation}.
 */
public interface Activation {

    /** @return the INI name, lower case, e.g. {@code leaky_relu} */
    String name();

    /**
     * @param x the pre-activation value
     * @return f(x)
     */
    double apply(double x);

    /**
     * @param x the pre-activation value
     * @return f'(x), the derivative at {@code x}
     */
    double derivative(double x);
}
