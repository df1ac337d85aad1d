package org.nkululeko.core.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nkululeko.api.PyLiteral;
import org.nkululeko.api.SettingValues;
import org.nkululeko.api.Settings;
import org.nkululeko.api.UserException;

/**
 * One section of an experiment's INI file; errors name the file, {@code [SECTION] key} and the
 * value.
 */
public final class Section implements Settings {

    private final Path file;
    private final String name;
    private final Map<String, String> values;

    /**
     * @param file the INI file, for messages
     * @param name the section name
     * @param values lower-case key to raw value
     */
    public Section(Path file, String name, Map<String, String> values) {
        this.file = file;
        this.name = name;
        this.values = new LinkedHashMap<>(values);
    }

    @Override
    public String section() {
        return name;
    }

    /** @return the INI file this section belongs to, for messages */
    public Path file() {
        return file;
    }

    /** @return the lower-case keys in file order */
    public List<String> keys() {
        return List.copyOf(values.keySet());
    }

    @Override
    public Optional<String> raw(String key) {
        return Optional.ofNullable(values.get(key.toLowerCase(Locale.ROOT)));
    }

    /**
     * @param key the key
     * @return true when the key is present with a non-empty value
     */
    public boolean has(String key) {
        return raw(key).filter(v -> !v.isBlank()).isPresent();
    }

    /**
     * For keys that are off by default and take a value when on ({@code scale = standard},
     * {@code check_size = 2000}, {@code patience = 5}): whether the key is set to something
     * other than a false boolean in any spelling ({@code False}, {@code no}, {@code off},
     * {@code 0}) or {@code None}.
     *
     * @param key the key
     * @return true when present, not empty and not false
     */
    public boolean enabled(String key) {
        if (!has(key)) {
            return false;
        }
        String v = getString(key, "").toLowerCase(Locale.ROOT);
        return !(v.equals("false") || v.equals("no") || v.equals("off") || v.equals("0")
                || v.equals("none"));
    }

    @Override
    public String getString(String key, String defaultValue) {
        return raw(key).filter(v -> !v.isBlank()).map(SettingValues::unquote)
                .orElse(defaultValue);
    }

    /**
     * @param key the key
     * @return the unquoted value
     * @throws UserException naming file and key when it is missing
     */
    public String require(String key) {
        return raw(key).filter(v -> !v.isBlank()).map(SettingValues::unquote)
                .orElseThrow(() -> new UserException("experiment", file + ": [" + name + "] "
                        + key + " is missing"));
    }

    @Override
    public int getInt(String key, int defaultValue) {
        return raw(key).filter(v -> !v.isBlank())
                .map(v -> SettingValues.toInt(v, () -> invalid(key, "an integer")))
                .orElse(defaultValue);
    }

    @Override
    public double getDouble(String key, double defaultValue) {
        return raw(key).filter(v -> !v.isBlank())
                .map(v -> SettingValues.toDouble(v, () -> invalid(key, "a number")))
                .orElse(defaultValue);
    }

    @Override
    public boolean getBoolean(String key, boolean defaultValue) {
        return raw(key).filter(v -> !v.isBlank())
                .map(v -> SettingValues.toBoolean(v, () -> invalid(key,
                        "True or False (also true/false, yes/no, on/off, 1/0)")))
                .orElse(defaultValue);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A value that starts like a list, tuple, dict or quoted string but does not parse
     * ({@code ['os', 'praat'}) is an error naming the key, not a plain string.
     */
    @Override
    public Optional<Object> literal(String key) {
        Optional<String> raw = raw(key).filter(v -> !v.isBlank());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String v = raw.get().trim();
        if ("[({'\"".indexOf(v.charAt(0)) < 0) {
            return Optional.ofNullable(PyLiteral.parseOrString(v));
        }
        try {
            return Optional.ofNullable(PyLiteral.parse(v));
        } catch (IllegalArgumentException e) {
            throw invalid(key, "a Python literal (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a value that may be one name or a Python list of names: {@code os} or
     * {@code ['os', 'praat']}.
     *
     * @param key the key
     * @param defaultValue used when absent
     * @return the names, never empty
     * @throws UserException if the value is neither
     */
    public List<String> getNames(String key, List<String> defaultValue) {
        Optional<Object> value = literal(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Object v = value.get();
        if (v instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(o -> {
                if (o == null || o instanceof List || o instanceof Map) {
                    throw invalid(key, "a name or a list of names, e.g. ['os', 'praat']");
                }
                return String.valueOf(o);
            }).toList();
        }
        if (v instanceof String || v instanceof Number) {
            return List.of(String.valueOf(v));
        }
        throw invalid(key, "a name or a list of names, e.g. ['os', 'praat']");
    }

    /**
     * @param key the key
     * @return the value parsed as a Python literal
     * @throws UserException naming the key when it does not parse
     */
    public Optional<Object> strictLiteral(String key, String expected) {
        Optional<String> raw = raw(key).filter(v -> !v.isBlank());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(PyLiteral.parse(raw.get()));
        } catch (IllegalArgumentException e) {
            throw invalid(key, expected);
        }
    }

    @Override
    public UserException invalid(String key, String expected) {
        return new UserException("config", file + ": [" + name + "] " + key + " = "
                + raw(key).orElse("") + ": expected " + expected);
    }
}
