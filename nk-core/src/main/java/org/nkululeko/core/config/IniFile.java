package org.nkululeko.core.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ini4j.Config;
import org.ini4j.Ini;
import org.ini4j.InvalidFileFormatException;
import org.ini4j.Profile;
import org.nkululeko.api.UserException;

/**
 * Reads an nkululeko INI file into ordered sections of raw values.
 *
 * <p>ini4j does the parsing, configured as {@code specs/java-deps.md} §8 says (no escapes, so
 * Windows paths survive; keys lower-cased; empty values allowed). Three rules of
 * {@code specs/decisions.md} that ini4j cannot meet are done here, on top of it:
 * indented continuation lines are joined to the value above (as Python's configparser does),
 * inline comments starting at whitespace + {@code #} or {@code ;} outside quotes and brackets are
 * removed, and a key or section given twice is an error (configparser's strict mode). Section
 * names stay case-sensitive.
 */
public final class IniFile {

    private final Path file;
    private final Map<String, Map<String, String>> sections;

    private IniFile(Path file, Map<String, Map<String, String>> sections) {
        this.file = file;
        this.sections = sections;
    }

    /**
     * @param file the INI file
     * @return the parsed file
     * @throws UserException if the file is missing, unreadable, malformed or has a duplicate key
     */
    public static IniFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("nkululeko", "no such config file: " + file);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("nkululeko", "cannot read config file " + file + ": "
                    + e.getMessage(), e);
        }
        return parse(file, text);
    }

    /**
     * @param file the name used in messages
     * @param text the INI text
     * @return the parsed file
     * @throws UserException if the text is malformed or has a duplicate key
     */
    public static IniFile parse(Path file, String text) {
        Ini ini = new Ini();
        Config config = new Config();
        config.setEscape(false);
        config.setLowerCaseOption(true);
        config.setEmptyOption(true);
        config.setMultiOption(true);
        config.setMultiSection(false);
        ini.setConfig(config);
        try {
            ini.load(new StringReader(joinContinuationLines(file, text)));
        } catch (InvalidFileFormatException e) {
            throw new UserException("config", file + ": not a valid INI file ("
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UserException("config", "cannot read config file " + file, e);
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        for (Profile.Section section : ini.values()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : section.keySet()) {
                List<String> all = section.getAll(key);
                if (all.size() > 1) {
                    throw new UserException("config", file + ": [" + section.getName() + "] "
                            + key + " is given " + all.size() + " times");
                }
                String raw = all.get(0) == null ? "" : all.get(0);
                values.put(key.toLowerCase(Locale.ROOT), stripInlineComment(raw).trim());
            }
            sections.merge(section.getName(), values, (a, b) -> {
                throw new UserException("config", file + ": section [" + section.getName()
                        + "] is given twice");
            });
        }
        return new IniFile(file, sections);
    }

    /**
     * @param file the name used in messages
     * @param sections section name to (key to raw value)
     * @return the same structure as a parsed file
     */
    static IniFile of(Path file, Map<String, Map<String, String>> sections) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
        return new IniFile(file, copy);
    }

    /** @return the file this was read from */
    public Path file() {
        return file;
    }

    /** @return section name to (lower-case key to value), in file order */
    public Map<String, Map<String, String>> sections() {
        return sections;
    }

    /**
     * Removes an inline comment: {@code #} or {@code ;} preceded by whitespace, outside quotes
     * and brackets. {@code http://x.org/a#frag} and {@code '#1'} are kept.
     *
     * @param value a raw value
     * @return the value without its comment, not trimmed
     */
    static String stripInlineComment(String value) {
        return stripInlineComment(value, false);
    }

    /**
     * @param value a raw value
     * @param inBrackets true for a line continued on the next: there, as in Python source, a
     *     comment also ends a line inside brackets ({@code labels = ['a',  # first})
     */
    private static String stripInlineComment(String value, boolean inBrackets) {
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if ((c == ']' || c == '}' || c == ')') && depth > 0) {
                depth--;
            } else if ((c == '#' || c == ';') && (depth == 0 || inBrackets)
                    && (i == 0 || Character.isWhitespace(value.charAt(i - 1)))) {
                return value.substring(0, i);
            }
        }
        return value;
    }

    /**
     * Joins indented continuation lines to the key line above with a space, and drops
     * whole-line comments first so that ini4j never sees a continuation.
     */
    private static String joinContinuationLines(Path file, String text) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> sectionNames = new java.util.HashSet<>();
        for (String line : text.split("\r?\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("[") && trimmed.endsWith("]")
                    && !Character.isWhitespace(line.charAt(0))
                    && !sectionNames.add(trimmed.substring(1, trimmed.length() - 1).strip())) {
                throw new UserException("config", file + ": section " + trimmed
                        + " is given twice");
            }
            boolean comment = trimmed.startsWith("#") || trimmed.startsWith(";");
            boolean continuation = !trimmed.isEmpty() && !comment
                    && Character.isWhitespace(line.charAt(0)) && !out.isEmpty()
                    && !out.get(out.size() - 1).isBlank()
                    && !out.get(out.size() - 1).strip().startsWith("[");
            if (comment) {
                continue; // as in configparser, a comment does not end a multi-line value
            } else if (continuation) {
                out.set(out.size() - 1, stripInlineComment(out.get(out.size() - 1), true) + " "
                        + trimmed);
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }
}
