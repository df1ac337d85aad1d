package org.nkululeko.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.core.io.AtomicFiles;
import org.nkululeko.core.metrics.ClassificationReport;

class ResultFilesTest {

    private static final double EPS = 1e-12;

    @TempDir
    Path dir;

    @Test
    void runsSummaryOnAHandExample() {
        double[] runs = {0.63, 0.60, 0.65, 0.60};
        // mean 0.62; deviations .01 -.02 .03 -.02; var (1+4+9+4)e-4/4 = 4.5e-4; std 0.0212132
        assertEquals("0.6300 0.6000 0.6500 0.6000\nmean: 0.6200, std: 0.0212, max: 0.6500,"
                + " max_index: 2", ResultFiles.runsSummaryText(runs, true));
        assertEquals("0.6300 0.6000 0.6500 0.6000\nmean: 0.6200, std: 0.0212, min: 0.6000,"
                + " min_index: 1", ResultFiles.runsSummaryText(runs, false));
        assertEquals("0.6330\nmean: 0.6330, std: 0.0000, max: 0.6330, max_index: 0",
                ResultFiles.runsSummaryText(new double[] {0.633}, true));
        assertThrows(IllegalArgumentException.class,
                () -> ResultFiles.runsSummaryText(new double[0], true));
    }

    @Test
    void runsSummaryFileHoldsTheText() throws IOException {
        Path txt = dir.resolve("results/exp_runs.txt");
        ResultFiles.runsSummary(txt, new double[] {12.5, 10.25}, false);
        assertEquals("12.5000 10.2500\nmean: 11.3750, std: 1.1250, min: 10.2500, min_index: 1",
                Files.readString(txt));
    }

    @Test
    void classificationResultIsJsonThenTheF1Line() throws IOException {
        ClassificationReport report = ClassificationReport.of(new int[] {0, 0, 1, 1, 1},
                new int[] {0, 1, 1, 1, 0}, List.of("anger", "happiness"));
        Path txt = dir.resolve("res.txt");
        ResultFiles.classificationResult(txt, report, 17);

        List<String> lines = Files.readAllLines(txt);
        assertEquals(2, lines.size());
        assertEquals(report.toJson(), lines.get(0));
        // anger: p 1/2, r 1/2, f1 0.5; happiness: p 2/3, r 2/3
        assertEquals("result per class (F1 score): [0.5, 0.667] from epoch: 17", lines.get(1));
    }

    @Test
    void regressionResultLine() throws IOException {
        Path txt = dir.resolve("reg.txt");
        ResultFiles.regressionResult(txt, "ccc", 0.41249, -0.0304, 0.5);
        assertEquals("ccc: 0.412, r_2: -0.030, pcc 0.500", Files.readString(txt));
    }

    @Test
    void confLine() throws IOException {
        Path txt = dir.resolve("exp_conf.txt");
        ResultFiles.confLine(txt, 17, 0.6123, 0.5409, 0.68, 0.64);
        assertEquals("Confusion matrix result for epoch: 17, UAR: 0.612, (+-0.541/0.680), "
                + "ACC: 0.640", Files.readString(txt));
    }

    @Test
    void perSampleCsvRoundTrips() throws IOException {
        Path csv = dir.resolve("pred.csv");
        List<String> files = List.of("wav/03a01Fa.wav", "odd, \"name\".wav", "c.wav");
        double[][] scores = {{0.9, 0.1}, {0.5, 0.5}, {0.2, 0.8}};
        ResultFiles.perSampleCsv(csv, files, List.of("anger", "happiness"), scores,
                new int[] {0, 1, 1}, new int[] {0, 0, 1});

        List<List<String>> rows = readCsv(csv);
        assertEquals(List.of("file", "anger", "happiness", "predicted", "truth", "uncertainty",
                "correct"), rows.get(0));
        assertEquals(4, rows.size());
        assertEquals(List.of("wav/03a01Fa.wav", "0.9", "0.1", "anger", "anger"),
                rows.get(1).subList(0, 5));
        assertEquals("odd, \"name\".wav", rows.get(2).get(0));
        assertEquals("happiness", rows.get(2).get(3));
        assertEquals("anger", rows.get(2).get(4));
        assertEquals("False", rows.get(2).get(6));
        assertEquals("True", rows.get(3).get(6));
        // entropy of (0.9, 0.1) / ln 2
        double expected = -(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1)) / Math.log(2);
        assertEquals(expected, Double.parseDouble(rows.get(1).get(5)), EPS);
        assertEquals(1.0, Double.parseDouble(rows.get(2).get(5)), EPS);
    }

    @Test
    void uncertaintyIsZeroForOneHotAndOneForUniform() {
        assertEquals(0.0, ResultFiles.uncertainty(new double[] {1, 0, 0}), EPS);
        assertEquals(1.0, ResultFiles.uncertainty(new double[] {0.25, 0.25, 0.25, 0.25}), EPS);
        // logits (2, 2) -> uniform
        assertEquals(1.0, ResultFiles.uncertainty(new double[] {-2, -2}), EPS);
        assertTrue(Double.isNaN(ResultFiles.uncertainty(new double[] {Double.NaN, 1})));
    }

    @Test
    void perSampleCsvRejectsMisalignedInput() {
        Path csv = dir.resolve("bad.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultFiles.perSampleCsv(csv, List.of("a.wav"), List.of("x", "y"),
                        new double[][] {{0.5, 0.5}}, new int[] {2}, new int[] {0}));
        assertTrue(e.getMessage().contains("code 2"), e.getMessage());
        assertFalse(Files.exists(csv), "nothing is written for bad input");
    }

    @Test
    void perSampleRegressionCsvRoundTrips() throws IOException {
        Path csv = dir.resolve("reg.csv");
        ResultFiles.perSampleRegressionCsv(csv, List.of("a,b.wav", "c.wav"),
                new double[] {31.5, Double.NaN}, new double[] {30, 42});
        List<List<String>> rows = readCsv(csv);
        assertEquals(List.of("file", "predicted", "truth"), rows.get(0));
        assertEquals(List.of("a,b.wav", "31.5", "30.0"), rows.get(1));
        assertEquals(List.of("c.wav", "", "42.0"), rows.get(2));
    }

    @Test
    void aFailedWriteLeavesNoTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out/partial.txt");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertEquals(0, left.count(), "temporary file left behind");
        }
    }

    @Test
    void rewritingReplacesTheWholeFile() throws IOException {
        Path txt = dir.resolve("exp_conf.txt");
        ResultFiles.runsSummary(txt, new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, true);
        ResultFiles.confLine(txt, 1, 0.5, 0.4, 0.6, 0.5);
        assertEquals(1, Files.readAllLines(txt).size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(txt), files.toList());
        }
    }

    private static List<List<String>> readCsv(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper
                .readerForListOf(String.class).readValues(csv.toFile())) {
            return it.readAll();
        }
    }
}
