package org.nkululeko.model.mlp;

import java.math.BigDecimal;

/** Formats numbers as Python's {@code repr} does, so log lines read as nkululeko's. */
final class PyFormat {

    private PyFormat() {
    }

    /**
     * @param d a finite number
     * @return Python's repr of the float: {@code 0.0001}, {@code 0.3}, {@code 1.0},
     *     {@code 5e-05}
     */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        double abs = Math.abs(d);
        if (abs >= 1e-4 && abs < 1e16) {
            String plain = bd.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = bd.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - bd.scale();
        String mantissa = digits.length() == 1 ? digits
                : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
        return (d < 0 ? "-" : "") + mantissa + "e" + exp;
    }
}
