package org.nkululeko.feats.opensmile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavReader;

/** Access to ../shared: the EmoDB copy and openSMILE's reference CSVs. */
final class ReferenceData {

    /** The three files with LLD references. */
    static final List<String> LLD_FILES = List.of("03a01Fa", "08a02Ab", "16b10Wb");

    private ReferenceData() {
    }

    static Path shared() {
        String prop = System.getProperty("nk.shared");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Paths.get(prop))) {
            return Paths.get(prop);
        }
        for (Path p : List.of(Paths.get("../shared"), Paths.get("../../shared"))) {
            if (Files.isDirectory(p.resolve("refs"))) {
                return p;
            }
        }
        return Paths.get("/work/shared");
    }

    static Path wav(String name) {
        return shared().resolve("data/emodb/wav/" + name + ".wav");
    }

    static Audio audio(String name) {
        try {
            return WavReader.read(wav(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV table: header (after the key columns) and rows keyed by the first column. */
    record Table(List<String> header, Map<String, double[][]> rows) {
    }

    /**
     * @param file the CSV
     * @param keyColumns leading non-numeric columns (1 for functionals, 2 for LLD)
     * @return header of the value columns and value rows grouped by the first column
     */
    static Table read(Path file, int keyColumns) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] head = lines.get(0).split(",");
            List<String> header = Arrays.asList(head).subList(keyColumns, head.length);
            Map<String, List<double[]>> grouped = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                double[] v = new double[f.length - keyColumns];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.parseDouble(f[i + keyColumns]);
                }
                String key = f[0].replace("wav/", "").replace(".wav", "");
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            }
            Map<String, double[][]> rows = new LinkedHashMap<>();
            grouped.forEach((k, v) -> rows.put(k, v.toArray(new double[0][])));
            return new Table(List.copyOf(header), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Table functionals() {
        return read(shared().resolve("refs/egemaps_v02_emodb.csv"), 1);
    }

    static double[][] lld(String name) {
        return read(shared().resolve("refs/egemaps_v02_lld_" + name + ".csv"), 2).rows()
                .get(name);
    }
}
