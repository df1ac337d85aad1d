package org.nkululeko.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    private static final double EPS = 1e-12;
    private static final List<String> NAMES = List.of("anger", "happiness", "neutral");

    // confusion (rows truth): [2 1 1] [1 2 0] [0 1 2]; column sums 3, 4, 3
    private static final int[] TRUTH = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2};
    private static final int[] PRED = {0, 0, 1, 2, 1, 1, 0, 2, 2, 1};

    @Test
    void perClassFiguresMatchAHandCount() {
        ClassificationReport r = ClassificationReport.of(TRUTH, PRED, NAMES);

        assertArrayEquals(new double[] {2.0 / 3, 0.5, 2.0 / 3}, r.precision(), EPS);
        assertArrayEquals(new double[] {0.5, 2.0 / 3, 2.0 / 3}, r.recall(), EPS);
        assertArrayEquals(new double[] {4.0 / 7, 4.0 / 7, 2.0 / 3}, r.f1(), EPS);
        assertArrayEquals(new int[] {4, 3, 3}, r.support());
        assertEquals(10, r.total());
        assertEquals(0.6, r.accuracy(), EPS);
    }

    @Test
    void averagesMatchAHandCount() {
        ClassificationReport r = ClassificationReport.of(TRUTH, PRED, NAMES);

        assertEquals(11.0 / 18, r.macroPrecision(), EPS);
        assertEquals(11.0 / 18, r.macroRecall(), EPS);
        assertEquals(38.0 / 63, r.macroF1(), EPS);
        assertEquals((8.0 / 3 + 1.5 + 2) / 10, r.weightedPrecision(), EPS);
        assertEquals(0.6, r.weightedRecall(), EPS);
        assertEquals(0.6, r.weightedF1(), EPS);
        assertArrayEquals(new double[] {0.571, 0.571, 0.667}, r.f1Rounded3(), 0);
    }

    @Test
    void aClassWithoutSupportOrPredictionsScoresZero() {
        ClassificationReport r = ClassificationReport.of(new int[] {0, 0, 1},
                new int[] {0, 1, 1}, List.of("a", "b", "c"));
        assertEquals(0, r.precision()[2]);
        assertEquals(0, r.recall()[2]);
        assertEquals(0, r.f1()[2]);
        assertEquals(0, r.support()[2]);
        assertEquals((1 + 0.5 + 0) / 3, r.macroPrecision(), EPS);
    }

    @Test
    void textHasSklearnsLayout() {
        String expected = String.join("\n",
                "              precision    recall  f1-score   support",
                "",
                "       anger     0.6667    0.5000    0.5714         4",
                "   happiness     0.5000    0.6667    0.5714         3",
                "     neutral     0.6667    0.6667    0.6667         3",
                "",
                "    accuracy                         0.6000        10",
                "   macro avg     0.6111    0.6111    0.6032        10",
                "weighted avg     0.6167    0.6000    0.6000        10",
                "");
        assertEquals(expected, ClassificationReport.of(TRUTH, PRED, NAMES).toText());
    }

    @Test
    void textWidensForLongClassNames() {
        String text = ClassificationReport.of(new int[] {0, 1}, new int[] {0, 1},
                List.of("a", "a_much_longer_name")).toText();
        assertTrue(text.contains("\n                 a     1.0000"), text);
        assertTrue(text.contains("\na_much_longer_name     1.0000"), text);
    }

    @Test
    void jsonHasTheOutputDictStructure() throws Exception {
        String json = ClassificationReport.of(TRUTH, PRED, NAMES).toJson();
        assertTrue(json.startsWith("{\"anger\": {\"precision\": 0.6666666666666666, \"recall\": 0.5,"
                + " \"f1-score\": 0.5714285714285714, \"support\": 4.0}, "), json);
        assertTrue(json.contains("\"accuracy\": 0.6, \"macro avg\": {"), json);

        JsonNode root = new ObjectMapper().readTree(json);
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("anger", "happiness", "neutral", "accuracy", "macro avg",
                "weighted avg"), keys);
        assertEquals(0.5, root.get("happiness").get("precision").asDouble(), EPS);
        assertEquals(10.0, root.get("weighted avg").get("support").asDouble(), EPS);
        assertEquals(38.0 / 63, root.get("macro avg").get("f1-score").asDouble(), 1e-15);
    }

    @Test
    void jsonEscapesNamesLikePython() {
        assertEquals("\"W\\u00fcrde \\\"x\\\"\"", ClassificationReport.jsonString("Würde \"x\""));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationReport.of(new int[] {0, 2}, new int[] {0, 1}, List.of("a", "b")));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationReport.of(new int[] {0, 1}, new int[] {0, 1}, List.of("a", "a")));
    }
}
