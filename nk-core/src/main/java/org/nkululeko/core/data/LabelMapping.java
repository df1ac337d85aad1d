package org.nkululeko.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nkululeko.api.UserException;

/**
 * {@code [DATA] <db>.mapping}: {@code {source: target}}; a key {@code 'anger, fear'} maps
 * several source labels to one target. Labels without an entry are dropped.
 */
public final class LabelMapping {

    private final Map<String, String> map = new LinkedHashMap<>();

    /**
     * @param dict the parsed dict
     * @param key the INI key, for messages
     * @throws UserException if a value is not a single label
     */
    public LabelMapping(Map<Object, Object> dict, String key) {
        dict.forEach((k, v) -> {
            if (v == null || v instanceof Map || v instanceof java.util.List) {
                throw new UserException("dataset", "[DATA] " + key + ": the value for '" + k
                        + "' must be one label");
            }
            for (String source : String.valueOf(k).split(",")) {
                map.put(source.trim(), label(v));
            }
        });
    }

    /**
     * @param source a label as the database has it
     * @return the mapped label, or null when the mapping does not name it
     */
    public String apply(String source) {
        return map.get(source.trim());
    }

    private static String label(Object v) {
        if (v instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(v).trim();
    }
}
