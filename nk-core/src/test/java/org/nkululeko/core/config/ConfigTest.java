package org.nkululeko.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nkululeko.core.testing.TestData.ini;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkululeko.api.UserException;
import org.nkululeko.core.testing.LogCapture;

/** The INI rules of decisions.md, "Configuration". */
class ConfigTest {

    private static final Path FILE = Path.of("exp.ini");

    private static final String HEAD = ini("[EXP]", "root = ./results/", "name = t", "[DATA]",
            "databases = ['emodb']", "emodb = ./data/emodb", "target = emotion");

    private static ExperimentConfig parse(String... extra) {
        return ExperimentConfig.parse(FILE, HEAD + ini(extra));
    }

    @Test
    void sectionNamesAreCaseSensitiveKeysAreNot() {
        ExperimentConfig c = parse("[MODEL]", "C_val = 10", "Type = svm", "[model]",
                "c_val = 99");
        Section model = c.section("MODEL");
        assertEquals(10, model.getInt("c_val", 0));
        assertEquals(10, model.getInt("C_VAL", 0));
        assertEquals("svm", model.getString("TYPE", ""));
        assertEquals(99, c.section("model").getInt("C_val", 0));
    }

    @Test
    void databasePrefixIsCaseInsensitive() {
        ExperimentConfig c = ExperimentConfig.parse(FILE, ini("[EXP]", "root = r", "name = n",
                "[DATA]", "databases = ['nEMO']", "nEMO = ./x", "nEMO.split_strategy = random"));
        assertEquals("random", c.section("DATA").getString("nemo.split_strategy", ""));
        assertTrue(c.warnUnknownKeys().isEmpty(), c.warnUnknownKeys().toString());
    }

    @Test
    void inlineCommentsAreStrippedOutsideQuotesAndBrackets() {
        ExperimentConfig c = parse("[MODEL]",
                "activation = leaky_relu  # Better gradient flow",
                "optimizer = adam\t; tab then semicolon",
                "drop = [0.3, 0.2] # list",
                "loss = 'a #b' # quoted hash kept",
                "measure = uar#nospace",
                "kernel = {'a': '#x ; y'}  ; dict",
                "learning_rate = 0.0001 #",
                "# whole-line comment = 1",
                "; another = 2");
        Section m = c.section("MODEL");
        assertEquals("leaky_relu", m.getString("activation", ""));
        assertEquals("adam", m.getString("optimizer", ""));
        assertEquals(List.of(0.3, 0.2), m.literal("drop").orElseThrow());
        assertEquals("a #b", m.getString("loss", ""));
        assertEquals("uar#nospace", m.getString("measure", ""));
        assertEquals(Map.of("a", "#x ; y"), m.literal("kernel").orElseThrow());
        assertEquals(0.0001, m.getDouble("learning_rate", 0), 0);
        assertEquals(List.of("type", "activation", "optimizer", "drop", "loss", "measure",
                "kernel", "learning_rate").subList(1, 8), m.keys());
    }

    @Test
    void colonSeparatorEqualsInValuesAndWindowsPaths() {
        ExperimentConfig c = parse("tiny = C:\\data\\tiny", "filter = {'a': 'b=c'}",
                "[MODEL]", "C_val: 10");
        assertEquals(10, c.section("MODEL").getInt("c_val", 0));
        assertEquals("C:\\data\\tiny", c.section("DATA").getString("tiny", ""));
        assertEquals(Map.of("a", "b=c"), c.section("DATA").literal("filter").orElseThrow());
    }

    @Test
    void stripInlineCommentKeepsUrlFragments() {
        assertEquals("http://x.org/a#frag", IniFile.stripInlineComment("http://x.org/a#frag"));
        assertEquals("x ", IniFile.stripInlineComment("x # c"));
    }

    @Test
    void pythonLiterals() {
        ExperimentConfig c = parse("[MODEL]", "layers = {'l1': 120, 'l2': 84}",
                "drop = .4", "learning_rate = 1e-4", "n_estimators = 100", "save = None",
                "loss = 'cross'", "kernel = (1, 2,)", "patience = True",
                "[FEATS]", "type = ['os', 'praat']", "scale = standard");
        Section m = c.section("MODEL");
        Map<?, ?> layers = (Map<?, ?>) m.literal("layers").orElseThrow();
        assertEquals(List.of("l1", "l2"), List.copyOf(layers.keySet()));
        assertEquals(120L, layers.get("l1"));
        assertEquals(0.4, m.literal("drop").orElseThrow());
        assertEquals(1e-4, m.getDouble("learning_rate", 0), 0);
        assertEquals(100L, m.literal("n_estimators").orElseThrow());
        assertTrue(m.raw("save").isPresent());
        assertEquals("cross", m.getString("loss", ""));
        assertEquals(List.of(1L, 2L), m.literal("kernel").orElseThrow());
        assertEquals(Boolean.TRUE, m.literal("patience").orElseThrow());
        assertEquals(List.of("os", "praat"), c.section("FEATS").getNames("type", List.of()));
        assertEquals("standard", c.section("FEATS").literal("scale").orElseThrow());
    }

