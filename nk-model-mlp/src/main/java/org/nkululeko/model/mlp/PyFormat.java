package org.nkululeko.model.mlp;

/** Formats numbers as Python's {@code repr} does, so log lines read as nkululeko's. */
final class PyFormat {

    private PyFormat() {
    }

    /**
     * @param d a number
     * @return Python's repr of the float ({@code 0.0001}, {@code 0.3}, {@code 1.0},
     *     {@code 5e-05}), through nk-core's one implementation; zero of either sign is
     *     {@code 0.0}
     */
    static String number(double d) {
        return d == 0 ? "0.0" : org.nkululeko.core.metrics.PyFormat.repr(d);
    }
}
