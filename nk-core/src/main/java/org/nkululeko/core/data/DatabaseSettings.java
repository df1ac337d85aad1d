package org.nkululeko.core.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.config.IniFile;
import org.nkululeko.core.config.Section;

/**
 * The {@code [DATA] <db>.<key>} settings of one database, e.g. {@code emodb.split_strategy}.
 * Lookups are case-insensitive, like every key.
 */
public final class DatabaseSettings {

    private final String name;
    private final Section data;

    /**
     * @param config the experiment configuration
     * @param name the database name as listed in {@code [DATA] databases}
     */
    public DatabaseSettings(ExperimentConfig config, String name) {
        this.name = name;
        this.data = withRootFolders(config);
    }

    /**
     * {@code [DATA] root_folders}: a second INI file whose {@code [DATA]} section gives defaults
     * for the database entries ({@code emodb = ...}, {@code emodb.split_strategy = ...}); the
     * experiment's own entries win.
     */
    private static Section withRootFolders(ExperimentConfig config) {
        Section own = config.section("DATA");
        if (!own.enabled("root_folders")) {
            return own;
        }
        Path file = Path.of(own.getString("root_folders", ""));
        Map<String, String> merged = new java.util.LinkedHashMap<>();
        try {
            merged.putAll(IniFile.read(file).sections().getOrDefault("DATA", Map.of()));
        } catch (org.nkululeko.api.UserException e) {
            throw new org.nkululeko.api.UserException("dataset", config.file()
                    + ": [DATA] root_folders = " + file + ": " + e.getMessage(), e);
        }
        for (String key : own.keys()) {
            merged.put(key, own.raw(key).orElse(""));
        }
        return new Section(config.file(), "DATA", merged);
    }

    /** @return the database name */
    public String name() {
        return name;
    }

    /** @return the {@code [DATA]} section */
    public Section data() {
        return data;
    }

    /**
     * @param key a per-database key
     * @return the full key, {@code <db>.<key>}
     */
    public String key(String key) {
        return name + "." + key;
    }

    /** @return {@code [DATA] <db>}: the database folder or CSV file */
    public Path path() {
        return Path.of(data.require(name));
    }

    /**
     * @param key a per-database key
     * @param defaultValue used when absent
     * @return the unquoted value
     */
    public String getString(String key, String defaultValue) {
        return data.getString(key(key), defaultValue);
    }

    /**
     * @param key a per-database key
     * @param defaultValue used when absent
     * @return the value as a double
     */
    public double getDouble(String key, double defaultValue) {
        return data.getDouble(key(key), defaultValue);
    }

    /**
     * @param key a per-database key
     * @param defaultValue used when absent
     * @return the value as a boolean
     */
    public boolean getBoolean(String key, boolean defaultValue) {
        return data.getBoolean(key(key), defaultValue);
    }

    /**
     * @param key a per-database key
     * @return the names, or an empty list when absent
     */
    public List<String> getNames(String key) {
        return data.getNames(key(key), List.of());
    }

    /**
     * @param key a per-database key
     * @return the value as a Python literal
     */
    public Optional<Object> literal(String key) {
        return data.literal(key(key));
    }

    /**
     * @param key a per-database key
     * @param expected what a valid value looks like
     * @return the dict value, if present
     */
    @SuppressWarnings("unchecked")
    public Optional<Map<Object, Object>> dict(String key, String expected) {
        return data.strictLiteral(key(key), expected).map(v -> {
            if (!(v instanceof Map)) {
                throw data.invalid(key(key), expected);
            }
            return (Map<Object, Object>) v;
        });
    }

    /**
     * @param key a per-database key
     * @return true when present and not empty
     */
    public boolean has(String key) {
        return data.has(key(key));
    }
}
