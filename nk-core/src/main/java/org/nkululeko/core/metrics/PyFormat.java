package org.nkululeko.core.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.StringJoiner;

/**
 * Number formatting as Python prints it, so result files read like nkululeko's.
 *
 * <p>Python rounds the exact binary value of a double (ties to even), while Java's
 * {@code String.format} rounds its shortest decimal form half up: {@code 0.125} gives
 * {@code 0.12} in Python and {@code 0.13} in Java. These methods follow Python.
 */
public final class PyFormat {

    private PyFormat() {
    }

    /**
     * Python's {@code f"{value:.<digits>f}"}.
     *
     * @param value any double; NaN gives {@code nan}, infinities {@code inf} / {@code -inf}
     * @param digits decimals, at least 0
     * @return the fixed-point text, with a minus sign for negative values (also {@code -0.000})
     */
    public static String fixed(double value, int digits) {
        if (digits < 0) {
            throw new IllegalArgumentException("digits must be >= 0, got " + digits);
        }
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String text = new BigDecimal(Math.abs(value))
                .setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative ? "-" + text : text;
    }

    /**
     * Python's {@code repr(float)}: the shortest text that reads back as the same double,
     * in fixed notation for 1e-4 &lt;= |value| &lt; 1e16, else as {@code 1e-05} / {@code 1e+16}.
     *
     * @param value any double; NaN gives {@code nan}, infinities {@code inf} / {@code -inf}
     * @return the text Python would print
     */
    public static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(value);
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = shortest.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        return scientific(shortest, exponent);
    }

    /**
     * Python's {@code str(list_of_floats)}, e.g. {@code [0.71, 0.43]}.
     *
     * @param values the list items
     * @return the bracketed, comma-and-space separated reprs
     */
    public static String list(double[] values) {
        StringJoiner joiner = new StringJoiner(", ", "[", "]");
        for (double v : values) {
            joiner.add(repr(v));
        }
        return joiner.toString();
    }

    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static String scientific(BigDecimal shortest, int exponent) {
        String digits = shortest.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1
                ? digits
                : digits.charAt(0) + "." + digits.substring(1);
        String sign = shortest.signum() < 0 ? "-" : "";
        String expSign = exponent < 0 ? "-" : "+";
        String expDigits = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + expSign + expDigits;
    }
}
