package org.nkululeko.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void isInvisibleWithoutATerminalAndCountsStepsFromManyThreads() {
        try (Progress progress = Progress.start("extracting", 1000)) {
            assertFalse(progress.isVisible(), "surefire's stderr is not a terminal");
            IntStream.range(0, 1000).parallel().forEach(i -> progress.step());
            assertEquals(1000, progress.count());
        }
    }

    @Test
    void aVisibleBarDrawsTheTaskAndCount() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = Progress.start("training", 3,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress.step();
        progress.step();
        progress.close();
        progress.close();
        assertEquals(2, progress.count());
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("training") && drawn.contains("2/3"), drawn);
    }

    @Test
    void negativeTotalIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Progress.start("x", -1));
    }
}
