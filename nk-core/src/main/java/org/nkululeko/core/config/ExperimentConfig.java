package org.nkululeko.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nkululeko.api.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole experiment configuration: the sections of one INI file, checked for the required
 * keys ({@code [EXP] root}, {@code [EXP] name}, {@code [DATA] databases}) and for unknown keys,
 * which are warned about with the closest known key.
 */
public final class ExperimentConfig {

    private static final Logger LOG = LoggerFactory.getLogger("config");

    private final IniFile ini;
    private final List<String> databases;

    private ExperimentConfig(IniFile ini) {
        this.ini = ini;
        if (!ini.sections().containsKey("EXP")) {
            throw new UserException("experiment", ini.file() + ": the [EXP] section is missing"
                    + caseHint("EXP"));
        }
        section("EXP").require("root");
        section("EXP").require("name");
        if (!ini.sections().containsKey("DATA")) {
            throw new UserException("experiment", ini.file()
                    + ": the [DATA] section is missing" + caseHint("DATA"));
        }
        section("DATA").require("databases");
        databases = section("DATA").getNames("databases", List.of());
    }

    private String caseHint(String name) {
        return ini.sections().keySet().stream().filter(s -> s.equalsIgnoreCase(name))
                .findFirst().map(s -> " (found [" + s + "]; section names are case-sensitive)")
                .orElse("");
    }

    /**
     * @param file the INI file
     * @return the checked configuration
     * @throws UserException if the file is missing, malformed or lacks a required key
     */
    public static ExperimentConfig load(Path file) {
        return new ExperimentConfig(IniFile.read(file));
    }

    /**
     * @param file the name used in messages
     * @param text INI text
     * @return the checked configuration
     */
    public static ExperimentConfig parse(Path file, String text) {
        return new ExperimentConfig(IniFile.parse(file, text));
    }

    /** @return the INI file */
    public Path file() {
        return ini.file();
    }

    /**
     * @param name a section name, case-sensitive
     * @return the section, empty when the file has none of that name
     */
    public Section section(String name) {
        return new Section(ini.file(), name, ini.sections().getOrDefault(name, Map.of()));
    }

    /** @return every section: name to (lower-case key to raw value), in file order */
    public Map<String, Map<String, String>> sections() {
        return ini.sections();
    }

    /**
     * @param file the name used in messages
     * @param sections section name to (key to raw value), as {@link #sections()} gives them
     * @return the checked configuration
     */
    public static ExperimentConfig of(Path file, Map<String, Map<String, String>> sections) {
        return new ExperimentConfig(IniFile.of(file, sections));
    }

    /** @return {@code [DATA] databases} */
    public List<String> databases() {
        return databases;
    }

    /**
     * Logs a WARNING for every key no component reads, with the closest known key.
     *
     * @return the warnings, also logged
     */
    public List<String> warnUnknownKeys() {
        return warnUnknownKeys(Map.of());
    }

    /**
     * Logs a WARNING for every key no component reads, with the closest known key.
     *
     * @param extra per section, more keys that count as known (those the configured plugins
     *     declare)
     * @return the warnings, also logged
     */
    public List<String> warnUnknownKeys(Map<String, Set<String>> extra) {
        List<String> warnings = new ArrayList<>();
        ini.sections().forEach((sectionName, values) -> {
            Set<String> known = KnownKeys.SECTIONS.get(sectionName);
            if (known != null && extra.containsKey(sectionName)) {
                known = new java.util.HashSet<>(known);
                known.addAll(extra.get(sectionName));
            }
            if (known == null) {
                warnings.add("unknown section [" + sectionName + "] in " + ini.file());
                return;
            }
            for (String key : values.keySet()) {
                if (!known.contains(key) && !isDatabaseKey(sectionName, key)) {
                    warnings.add(unknownKeyMessage(sectionName, key, known));
                } else if (isIgnored(sectionName, key)
                        && section(sectionName).enabled(key)) {
                    warnings.add("[" + sectionName + "] " + key + " is not supported in this "
                            + "version and is ignored");
                }
            }
        });
        warnings.forEach(LOG::warn);
        return warnings;
    }

    private boolean isIgnored(String sectionName, String key) {
        if (KnownKeys.IGNORED.getOrDefault(sectionName, Set.of()).contains(key)) {
            return true;
        }
        if (!sectionName.equals("DATA")) {
            return false;
        }
        for (String db : databases) {
            String lower = db.toLowerCase();
            if (key.startsWith(lower + ".")
                    && KnownKeys.DATABASE_IGNORED.contains(key.substring(lower.length() + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean isDatabaseKey(String sectionName, String key) {
        if (!sectionName.equals("DATA")) {
            return false;
        }
        List<String> names = new ArrayList<>(databases);
        names.addAll(section("DATA").getNames("tests", List.of()));
        for (String db : names) {
            String lower = db.toLowerCase();
            if (key.equals(lower)) {
                return true;
            }
            if (key.startsWith(lower + ".")
                    && KnownKeys.DATABASE.contains(key.substring(lower.length() + 1))) {
                return true;
            }
        }
        return false;
    }

    private String unknownKeyMessage(String sectionName, String key, Set<String> known) {
        Set<String> candidates = new TreeSet<>(known);
        String prefix = "";
        if (sectionName.equals("DATA")) {
            for (String db : databases) {
                if (key.startsWith(db.toLowerCase() + ".")) {
                    prefix = db + ".";
                    candidates = new TreeSet<>(KnownKeys.DATABASE);
                }
            }
        }
        String bare = key.substring(prefix.length());
        String guess = KnownKeys.closest(bare, candidates);
        return "unknown key [" + sectionName + "] " + key + " is ignored"
                + (guess == null ? "" : "; did you mean " + prefix + guess + "?");
    }
}
