package com.example.nkplugin;

import org.nkululeko.api.Activation;

/**
 * The softsign activation, x / (1 + |x|): like tanh, bounded in (-1, 1), but with polynomial
 * rather than exponential tails. Use it with {@code [MODEL] activation = softsign}.
 */
public final class Softsign implements Activation {

    @Override
    public String name() {
        return "softsign";
    }

    @Override
    public double apply(double x) {
        return x / (1 + Math.abs(x));
    }

    @Override
    public double derivative(double x) {
        double d = 1 + Math.abs(x);
        return 1 / (d * d);
    }
}
