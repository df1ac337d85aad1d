package org.nkululeko.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, DONE, ERROR lines, the log file. */
class MainTest {

    @TempDir
    Path dir;

    /** What one call of {@link Main#run} gave; console log lines are captured too. */
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setErr(errStream);
        int code;
        try {
            code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), errStream);
        } finally {
            System.setErr(oldErr);
        }
        Result r = new Result(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
        oldErr.print(r.err());
        return r;
    }

    static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("logfile"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    /** The one ERROR line, checked for the format {@code ERROR: <caller>: <message>}. */
    static String errorLine(Result r) {
        List<String> errors = r.errLines().stream().filter(l -> l.startsWith("ERROR")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).matches("ERROR: [a-z]+: .+"), errors.get(0));
        return errors.get(0);
    }

    @Test
    void helpAndVersionExitZero() {
        Result help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Usage: nkululeko"), help.out());
        assertTrue(help.out().contains("--config"), help.out());
        assertFalse(help.out().contains("DONE"));
        Result version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("nkululeko for the JVM "), version.out());
        assertFalse(version.out().contains("DONE"));
    }

    @Test
    void noConfigIsExitOneWithErrorLine() {
        Result r = run();
        assertEquals(1, r.code());
        assertTrue(errorLine(r).startsWith("ERROR: nkululeko: no config file given"), r.err());
        assertEquals("", r.out());
        assertNoStackTrace(r);
    }

    @Test
    void missingConfigFileNamesIt() {
        Path missing = dir.resolve("missing.ini");
        Result r = run("--config", missing.toString());
        assertEquals(1, r.code());
        String line = errorLine(r);
        assertTrue(line.contains(missing.toString()) && line.contains("no such config file"),
                line);
        assertNoStackTrace(r);
        assertEquals(1, run(missing.toString()).code(), "positional form");
    }

    @Test
    void unknownOptionIsExitOne() {
        Result r = run("--frobnicate");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("ERROR: nkululeko: Unknown option"), r.err());
    }

    @Test
    void missingNameNamesFileAndKey() throws IOException {
        Path ini = Files.writeString(dir.resolve("exp.ini"), "[EXP]\nroot = " + dir
                + "\n[DATA]\ndatabases = ['x']\nx = " + dir + "\n");
        Result r = run("--config", ini.toString());
        assertEquals(1, r.code());
        String line = errorLine(r);
        assertTrue(line.contains(ini.toString()) && line.contains("[EXP] name is missing"),
                line);
        assertNoStackTrace(r);
    }

    @Test
    void errorAfterStartGoesToLogFileWithTrace() throws IOException {
        Path ini = Files.writeString(dir.resolve("exp.ini"), String.join("\n", "[EXP]",
                "root = " + dir.resolve("res"), "name = broken", "[DATA]",
                "databases = ['tiny']", "tiny = " + dir.resolve("nodb"), "target = emotion",
                "emodb.testsplit = 3", "[MODEL]", "type = nosuchmodel", ""));
        Result r = run("--config", ini.toString());
        assertEquals(1, r.code());
        String line = errorLine(r);
        assertTrue(line.startsWith("ERROR: plugins: " + ini + ": unknown model type: "
                + "nosuchmodel"), line);
        assertTrue(line.contains("[MODEL] type") && line.contains("available:")
                && line.contains("dummy") && line.contains("svm"), line);
        assertNoStackTrace(r);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("WARNING: config: unknown "
                + "section") || l.startsWith("WARNING: config: unknown key")), r.err());
        assertTrue(r.errLines().stream().allMatch(l -> l.matches(
                "(DEBUG|WARNING|ERROR|INFO): [a-z]+: .*")), r.err());
        Path logDir = dir.resolve("res/broken/log");
        List<Path> logs;
        try (Stream<Path> s = Files.list(logDir)) {
            logs = s.sorted().toList();
        }
        Path log = logs.stream().filter(p -> p.toString().endsWith(".log")).findFirst()
                .orElseThrow();
        assertTrue(logs.stream().anyMatch(p -> p.toString().endsWith(".ini")), logs.toString());
        String text = Files.readString(log);
        assertTrue(text.contains("ERROR: logfile: plugins: " + ini + ": unknown model type"),
                text);
        assertTrue(text.contains("UserException: " + ini + ": unknown model type"), text);
        assertTrue(text.contains("\tat org.nkululeko"), text);
    }

    @Test
    void pluginsCommandListsBuiltins() {
        Result r = run("plugins");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("model") && r.out().contains("dummy"), r.out());
        assertTrue(r.out().contains("activation") && r.out().contains("leaky_relu"), r.out());
        assertFalse(r.out().contains("DONE"));
        Result bad = run("--plugins", dir.resolve("nope").toString(), "plugins");
        assertEquals(1, bad.code());
        assertTrue(errorLine(bad).contains("no such folder"), bad.err());
    }
}
