package org.nkululeko.core.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nkululeko.api.UserException;

/**
 * A CSV file as a header and string rows, read and written with Jackson's CSV format (RFC 4180
 * quoting).
 *
 * @param file where it came from, for messages
 * @param header the column names
 * @param rows the cells, each row as long as the header
 */
public record Csv(Path file, List<String> header, List<String[]> rows) {

    private static final CsvMapper MAPPER = new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES);

    /**
     * @param file a CSV file with a header line
     * @return the table; short rows are padded with empty cells
     * @throws UserException naming the file if it is missing, empty or malformed
     */
    public static Csv read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
                    .with(CsvSchema.emptySchema()).readValues(reader);
            if (!it.hasNext()) {
                throw new UserException("dataset", file + ": empty CSV file");
            }
            List<String> header = Arrays.stream(it.next()).map(String::trim).toList();
            List<String[]> rows = new ArrayList<>();
            while (it.hasNext()) {
                String[] row = it.next();
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                rows.add(row.length == header.size() ? row
                        : Arrays.copyOf(row, header.size()));
            }
            return new Csv(file, header, rows);
        } catch (NoSuchFileException e) {
            throw new UserException("dataset", "no such file: " + file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException("dataset", file + ": not a readable CSV file ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * @param name a column name
     * @return its index, or -1
     */
    public int column(String name) {
        return header.indexOf(name);
    }

    /**
     * @param row a row
     * @param name a column name
     * @return the cell, or null when the column does not exist or the cell is null
     */
    public String get(String[] row, String name) {
        int i = column(name);
        return i < 0 || i >= row.length ? null : row[i];
    }

    /**
     * Writes a table whole or not at all.
     *
     * @param target the file
     * @param header column names
     * @param rows cells (Strings or numbers; doubles written in full precision, NaN as empty)
     * @throws IOException if writing fails
     */
    public static void write(Path target, List<String> header, Iterable<Object[]> rows)
            throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeLine(w, header.toArray());
            for (Object[] row : rows) {
                writeLine(w, row);
            }
            w.flush();
        });
    }

    /**
     * @param cells the cells of one line
     * @return the line without its newline, quoted where needed
     */
    public static String line(Object... cells) {
        StringWriter w = new StringWriter();
        try {
            writeLine(w, cells);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String s = w.toString();
        return s.substring(0, s.length() - 1);
    }

    private static void writeLine(Writer w, Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells[i]));
        }
        w.write('\n');
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() ? "" : Double.toString(d);
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
