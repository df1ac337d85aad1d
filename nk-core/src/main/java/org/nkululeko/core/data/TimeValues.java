package org.nkululeko.core.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the time values audformat and CSV tables hold. */
final class TimeValues {

    private static final Pattern TIMEDELTA =
            Pattern.compile("(?:(-?\\d+) days?,?\\s*)?(\\d+):(\\d+):(\\d+(?:\\.\\d*)?)");

    private TimeValues() {
    }

    /**
     * @param text seconds ({@code 1.5}), a pandas timedelta ({@code 0 days 00:00:01.500000}),
     *     {@code hh:mm:ss.f}, or empty / {@code NaT}
     * @return seconds, NaN for empty or NaT
     * @throws IllegalArgumentException for anything else
     */
    static double seconds(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("NaT")) {
            return Double.NaN;
        }
        String t = text.trim();
        Matcher m = TIMEDELTA.matcher(t);
        if (m.matches()) {
            double days = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
            return days * 86400 + Integer.parseInt(m.group(2)) * 3600
                    + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4));
        }
        return Double.parseDouble(t.endsWith("s") ? t.substring(0, t.length() - 1) : t);
    }
}
