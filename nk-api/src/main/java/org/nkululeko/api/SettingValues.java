package org.nkululeko.api;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Conversions of raw INI values shared by every {@link Settings} implementation, so that all
 * sections and plugins read numbers and booleans alike.
 */
public final class SettingValues {

    private SettingValues() {
    }

    /**
     * @param raw a raw value
     * @return the value without one pair of surrounding single or double quotes, trimmed
     */
    public static String unquote(String raw) {
        String v = raw.trim();
        if (v.length() >= 2 && (v.charAt(0) == '\'' || v.charAt(0) == '"')
                && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /**
     * @param raw a raw value such as {@code 16} or {@code 16.0}
     * @param error the exception to throw when it is not an integer
     * @return the integer
     */
    public static int toInt(String raw, Supplier<UserException> error) {
        double d = toDouble(raw, error);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw error.get();
        }
        return (int) d;
    }

    /**
     * @param raw a raw value such as {@code 0.0001}, {@code 1e-4} or {@code .4}
     * @param error the exception to throw when it is not a number
     * @return the number
     */
    public static double toDouble(String raw, Supplier<UserException> error) {
        try {
            return Double.parseDouble(unquote(raw).replace("_", ""));
        } catch (NumberFormatException e) {
            throw error.get();
        }
    }

    /**
     * @param raw {@code True/False}, {@code true/false}, {@code yes/no}, {@code on/off} or
     *     {@code 1/0}, any case
     * @param error the exception to throw for anything else
     * @return the boolean
     */
    public static boolean toBoolean(String raw, Supplier<UserException> error) {
        switch (unquote(raw).toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "on": case "1":
                return true;
            case "false": case "no": case "off": case "0":
                return false;
            default:
                throw error.get();
        }
    }
}
