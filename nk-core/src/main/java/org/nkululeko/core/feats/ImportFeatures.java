package org.nkululeko.core.feats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.data.Sample;
import org.nkululeko.core.io.Csv;

/**
 * {@code [FEATS] type = ['import']}: features read from {@code import_file} (a path or a list of
 * paths to CSV files). The first column, or the column named {@code file}, names the audio; a
 * row matches a sample when that path equals the sample's path relative to its database folder
 * (audformat) or audio root (CSV), or the same absolute path. Every other column is a feature.
 */
final class ImportFeatures {

    private final Section feats;

    ImportFeatures(Section feats) {
        this.feats = feats;
    }

    /**
     * @param samples the samples of one database
     * @return their imported features
     * @throws UserException naming the first sample no import file has
     */
    FeatureTable load(List<Sample> samples) {
        List<String> files = feats.getNames("import_file", List.of());
        if (files.isEmpty()) {
            throw new UserException("featureset", "[FEATS] type import needs [FEATS] "
                    + "import_file = path/to/features.csv");
        }
        List<String> columns = null;
        Map<String, double[]> byPath = new HashMap<>();
        for (String f : files) {
            Csv csv = Csv.read(Path.of(f));
            int fileColumn = csv.column("file") >= 0 ? csv.column("file") : 0;
            List<String> names = new ArrayList<>(csv.header());
            names.remove(fileColumn);
            if (columns == null) {
                columns = names;
            } else if (!columns.equals(names)) {
                throw new UserException("featureset", f + ": its columns differ from those of "
                        + files.get(0) + " ([FEATS] import_file)");
            }
            for (String[] row : csv.rows()) {
                byPath.put(normalise(row[fileColumn]), values(f, row, fileColumn));
            }
        }
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (Sample s : samples) {
            double[] v = byPath.get(normalise(s.relPath()));
            if (v == null) {
                v = byPath.get(normalise(Path.of(s.file()).toAbsolutePath().toString()));
            }
            if (v == null) {
                throw new UserException("featureset", "no imported features for " + s.file()
                        + " (looked for '" + s.relPath() + "' in " + String.join(", ", files)
                        + ", [FEATS] import_file)");
            }
            rows.put(s.key(), v);
        }
        return new FeatureTable(columns, rows, null);
    }

    private static double[] values(String file, String[] row, int fileColumn) {
        double[] v = new double[row.length - 1];
        int at = 0;
        for (int i = 0; i < row.length; i++) {
            if (i == fileColumn) {
                continue;
            }
            String cell = row[i] == null ? "" : row[i].trim();
            try {
                v[at++] = cell.isEmpty() || cell.equalsIgnoreCase("nan") ? Double.NaN
                        : Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new UserException("featureset", file + ": value '" + cell + "' for "
                        + row[fileColumn] + " is not a number");
            }
        }
        return v;
    }

    private static String normalise(String path) {
        String p = Path.of(path.trim()).normalize().toString();
        return p.startsWith("./") ? p.substring(2) : p;
    }
}
