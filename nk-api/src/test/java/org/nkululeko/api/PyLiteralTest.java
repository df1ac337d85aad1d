package org.nkululeko.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyLiteralTest {

    @Test
    void listsDictsNumbersAndConstants() {
        assertEquals(List.of("os", "praat"), PyLiteral.parse("['os', \"praat\"]"));
        assertEquals(List.of(128L, 64L, 32L), PyLiteral.parse("[128, 64, 32,]"));
        Object dict = PyLiteral.parse("{'l1': 120, 'l2': 84}");
        assertEquals(List.of("l1", "l2"), List.copyOf(((Map<?, ?>) dict).keySet()));
        assertEquals(0.4, PyLiteral.parse(".4"));
        assertEquals(1e-4, PyLiteral.parse("1e-4"));
        assertEquals(-3L, PyLiteral.parse("-3"));
        assertEquals(List.of(true, false), PyLiteral.parse("(True, False)"));
        assertNull(PyLiteral.parse("None"));
    }

    @Test
    void bareWordsStayStringsOnlyWhenAsked() {
        assertEquals("standard", PyLiteral.parseOrString(" standard "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PyLiteral.parse("{'l1': }"));
        assertTrue(e.getMessage().contains("{'l1': }"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PyLiteral.parse("['os'"));
    }

    @Test
    void settingsReadBooleansInEverySpelling() {
        Settings s = Settings.of("EXP", Map.of("a", "True", "b", "no", "c", "ON", "d", "0",
                "Bad", "maybe", "n", "16.0"));
        assertTrue(s.getBoolean("A", false));
        assertEquals(false, s.getBoolean("b", true));
        assertTrue(s.getBoolean("c", false));
        assertEquals(false, s.getBoolean("d", true));
        assertEquals(16, s.getInt("n", 0));
        UserException e = assertThrows(UserException.class, () -> s.getBoolean("bad", true));
        assertTrue(e.getMessage().contains("[EXP] bad = maybe"), e.getMessage());
    }
}
