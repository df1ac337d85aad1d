package org.nkululeko.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkululeko.api.UserException;
import org.nkululeko.core.io.Csv;

/**
 * Reads a CSV database: a {@code file} column (mandatory), optional {@code start}/{@code end}
 * (seconds or timedeltas), the target, and any other columns ({@code speaker}, {@code gender},
 * {@code age}, ...).
 *
 * <p>Paths: with {@code absolute_path = True} (default) a file is {@code audio_path/file}
 * ({@code audio_path} default {@code ./}, so the path as written, relative to the working
 * directory); with {@code False} it is {@code <folder of the CSV>/audio_path/file}.
 */
public final class CsvLoader {

    private final DatabaseSettings settings;
    private final String target;

    /**
     * @param settings the database's settings
     * @param target the target column
     */
    public CsvLoader(DatabaseSettings settings, String target) {
        this.settings = settings;
        this.target = target;
    }

    /**
     * @return the loaded database
     * @throws UserException if the file is missing, has no {@code file} column, or lacks the
     *     target column
     */
    public LoadedDatabase load() {
        Path csvPath = settings.path();
        if (!Files.isRegularFile(csvPath)) {
            throw new UserException("dataset", "no such CSV file: " + csvPath + " ([DATA] "
                    + settings.name() + ")");
        }
        Csv csv = Csv.read(csvPath);
        Map<String, String> renames = colnames();
        List<String> header = csv.header().stream().map(h -> renames.getOrDefault(h, h))
                .toList();
        if (!header.contains("file")) {
            throw new UserException("dataset", csvPath + ": no 'file' column (columns: "
                    + header + ")");
        }
        if (!header.contains(target)) {
            throw new UserException("dataset", csvPath + ": no target column '" + target
                    + "' (columns: " + header + "); check [DATA] target");
        }
        Path audioRoot = audioRoot(csvPath);
        List<Sample> samples = new ArrayList<>();
        for (String[] row : csv.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (row[i] != null && !row[i].isBlank()) {
                    values.put(header.get(i), row[i].trim());
                }
            }
            if (!values.containsKey(target) || !values.containsKey("file")) {
                continue;
            }
            String rel = values.remove("file");
            double start = values.containsKey("start")
                    ? TimeValues.seconds(values.remove("start")) : 0;
            double end = values.containsKey("end") ? TimeValues.seconds(values.remove("end"))
                    : Double.NaN;
            samples.add(new Sample(settings.name(), audioRoot.resolve(rel).normalize()
                    .toString(), rel, Double.isNaN(start) ? 0 : start, end, values));
        }
        return new LoadedDatabase(settings.name(), audioRoot, samples, Map.of());
    }

    private Path audioRoot(Path csvPath) {
        String audioPath = settings.getString("audio_path", "./");
        boolean absolute = settings.getBoolean("absolute_path", true);
        if (absolute) {
            return Path.of(audioPath);
        }
        Path parent = csvPath.getParent() == null ? Path.of(".") : csvPath.getParent();
        return parent.resolve(audioPath);
    }

    private Map<String, String> colnames() {
        Map<String, String> out = new LinkedHashMap<>();
        settings.dict("colnames", "a dict {'source_column': 'new_column'}")
                .ifPresent(m -> m.forEach((k, v) -> out.put(String.valueOf(k),
                        String.valueOf(v))));
        return out;
    }
}
