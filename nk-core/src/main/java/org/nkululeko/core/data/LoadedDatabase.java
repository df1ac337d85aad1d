package org.nkululeko.core.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A database as read from disk, before splitting.
 *
 * @param name the name from {@code [DATA] databases}
 * @param root the folder paths are relative to
 * @param samples the labelled samples (rows with a target)
 * @param tables for audformat: table id to the keys ({@link Sample#key()}) and target values
 *     of its rows, used by the {@code specified} and {@code database} split strategies; empty
 *     for CSV databases
 */
public record LoadedDatabase(String name, Path root, List<Sample> samples,
        Map<String, Map<String, String>> tables) {
}