    @Test
    void continuationLinesAreJoined() {
        ExperimentConfig c = parse("labels = ['anger',", "   'neutral']");
        assertEquals(List.of("anger", "neutral"), c.section("DATA").getNames("labels",
                List.of()));
    }

    @Test
    void commentsInsideMultiLineListsEndTheirLine() {
        ExperimentConfig c = parse("labels = ['anger',  # first", "# a whole-line comment",
                "   'neutral',  # second", "   'sadness']  # last");
        assertEquals(List.of("anger", "neutral", "sadness"), c.section("DATA").getNames(
                "labels", List.of()));
    }

    @Test
    void enabledTreatsEveryFalseSpellingAsOff() {
        for (String v : List.of("False", "no", "OFF", "0", "None")) {
            assertFalse(parse("[FEATS]", "scale = " + v).section("FEATS").enabled("scale"), v);
        }
        assertFalse(parse("[FEATS]", "scale =").section("FEATS").enabled("scale"));
        assertFalse(parse().section("FEATS").enabled("scale"));
        assertTrue(parse("[FEATS]", "scale = standard").section("FEATS").enabled("scale"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"True", "true", "TRUE", "yes", "Yes", "on", "ON", "1", "'True'"})
    void booleansTrue(String v) {
        assertTrue(parse("no_reuse = " + v).section("DATA").getBoolean("no_reuse", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"False", "false", "FALSE", "no", "NO", "off", "Off", "0",
        "\"False\""})
    void booleansFalse(String v) {
        assertFalse(parse("[FEATS]", "no_reuse = " + v).section("FEATS")
                .getBoolean("no_reuse", true));
    }

    @Test
    void saveFalseDisablesSaving() {
        String text = ini("[EXP]", "root = r", "name = n", "save = False", "[DATA]",
                "databases = ['d']", "d = x");
        ExperimentConfig c = ExperimentConfig.parse(FILE, text);
        assertFalse(org.nkululeko.core.run.ExpSettings.of(c).save());
        assertTrue(org.nkululeko.core.run.ExpSettings.of(ExperimentConfig.parse(FILE,
                text.replace("save = False", ""))).save());
    }

    @Test
    void invalidBooleanNamesFileSectionKeyValueAndExpected() {
        UserException e = assertThrows(UserException.class,
                () -> parse("no_reuse = perhaps").section("DATA").getBoolean("no_reuse", true));
        assertTrue(e.getMessage().contains("exp.ini"), e.getMessage());
        assertTrue(e.getMessage().contains("[DATA] no_reuse = perhaps"), e.getMessage());
        assertTrue(e.getMessage().contains("True or False"), e.getMessage());
    }

    @Test
    void invalidNumberNamesFileSectionKeyValueAndExpected() {
        UserException e = assertThrows(UserException.class,
                () -> parse("limit_samples = many").section("DATA").getInt("limit_samples", 1));
        assertEquals("exp.ini: [DATA] limit_samples = many: expected an integer", e.getMessage());
        e = assertThrows(UserException.class,
                () -> parse("limit_samples = 2.5").section("DATA").getInt("limit_samples", 1));
        assertTrue(e.getMessage().contains("[DATA] limit_samples = 2.5"), e.getMessage());
        e = assertThrows(UserException.class, () -> parse("[MODEL]", "learning_rate = fast")
                .section("MODEL").getDouble("learning_rate", 1));
        assertTrue(e.getMessage().contains("[MODEL] learning_rate = fast: expected a number"),
                e.getMessage());
    }

    @Test
    void missingConfigFileIsOneClearError(@TempDir Path dir) {
        Path missing = dir.resolve("nothere.ini");
        UserException e = assertThrows(UserException.class, () -> ExperimentConfig.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no such config file"), e.getMessage());
    }

    @Test
    void missingExpSection() {
        UserException e = assertThrows(UserException.class, () -> ExperimentConfig.parse(FILE,
                ini("[DATA]", "databases = ['x']")));
        assertTrue(e.getMessage().contains("exp.ini"), e.getMessage());
        assertTrue(e.getMessage().contains("[EXP]"), e.getMessage());
    }

    @Test
    void wrongCaseSectionIsHinted() {
        UserException e = assertThrows(UserException.class, () -> ExperimentConfig.parse(FILE,
                HEAD.replace("[EXP]", "[exp]")));
        assertTrue(e.getMessage().contains("[EXP] section is missing (found [exp]; section "
                + "names are case-sensitive)"), e.getMessage());
    }

    @Test
    void keyBeforeAnySectionIsAnError() {
        UserException e = assertThrows(UserException.class, () -> ExperimentConfig.parse(FILE,
                "root = x\n" + HEAD));
        assertTrue(e.getMessage().startsWith("exp.ini"), e.getMessage());
    }

    @Test
    void missingRootNameDatabasesEachNamed() {
        for (String key : List.of("root", "name", "databases")) {
            String text = HEAD.lines().filter(l -> !l.startsWith(key + " "))
                    .reduce("", (a, b) -> a + b + "\n");
            UserException e = assertThrows(UserException.class,
                    () -> ExperimentConfig.parse(FILE, text), key);
            assertTrue(e.getMessage().contains("exp.ini"), e.getMessage());
            assertTrue(e.getMessage().contains(key + " is missing"), e.getMessage());
        }
        UserException e = assertThrows(UserException.class, () -> ExperimentConfig.parse(FILE,
                ini("[EXP]", "root = r", "name = n")));
        assertTrue(e.getMessage().contains("[DATA]"), e.getMessage());
    }

    @Test
    void emptyNameIsMissing() {
        UserException e = assertThrows(UserException.class, () -> ExperimentConfig.parse(FILE,
                HEAD.replace("name = t", "name =")));
        assertTrue(e.getMessage().contains("[EXP] name is missing"), e.getMessage());
    }

    @Test
    void unknownKeyWarnsWithClosestKnownKey() {
        ExperimentConfig c = parse("emodb.testsplit = 30", "[MODEL]", "type = svm",
                "learnin_rate = 0.1", "zzzz = 1", "[FEATS]", "type = os");
        try (LogCapture log = new LogCapture()) {
            List<String> w = c.warnUnknownKeys();
            assertEquals(3, w.size(), w.toString());
            assertTrue(w.get(0).contains("emodb.testsplit")
                    && w.get(0).contains("did you mean emodb.test_size?"), w.get(0));
            assertTrue(w.get(1).contains("[MODEL] learnin_rate")
                    && w.get(1).contains("did you mean learning_rate?"), w.get(1));
            assertTrue(w.get(2).contains("zzzz") && !w.get(2).contains("did you mean"));
            assertEquals(3, log.lines("WARNING").size(), log.lines().toString());
            assertTrue(log.lines("WARNING").get(0).startsWith("WARNING: config: unknown key"));
        }
    }

    @Test
    void keysNotOfferedWarnWhenSet() {
        ExperimentConfig c = parse("emodb.reverse = True", "target_divide_by = 100",
                "label_data = other", "emodb.value_counts = False", "[FEATS]",
                "balancing = smote");
        List<String> w = c.warnUnknownKeys();
        assertEquals(List.of("[DATA] label_data is not supported in this version and is "
                + "ignored", "[FEATS] balancing is not supported in this version and is ignored"),
                w);
    }

    @Test
    void knownKeysDoNotWarn() {
        ExperimentConfig c = parse("emodb.split_strategy = specified",
                "emodb.train_tables = ['a']", "labels = ['x', 'y']", "[FEATS]", "type = ['os']",
                "scale = standard", "[MODEL]", "type = mlp", "layers = [1]", "C_val = 1",
                "[PLOT]", "best_model = True");
        assertTrue(c.warnUnknownKeys().isEmpty(), c.warnUnknownKeys().toString());
    }

    @Test
    void duplicateKeyIsAnError() {
        UserException e = assertThrows(UserException.class, () -> parse("[MODEL]",
                "type = svm", "Type = mlp"));
        assertTrue(e.getMessage().contains("exp.ini") && e.getMessage().contains("type"),
                e.getMessage());
        assertTrue(e.getMessage().contains("[MODEL]"), e.getMessage());
    }

    @Test
    void duplicateSectionIsAnError() {
        UserException e = assertThrows(UserException.class, () -> parse("[MODEL]",
                "type = svm", "[MODEL]", "layers = [1]"));
        assertTrue(e.getMessage().contains("[MODEL]"), e.getMessage());
    }

    @Test
    void brokenLiteralsNameTheKey() {
        UserException e = assertThrows(UserException.class, () -> ExperimentConfig.parse(FILE,
                HEAD.replace("databases = ['emodb']", "databases = ['emodb'")));
        assertTrue(e.getMessage().contains("exp.ini: [DATA] databases = ['emodb'"),
                e.getMessage());
        e = assertThrows(UserException.class, () -> parse("[MODEL]", "drop = [0.3, 0.2")
                .section("MODEL").literal("drop"));
        assertTrue(e.getMessage().contains("[MODEL] drop = [0.3, 0.2: expected a Python "
                + "literal"), e.getMessage());
        assertEquals("standard", parse("[FEATS]", "scale = standard").section("FEATS")
                .literal("scale").orElseThrow());
    }

    @Test
    void namesRejectNestedValues() {
        UserException e = assertThrows(UserException.class, () -> parse("[FEATS]",
                "type = [['os']]").section("FEATS").getNames("type", List.of()));
        assertTrue(e.getMessage().contains("[FEATS] type = [['os']]"), e.getMessage());
    }
}
