package org.nkululeko.core.feats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Features of many samples: named columns and one row per sample key.
 *
 * @param columns the column names
 * @param rows sample key ({@link org.nkululeko.core.data.Sample#key()}) to values, each as long
 *     as {@code columns}; insertion-ordered
 * @param rowShape the shape of a row for matrix features, or null
 */
public record FeatureTable(List<String> columns, Map<String, double[]> rows, int[] rowShape) {

    /** Copies the column list and row map. */
    public FeatureTable {
        columns = List.copyOf(columns);
        rows = new LinkedHashMap<>(rows);
    }

    /**
     * Joins tables column-wise; a sample missing from any table is left out.
     *
     * @param tables the tables, in column order
     * @return the joined table; a row shape survives only when one table is joined
     */
    public static FeatureTable join(List<FeatureTable> tables) {
        if (tables.size() == 1) {
            return tables.get(0);
        }
        List<String> columns = new ArrayList<>();
        tables.forEach(t -> columns.addAll(t.columns()));
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (String key : tables.get(0).rows().keySet()) {
            double[] joined = new double[columns.size()];
            int at = 0;
            boolean complete = true;
            for (FeatureTable t : tables) {
                double[] part = t.rows().get(key);
                if (part == null) {
                    complete = false;
                    break;
                }
                System.arraycopy(part, 0, joined, at, part.length);
                at += part.length;
            }
            if (complete) {
                rows.put(key, joined);
            }
        }
        return new FeatureTable(columns, rows, null);
    }
}
