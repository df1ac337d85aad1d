package org.nkululeko.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nkululeko.api.UserException;
import org.nkululeko.core.io.Csv;

/**
 * Reads an audformat database: {@code db.yaml} and one {@code db.<table>.csv} per table, with
 * filewise ({@code file}) or segmented ({@code file,start,end}) indices.
 *
 * <p>Columns are found by name or by scheme; a scheme whose labels point to a misc table (or
 * hold a dict of attributes) lets attributes of the label resolve too, so {@code gender} and
 * {@code age} come through {@code speaker} in emodb. The target comes from
 * {@code target_tables + files_tables + test_tables + train_tables + dev_tables} when any are
 * set, else from every table that has it.
 */
public final class AudformatLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final DatabaseSettings settings;
    private final Path root;
    private final String target;
    private JsonNode header;
    private final Map<String, Csv> tables = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, String>>> miscTables = new HashMap<>();

    /**
     * @param settings the database's settings
     * @param target the target column ({@code <db>.label} or {@code [DATA] target})
     */
    public AudformatLoader(DatabaseSettings settings, String target) {
        this.settings = settings;
        this.root = settings.path();
        this.target = target;
    }

    /**
     * @return the loaded database
     * @throws UserException if {@code db.yaml} or a table is missing or broken, or no table
     *     holds the target
     */
    public LoadedDatabase load() {
        readHeader();
        List<String> targetTables = new ArrayList<>();
        // dev_tables too (nkululeko leaves them out, so its three-way specified split has no
        // dev rows); decisions.md: every strategy defines train, dev and test.
        for (String key : List.of("target_tables", "files_tables", "test_tables",
                "train_tables", "dev_tables")) {
            targetTables.addAll(settings.getNames(key));
        }
        for (String id : targetTables) {
            table(id);
        }
        if (targetTables.isEmpty()) {
            for (String id : tables.keySet()) {
                if (columnIn(tables.get(id), target) >= 0) {
                    targetTables.add(id);
                }
            }
        }
        if (targetTables.isEmpty()) {
            throw new UserException("dataset", settings.name() + ": no table of " + root
                    + " has the target column '" + target + "' (tables: "
                    + String.join(", ", tables.keySet()) + "); set [DATA] target or "
                    + settings.key("target_tables"));
        }
        return new LoadedDatabase(settings.name(), root, samples(targetTables), tableTargets());
    }

    private void readHeader() {
        Path yaml = root.resolve("db.yaml");
        if (!Files.isRegularFile(yaml)) {
            throw new UserException("dataset", "no audformat database found at " + root
                    + " (no db.yaml); for a CSV file set [DATA] " + settings.key("type")
                    + " = csv");
        }
        try {
            header = YAML.readTree(yaml.toFile());
        } catch (IOException e) {
            throw new UserException("dataset", yaml + ": not a readable db.yaml ("
                    + e.getMessage() + ")", e);
        }
        for (Iterator<String> it = header.path("tables").fieldNames(); it.hasNext();) {
            table(it.next());
        }
    }

    private Csv table(String id) {
        Csv csv = tables.get(id);
        if (csv == null) {
            Path file = root.resolve("db." + id + ".csv");
            if (!header.path("tables").has(id) && !Files.exists(file)) {
                throw new UserException("dataset", settings.name() + ": no table '" + id
                        + "' in " + root + " (tables: " + String.join(", ", tables.keySet())
                        + ")");
            }
            if (!Files.isRegularFile(file)) {
                throw new UserException("dataset", "table '" + id + "' of " + root
                        + " has no file " + file.getFileName() + " (only CSV tables are read)");
            }
            csv = Csv.read(file);
            if (csv.column("file") < 0) {
                throw new UserException("dataset", file + ": no 'file' column");
            }
            tables.put(id, csv);
        }
        return csv;
    }

    private List<Sample> samples(List<String> targetTables) {
        Map<String, Map<String, String>> info = fileInfo();
        Map<String, Sample> out = new LinkedHashMap<>();
        for (String id : targetTables) {
            Csv csv = table(id);
            int targetColumn = columnIn(csv, target);
            if (targetColumn < 0) {
                throw new UserException("dataset", settings.name() + ": table '" + id
                        + "' has no column '" + target + "' (columns: " + csv.header() + ")");
            }
            for (String[] row : csv.rows()) {
                String value = row[targetColumn];
                if (value == null || value.isBlank()) {
                    continue;
                }
                Sample s = sample(csv, row, info);
                Map<String, String> values = new LinkedHashMap<>(s.values());
                values.put(target, value.trim());
                out.putIfAbsent(s.key(), new Sample(s.db(), s.file(), s.relPath(),
                        s.startSeconds(), s.endSeconds(), values));
            }
        }
        return new ArrayList<>(out.values());
    }

    private Sample sample(Csv csv, String[] row, Map<String, Map<String, String>> info) {
        String rel = csv.get(row, "file").trim();
        double start = csv.column("start") >= 0 ? TimeValues.seconds(csv.get(row, "start")) : 0;
        double end = csv.column("end") >= 0 ? TimeValues.seconds(csv.get(row, "end"))
                : Double.NaN;
        Map<String, String> values = new LinkedHashMap<>(info.getOrDefault(rel, Map.of()));
        values.putAll(rowValues(csv, row));
        return new Sample(settings.name(), root.resolve(rel).toString(), rel,
                Double.isNaN(start) ? 0 : start, end, values);
    }

    /** Every column of every filewise table, plus misc-table attributes, by file. */
    private Map<String, Map<String, String>> fileInfo() {
        Map<String, Map<String, String>> info = new HashMap<>();
        for (Map.Entry<String, Csv> e : tables.entrySet()) {
            Csv csv = e.getValue();
            boolean segmented = csv.column("start") >= 0;
            if (segmented) {
                continue;
            }
            for (String[] row : csv.rows()) {
                info.computeIfAbsent(csv.get(row, "file").trim(), k -> new LinkedHashMap<>())
                        .putAll(rowValues(csv, row));
            }
        }
        return info;
    }

    private Map<String, String> rowValues(Csv csv, String[] row) {
        Map<String, String> values = new LinkedHashMap<>();
        String table = tableId(csv);
        for (int i = 0; i < csv.header().size(); i++) {
            String column = csv.header().get(i);
            if (column.equals("file") || column.equals("start") || column.equals("end")
                    || row[i] == null || row[i].isBlank()) {
                continue;
            }
            values.put(column, row[i].trim());
            String scheme = header.path("tables").path(table).path("columns").path(column)
                    .path("scheme_id").asText(column);
            values.putIfAbsent(scheme, row[i].trim());
            attributes(scheme, row[i].trim()).forEach(values::putIfAbsent);
        }
        return values;
    }

    private String tableId(Csv csv) {
        for (Map.Entry<String, Csv> e : tables.entrySet()) {
            if (e.getValue() == csv) {
                return e.getKey();
            }
        }
        return "";
    }

    /** Attributes of a scheme label: from a misc table or a dict of labels. */
    private Map<String, String> attributes(String scheme, String label) {
        JsonNode labels = header.path("schemes").path(scheme).path("labels");
        if (labels.isTextual()) {
            return misc(labels.asText()).getOrDefault(label, Map.of());
        }
        if (labels.isObject() && labels.path(label).isObject()) {
            Map<String, String> out = new LinkedHashMap<>();
            labels.path(label).fields().forEachRemaining(f -> out.put(f.getKey(),
                    f.getValue().asText()));
            return out;
        }
        return Map.of();
    }

    private Map<String, Map<String, String>> misc(String id) {
        return miscTables.computeIfAbsent(id, k -> {
            Path file = root.resolve("db." + id + ".csv");
            if (!Files.isRegularFile(file)) {
                throw new UserException("dataset", "misc table '" + id + "' of " + root
                        + " has no file " + file.getFileName());
            }
            Csv csv = Csv.read(file);
            Map<String, Map<String, String>> byLevel = new HashMap<>();
            for (String[] row : csv.rows()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 1; i < csv.header().size(); i++) {
                    if (row[i] != null && !row[i].isBlank()) {
                        values.put(csv.header().get(i), row[i].trim());
                    }
                }
                byLevel.put(row[0].trim(), values);
            }
            return byLevel;
        });
    }

    private int columnIn(Csv csv, String name) {
        int direct = csv.column(name);
        if (direct >= 0) {
            return direct;
        }
        JsonNode columns = header.path("tables").path(tableId(csv)).path("columns");
        Set<String> byScheme = new LinkedHashSet<>();
        columns.fields().forEachRemaining(f -> {
            if (f.getValue().path("scheme_id").asText("").equals(name)) {
                byScheme.add(f.getKey());
            }
        });
        return byScheme.isEmpty() ? -1 : csv.column(byScheme.iterator().next());
    }

    private Map<String, Map<String, String>> tableTargets() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Csv> e : tables.entrySet()) {
            Csv csv = e.getValue();
            int col = columnIn(csv, target);
            Map<String, String> keys = new LinkedHashMap<>();
            for (String[] row : csv.rows()) {
                Sample s = sample(csv, row, Map.of());
                keys.put(s.key(), col >= 0 ? row[col] : null);
            }
            out.put(e.getKey(), keys);
        }
        return out;
    }
}
