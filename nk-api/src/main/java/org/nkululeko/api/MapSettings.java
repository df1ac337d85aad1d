package org.nkululeko.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link Settings} over a map; see {@link Settings#of(String, Map)}. */
final class MapSettings implements Settings {

    private final String section;
    private final Map<String, String> values = new LinkedHashMap<>();

    MapSettings(String section, Map<String, String> values) {
        this.section = section;
        values.forEach((k, v) -> this.values.put(k.toLowerCase(Locale.ROOT), v));
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Optional<String> raw(String key) {
        return Optional.ofNullable(values.get(key.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String getString(String key, String defaultValue) {
        return raw(key).map(SettingValues::unquote).orElse(defaultValue);
    }

    @Override
    public int getInt(String key, int defaultValue) {
        return raw(key).map(v -> SettingValues.toInt(v, () -> invalid(key, "an integer")))
                .orElse(defaultValue);
    }

    @Override
    public double getDouble(String key, double defaultValue) {
        return raw(key).map(v -> SettingValues.toDouble(v, () -> invalid(key, "a number")))
                .orElse(defaultValue);
    }

    @Override
    public boolean getBoolean(String key, boolean defaultValue) {
        return raw(key).map(v -> SettingValues.toBoolean(v, () -> invalid(key, "True or False")))
                .orElse(defaultValue);
    }

    @Override
    public Optional<Object> literal(String key) {
        return raw(key).map(PyLiteral::parseOrString);
    }

    @Override
    public UserException invalid(String key, String expected) {
        return new UserException("config", "[" + section + "] " + key + " = "
                + raw(key).orElse("") + ": expected " + expected);
    }
}
