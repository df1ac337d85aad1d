package org.nkululeko.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PyFormatTest {

    @Test
    void fixedRoundsTheBinaryValueLikePython() {
        assertEquals("0.12", PyFormat.fixed(0.125, 2));
        assertEquals("0.38", PyFormat.fixed(0.375, 2));
        assertEquals("0.612", PyFormat.fixed(0.6123, 3));
        assertEquals("2.67", PyFormat.fixed(2.675, 2)); // 2.675 is 2.67499999... in binary
        assertEquals("-0.000", PyFormat.fixed(-0.0001, 3));
        assertEquals("1.0000", PyFormat.fixed(1, 4));
        assertEquals("nan", PyFormat.fixed(Double.NaN, 3));
    }

    @Test
    void reprIsTheShortestRoundTripInPythonNotation() {
        assertEquals("0.1", PyFormat.repr(0.1));
        assertEquals("0.6666666666666666", PyFormat.repr(2.0 / 3));
        assertEquals("27.0", PyFormat.repr(27));
        assertEquals("0.0001", PyFormat.repr(1e-4));
        assertEquals("1e-05", PyFormat.repr(1e-5));
        assertEquals("1.5e-07", PyFormat.repr(1.5e-7));
        assertEquals("1e+16", PyFormat.repr(1e16));
        assertEquals("123456789.0", PyFormat.repr(123456789));
        assertEquals("-0.5", PyFormat.repr(-0.5));
        assertEquals("0.0", PyFormat.repr(0));
    }

    @Test
    void listLooksLikeAPythonList() {
        assertEquals("[0.71, 0.43, 1.0]", PyFormat.list(new double[] {0.71, 0.43, 1}));
    }
}
