package org.nkululeko.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of one INI section, as plugins see it.
 *
 * <p>Keys are case-insensitive ({@code C_val} = {@code c_val}). Values come with inline comments
 * already removed. Typed getters accept Python literals as nkululeko writes them: {@code 0.3},
 * {@code [128, 64]}, {@code {'l1': 120}}, {@code 'quoted'}, {@code True}; booleans also accept
 * {@code true/false/yes/no/on/off/1/0} in any case. A value that does not parse throws a
 * {@link UserException} naming the file, {@code [SECTION] key}, the value and what was expected.
 */
public interface Settings {

    /** @return the section name, e.g. {@code MODEL} */
    String section();

    /**
     * @param key the key, any case
     * @return the raw value (comment stripped, surrounding quotes kept), or empty if absent
     */
    Optional<String> raw(String key);

    /**
     * @param key the key, any case
     * @param defaultValue returned when the key is absent
     * @return the value with surrounding quotes removed
     */
    String getString(String key, String defaultValue);

    /**
     * @param key the key, any case
     * @param defaultValue returned when the key is absent
     * @return the value as an int
     * @throws UserException if the value is not an integer
     */
    int getInt(String key, int defaultValue);

    /**
     * @param key the key, any case
     * @param defaultValue returned when the key is absent
     * @return the value as a double
     * @throws UserException if the value is not a number
     */
    double getDouble(String key, double defaultValue);

    /**
     * @param key the key, any case
     * @param defaultValue returned when the key is absent
     * @return the value as a boolean
     * @throws UserException if the value is not a boolean
     */
    boolean getBoolean(String key, boolean defaultValue);

    /**
     * Parses the value as a Python literal.
     *
     * @param key the key, any case
     * @return a {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@link List} or
     *     {@link Map} (insertion-ordered), {@code null} for {@code None}; or empty if absent.
     *     A bare word that is no literal ({@code standard}) comes back as a String.
     */
    Optional<Object> literal(String key);

    /**
     * Builds the error for a value this key does not accept.
     *
     * @param key the key
     * @param expected what would have been accepted, e.g. {@code "a number in (0, 1)"}
     * @return an exception naming file, {@code [SECTION] key}, the value and {@code expected}
     */
    UserException invalid(String key, String expected);

    /**
     * Settings backed by a map, for tests and for programmatic use.
     *
     * @param section the section name
     * @param values key to raw value
     * @return settings that parse values the same way as the INI reader
     */
    static Settings of(String section, Map<String, String> values) {
        return new MapSettings(section, values);
    }
}
