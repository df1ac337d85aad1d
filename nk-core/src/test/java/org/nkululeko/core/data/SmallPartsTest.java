package org.nkululeko.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkululeko.api.UserException;

/** Time values, label mappings and samples. */
class SmallPartsTest {

    @Test
    void timeValues() {
        assertEquals(1.5, TimeValues.seconds("1.5"), 0);
        assertEquals(1.5, TimeValues.seconds("1.5s"), 0);
        assertEquals(2.0, TimeValues.seconds("0 days 00:00:02.000000"), 1e-12);
        assertEquals(86400 + 3723.25, TimeValues.seconds("1 day, 01:02:03.25"), 1e-9);
        assertEquals(61, TimeValues.seconds("00:01:01"), 0);
        assertTrue(Double.isNaN(TimeValues.seconds("NaT")));
        assertTrue(Double.isNaN(TimeValues.seconds(" ")));
        assertThrows(IllegalArgumentException.class, () -> TimeValues.seconds("soon"));
    }

    @Test
    void mappingSplitsCommaKeys() {
        Map<Object, Object> dict = new LinkedHashMap<>();
        dict.put("anger, fear", "negative");
        dict.put("happiness", "positive");
        dict.put(1L, 2.0);
        LabelMapping m = new LabelMapping(dict, "db.mapping");
        assertEquals("negative", m.apply("anger"));
        assertEquals("negative", m.apply(" fear"));
        assertEquals("positive", m.apply("happiness"));
        assertEquals("2", m.apply("1"));
        assertNull(m.apply("boredom"));
        UserException e = assertThrows(UserException.class, () -> new LabelMapping(
                Map.of("a", List.of("b")), "db.mapping"));
        assertTrue(e.getMessage().contains("[DATA] db.mapping"), e.getMessage());
    }

    @Test
    void sampleKeysAndSegments() {
        Sample whole = new Sample("db", "a.wav", "a.wav", 0, Double.NaN, Map.of("speaker", "3"));
        Sample seg = new Sample("db", "a.wav", "a.wav", 0.5, 1.0, Map.of());
        assertEquals("a.wav|0.0|NaN", whole.key());
        assertTrue(!whole.isSegment() && seg.isSegment());
        assertEquals("3", whole.speaker());
        assertEquals("x", whole.with("emotion", "x").get("emotion"));
        assertNull(whole.get("emotion"));
        assertEquals(whole, new Sample("db", "a.wav", "a.wav", 0, Double.NaN,
                Map.of("speaker", "3")));
    }
}
