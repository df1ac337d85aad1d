package org.nkululeko.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.UserException;

/** CSV round trips and whole-or-nothing writes. */
class IoTest {

    @TempDir
    Path dir;

    @Test
    void csvRoundTripWithQuotingAndShortRows() throws IOException {
        Path f = dir.resolve("sub/t.csv");
        Csv.write(f, List.of("file", "text", "x"), List.of(
                new Object[] {"a, b.wav", "say \"hi\"", 1.5},
                new Object[] {"c.wav", null, Double.NaN}));
        Csv csv = Csv.read(f);
        assertEquals(List.of("file", "text", "x"), csv.header());
        assertArrayEquals(new String[] {"a, b.wav", "say \"hi\"", "1.5"}, csv.rows().get(0));
        assertEquals("", csv.rows().get(1)[2]);
        assertEquals(1, csv.column("text"));
        assertEquals("c.wav", csv.get(csv.rows().get(1), "file"));
        Files.writeString(f, "a,b,c\n1,2\n\n3,4,5\n");
        Csv padded = Csv.read(f);
        assertEquals(2, padded.rows().size());
        assertEquals(3, padded.rows().get(0).length);
        assertEquals("x,\"y,z\"", Csv.line("x", "y,z"));
    }

    @Test
    void csvErrorsNameTheFile() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        UserException e = assertThrows(UserException.class, () -> Csv.read(empty));
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
        Path missing = dir.resolve("missing.csv");
        e = assertThrows(UserException.class, () -> Csv.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void atomicWriteLeavesTargetUnchangedOnFailure() throws IOException {
        Path f = dir.resolve("a.txt");
        AtomicFiles.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("partial".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList(), "no temporary file left");
        }
        AtomicFiles.writeString(f, "new");
        assertEquals("new", Files.readString(f));
    }
}
