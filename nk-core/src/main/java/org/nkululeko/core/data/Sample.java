package org.nkululeko.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a database: an audio file or a segment of it, with its label columns.
 *
 * @param db the database name from {@code [DATA] databases}
 * @param file the audio path as resolved for reading (relative to the working directory or
 *     absolute)
 * @param relPath the path relative to the database folder (audformat) or the CSV's audio root;
 *     what {@code import} files match against
 * @param startSeconds segment start, 0 for a whole file
 * @param endSeconds segment end, NaN for the end of the file
 * @param values column name to value as text (target, speaker, gender, age, ...); a copy
 */
public record Sample(String db, String file, String relPath, double startSeconds,
        double endSeconds, Map<String, String> values) {

    /** Copies the values. */
    public Sample {
        Objects.requireNonNull(file, "file");
        values = new LinkedHashMap<>(values);
    }

    /**
     * @param column a column name
     * @return its value, or null
     */
    public String get(String column) {
        return values.get(column);
    }

    /**
     * @param column a column name
     * @param value the new value
     * @return a copy with the column set
     */
    public Sample with(String column, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(column, value);
        return new Sample(db, file, relPath, startSeconds, endSeconds, copy);
    }

    /** @return true for a segment of a file rather than the whole file */
    public boolean isSegment() {
        return startSeconds != 0 || !Double.isNaN(endSeconds);
    }

    /** @return a key unique per file and segment */
    public String key() {
        return file + "|" + startSeconds + "|" + endSeconds;
    }

    /** @return the speaker, or null */
    public String speaker() {
        return values.get("speaker");
    }
}
