package org.nkululeko.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nkululeko.api.Audio;
import org.nkululeko.core.audio.WavWriter;
import org.nkululeko.core.config.ExperimentConfig;

/** Small databases and configs built in a temporary folder, for tests. */
public final class TestData {

    /** Sample rate of the test wavs. */
    public static final int RATE_HZ = 8000;

    private TestData() {
    }

    /** One row of a test database. */
    public record Row(String file, String speaker, String emotion) {
    }

    /**
     * @param speakers speaker ids
     * @param emotions emotions; every speaker says each once
     * @return one row per speaker and emotion, file {@code wav/<speaker>_<emotion>.wav}
     */
    public static List<Row> rows(List<String> speakers, List<String> emotions) {
        List<Row> rows = new ArrayList<>();
        for (String s : speakers) {
            for (String e : emotions) {
                rows.add(new Row("wav/" + s + "_" + e + ".wav", s, e));
            }
        }
        return rows;
    }

    /**
     * Writes a 16-bit sine whose frequency and level depend on the name, so features differ.
     *
     * @param file the target
     * @param seconds the duration
     * @param frequencyHz the frequency
     * @throws IOException if writing fails
     */
    public static void sine(Path file, double seconds, double frequencyHz) throws IOException {
        int n = (int) Math.round(seconds * RATE_HZ);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.5 * Math.sin(2 * Math.PI * frequencyHz * i / RATE_HZ);
        }
        WavWriter.write16(Audio.mono(file.getFileName().toString(), RATE_HZ, x), file);
    }

    /**
     * Builds an audformat database: tables {@code files} (speaker), {@code emotion} (all rows),
     * {@code emotion.train} / {@code emotion.test} (by the given test speakers) and
     * {@code emotion.dev} (by the dev speakers), plus the wavs.
     *
     * @param dir the database folder
     * @param rows the rows
     * @param testSpeakers speakers of the test table
     * @param devSpeakers speakers of the dev table
     * @return the folder
     * @throws IOException if writing fails
     */
    public static Path audformat(Path dir, List<Row> rows, List<String> testSpeakers,
            List<String> devSpeakers) throws IOException {
        Files.createDirectories(dir.resolve("wav"));
        StringBuilder files = new StringBuilder("file,speaker\n");
        StringBuilder emotion = new StringBuilder("file,emotion\n");
        StringBuilder train = new StringBuilder("file,emotion\n");
        StringBuilder test = new StringBuilder("file,emotion\n");
        StringBuilder dev = new StringBuilder("file,emotion\n");
        int i = 0;
        for (Row r : rows) {
            sine(dir.resolve(r.file()), 0.25, 200 + 37 * (i++ % 11) + 50 * r.emotion().length());
            files.append(r.file()).append(',').append(r.speaker()).append('\n');
            String line = r.file() + "," + r.emotion() + "\n";
            emotion.append(line);
            (testSpeakers.contains(r.speaker()) ? test
                    : devSpeakers.contains(r.speaker()) ? dev : train).append(line);
        }
        write(dir.resolve("db.files.csv"), files.toString());
        write(dir.resolve("db.emotion.csv"), emotion.toString());
        write(dir.resolve("db.emotion.train.csv"), train.toString());
        write(dir.resolve("db.emotion.test.csv"), test.toString());
        write(dir.resolve("db.emotion.dev.csv"), dev.toString());
        write(dir.resolve("db.yaml"), String.join("\n",
                "name: tiny",
                "schemes:",
                "  emotion: {dtype: str}",
                "  speaker: {dtype: str}",
                "tables:",
                "  files:",
                "    type: filewise",
                "    columns:",
                "      speaker: {scheme_id: speaker}",
                "  emotion:",
                "    type: filewise",
                "    columns:",
                "      emotion: {scheme_id: emotion}",
                "  emotion.train:",
                "    type: filewise",
                "    columns:",
                "      emotion: {scheme_id: emotion}",
                "  emotion.test:",
                "    type: filewise",
                "    columns:",
                "      emotion: {scheme_id: emotion}",
                "  emotion.dev:",
                "    type: filewise",
                "    columns:",
                "      emotion: {scheme_id: emotion}",
                ""));
        return dir;
    }

    /**
     * Builds a CSV database {@code <dir>/db.csv} with columns file, speaker, emotion; paths
     * relative to the CSV's folder (use {@code absolute_path = False}).
     *
     * @param dir the folder
     * @param rows the rows
     * @return the CSV file
     * @throws IOException if writing fails
     */
    public static Path csvDb(Path dir, List<Row> rows) throws IOException {
        Files.createDirectories(dir.resolve("wav"));
        StringBuilder csv = new StringBuilder("file,speaker,emotion\n");
        int i = 0;
        for (Row r : rows) {
            sine(dir.resolve(r.file()), 0.25, 300 + 41 * (i++ % 7) + 60 * r.emotion().length());
            csv.append(r.file()).append(',').append(r.speaker()).append(',')
                    .append(r.emotion()).append('\n');
        }
        Path file = dir.resolve("db.csv");
        write(file, csv.toString());
        return file;
    }

    /**
     * @param file the target
     * @param text the content
     * @return the file
     * @throws IOException if writing fails
     */
    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * @param dir a folder
     * @param ini INI text
     * @return the configuration, read from {@code dir/exp.ini}
     * @throws IOException if writing fails
     */
    public static ExperimentConfig config(Path dir, String ini) throws IOException {
        return ExperimentConfig.load(write(dir.resolve("exp.ini"), ini));
    }

    /**
     * @param lines INI lines
     * @return them joined with newlines
     */
    public static String ini(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
