package org.nkululeko.core.feats;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkululeko.api.UserException;
import org.nkululeko.core.io.AtomicFiles;
import org.nkululeko.core.io.Csv;

/**
 * Reads and writes feature tables in {@code store/}: {@code store_format = csv} (first column
 * the sample's audio file, then the named features; segments add {@code start} and {@code end})
 * or the default binary format ({@code .nkf}: exact doubles, fast for large matrices).
 */
public final class FeatureStore {

    private static final int MAGIC = 0x4e4b4631;

    private FeatureStore() {
    }

    /**
     * @param storeFormat {@code csv}, or {@code pkl} (nkululeko's default, stored here as
     *     {@code nkf})
     * @return the file extension
     */
    public static String extension(String storeFormat) {
        return storeFormat.equals("csv") ? "csv" : "nkf";
    }

    /**
     * @param file the target, written whole or not at all
     * @param table the features
     * @throws IOException if writing fails
     */
    public static void write(Path file, FeatureTable table)
            throws IOException {
        if (file.toString().endsWith(".csv")) {
            writeCsv(file, table);
        } else {
            writeBinary(file, table);
        }
    }

    /**
     * @param file a stored table
     * @return the table
     * @throws UserException if the file is unreadable
     */
    public static FeatureTable read(Path file) {
        try {
            return file.toString().endsWith(".csv") ? readCsv(file) : readBinary(file);
        } catch (IOException | RuntimeException e) {
            throw new UserException("featureset", "cannot read the feature store " + file
                    + " (" + e.getMessage() + "); delete it or set [FEATS] no_reuse = True", e);
        }
    }

    private static void writeBinary(Path file, FeatureTable table) throws IOException {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.writeInt(MAGIC);
            int[] shape = table.rowShape() == null ? new int[0] : table.rowShape();
            out.writeInt(shape.length);
            for (int d : shape) {
                out.writeInt(d);
            }
            out.writeInt(table.columns().size());
            for (String c : table.columns()) {
                out.writeUTF(c);
            }
            out.writeInt(table.rows().size());
            for (Map.Entry<String, double[]> e : table.rows().entrySet()) {
                out.writeUTF(e.getKey());
                for (double v : e.getValue()) {
                    out.writeDouble(v);
                }
            }
            out.flush();
        });
    }

    private static FeatureTable readBinary(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a feature store file");
            }
            int[] shape = new int[in.readInt()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = in.readInt();
            }
            List<String> columns = new ArrayList<>();
            int nColumns = in.readInt();
            for (int i = 0; i < nColumns; i++) {
                columns.add(in.readUTF());
            }
            Map<String, double[]> rows = new LinkedHashMap<>();
            int nRows = in.readInt();
            for (int r = 0; r < nRows; r++) {
                String key = in.readUTF();
                double[] v = new double[nColumns];
                for (int i = 0; i < nColumns; i++) {
                    v[i] = in.readDouble();
                }
                rows.put(key, v);
            }
            return new FeatureTable(columns, rows, shape.length == 0 ? null : shape);
        }
    }

    private static void writeCsv(Path file, FeatureTable table)
            throws IOException {
        boolean segmented = table.rows().keySet().stream()
                .anyMatch(k -> !k.endsWith("|0.0|NaN"));
        List<String> header = new ArrayList<>(segmented ? List.of("file", "start", "end")
                : List.of("file"));
        int first = header.size();
        header.addAll(table.columns());
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> e : table.rows().entrySet()) {
            String[] parts = e.getKey().split("\\|");
            Object[] row = new Object[header.size()];
            row[0] = parts[0];
            if (segmented) {
                row[1] = parts[1];
                row[2] = parts[2];
            }
            for (int i = 0; i < e.getValue().length; i++) {
                double v = e.getValue()[i];
                row[first + i] = Double.isNaN(v) ? "NaN" : Double.toString(v);
            }
            rows.add(row);
        }
        Csv.write(file, header, rows);
    }

    private static FeatureTable readCsv(Path file) {
        Csv csv = Csv.read(file);
        boolean segmented = csv.header().size() > 2 && csv.header().get(1).equals("start")
                && csv.header().get(2).equals("end");
        int first = segmented ? 3 : 1;
        List<String> columns = csv.header().subList(first, csv.header().size());
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (String[] row : csv.rows()) {
            double[] v = new double[columns.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.parseDouble(row[first + i]);
            }
            String key = segmented ? row[0] + "|" + row[1] + "|" + row[2]
                    : row[0] + "|0.0|NaN";
            rows.put(key, v);
        }
        return new FeatureTable(columns, rows, null);
    }
}
