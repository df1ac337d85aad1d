package org.nkululeko.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkululeko.core.run.ExpSettings;

/**
 * The activation tutorial's complete configs and [MODEL] fragments go through the config layer
 * with the values the tutorial means (decisions.md, Configuration).
 */
class ActivationTutorialTest {

    private static String tutorial;

    static Path shared() {
        String prop = System.getProperty("nk.shared");
        return prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../shared");
    }

    @BeforeAll
    static void read() throws IOException {
        tutorial = Files.readString(shared().resolve("specs/activation-tutorial.txt"));
    }

    /** The text from the line starting with {@code from} to the line before {@code to}. */
    private static String block(String from, String to) {
        int start = tutorial.indexOf(from);
        int end = tutorial.indexOf(to, start + from.length());
        assertTrue(start >= 0 && end > start, from);
        return tutorial.substring(start, end);
    }

    private static String completeWorkingExample() {
        return block("# File: exp_emotion_leaky_relu.ini", "Run it:");
    }

    private static ExperimentConfig parse(String text) {
        return ExperimentConfig.parse(Path.of("tutorial.ini"), text);
    }

    /** Replaces the [MODEL] section (up to the next section or the end) with a fragment. */
    private static String withModel(String config, String fragment) {
        int start = config.indexOf("[MODEL]");
        int next = config.indexOf("\n[", start + 1);
        return config.substring(0, start) + fragment.trim() + "\n"
                + (next < 0 ? "" : config.substring(next + 1));
    }

    @Test
    void completeWorkingExampleParses() {
        ExperimentConfig c = parse(completeWorkingExample());
        ExpSettings exp = ExpSettings.of(c);
        assertEquals("emotion_leaky_relu", exp.name());
        assertEquals(3, exp.runs());
        assertEquals(100, exp.epochs());
        assertTrue(exp.save());
        assertEquals(List.of("emodb"), c.databases());
        Section data = c.section("DATA");
        assertEquals("specified", data.getString("emodb.split_strategy", ""));
        assertEquals(List.of("emotion.categories.test.gold_standard"),
                data.getNames("emodb.test_tables", List.of()));
        assertEquals(List.of("anger", "happiness", "sadness", "neutral"),
                data.getNames("labels", List.of()));
        Section feats = c.section("FEATS");
        assertEquals(List.of("os"), feats.getNames("type", List.of()));
        assertEquals("standard", feats.getString("scale", ""));
        Section model = c.section("MODEL");
        assertEquals("mlp", model.getString("type", ""));
        assertEquals(List.of(128L, 64L, 32L), model.literal("layers").orElseThrow());
        assertEquals("leaky_relu", model.getString("activation", ""));
        assertEquals(0.3, model.getDouble("drop", 0), 0);
        assertEquals(10, model.getInt("patience", 0));
        assertEquals(1e-4, model.getDouble("learning_rate", 0), 0);
        assertEquals(16, model.getInt("batch_size", 0));
        assertTrue(c.section("PLOT").getBoolean("best_model", false));
        assertTrue(c.section("PLOT").getBoolean("epoch_progression", false));
        assertTrue(c.warnUnknownKeys().isEmpty(), c.warnUnknownKeys().toString());
    }

    @Test
    void sharedConfigFileParses() {
        ExperimentConfig c = ExperimentConfig.load(shared().resolve(
                "configs/emodb_os_mlp_leaky_relu.ini"));
        assertEquals("leaky_relu", c.section("MODEL").getString("activation", ""));
        assertEquals(List.of("os"), c.section("FEATS").getNames("type", List.of()));
        assertEquals("standard", c.section("FEATS").getString("scale", ""));
    }

    @Test
    void defaultReluAndBinaryExamplesParse() {
        ExperimentConfig relu = parse(block("[EXP]\nroot = ./experiments/\nname = exp_emodb_relu",
                "2. Using Leaky ReLU"));
        assertEquals("exp_emodb_relu", ExpSettings.of(relu).name());
        assertEquals(List.of("os"), relu.section("FEATS").getNames("type", List.of()));
        assertTrue(relu.section("MODEL").raw("activation").isEmpty());
        assertEquals(List.of(128L, 64L), relu.section("MODEL").literal("layers").orElseThrow());

        ExperimentConfig binary = parse(block("[EXP]\nroot = ./experiments/\nname = binary_emotion",
                "Example 3:"));
        assertEquals(List.of("anger", "neutral"), binary.section("DATA").getNames("labels",
                List.of()));
        assertEquals("tanh", binary.section("MODEL").getString("activation", ""));
        assertEquals(1, ExpSettings.of(binary).epochs());
    }

    @Test
    void ageExampleParses() {
        ExperimentConfig age = parse(block("[EXP]\nroot = ./experiments/\nname = age_prediction",
                "Example 2:"));
        assertEquals(List.of("os", "praat"), age.section("FEATS").getNames("type", List.of()));
        assertEquals("leaky_relu", age.section("MODEL").getString("activation", ""));
        assertEquals(5e-5, age.section("MODEL").getDouble("learning_rate", 0), 0);
    }

    @Test
    void modelFragmentsParseInACompleteConfig() {
        String base = completeWorkingExample();
        Map<String, String> activations = Map.of(
                "2. Using Leaky ReLU", "leaky_relu",
                "3. Using Tanh", "tanh",
                "4. Using Sigmoid", "sigmoid");
        String[] order = {"2. Using Leaky ReLU", "3. Using Tanh", "4. Using Sigmoid",
            "Practical Examples"};
        for (int i = 0; i < 3; i++) {
            String fragment = block(order[i], order[i + 1]);
            fragment = fragment.substring(fragment.indexOf("[MODEL]"));
            ExperimentConfig c = parse(withModel(base, fragment));
            Section m = c.section("MODEL");
            assertEquals(activations.get(order[i]), m.getString("activation", ""), order[i]);
            assertEquals(0.3, m.getDouble("drop", 0), 0);
            assertEquals(10, m.getInt("patience", 0));
            assertEquals(List.of(128L, 64L), m.literal("layers").orElseThrow());
        }
    }

    @Test
    void deepNetworkFragmentHasDropList() {
        String fragment = block("[MODEL]\ntype = mlp\nlayers = [256, 128, 64, 32] # Deep",
                "CNN Models");
        Section m = parse(withModel(completeWorkingExample(), fragment)).section("MODEL");
        assertEquals(List.of(256L, 128L, 64L, 32L), m.literal("layers").orElseThrow());
        assertEquals(List.of(0.3, 0.3, 0.2, 0.2), m.literal("drop").orElseThrow());
        assertEquals(1e-5, m.getDouble("learning_rate", 0), 0);
        assertEquals(20, m.getInt("patience", 0));
        assertEquals(16, m.getInt("batch_size", 0));
    }

    @Test
    void cnnLayerFormatsParse() {
        String old = block("[MODEL]\ntype = cnn\nlayers = {", "New Format");
        Object layers = parse(withModel(completeWorkingExample(), old)).section("MODEL")
                .literal("layers").orElseThrow();
        assertEquals(Map.of("l1", 120L, "l2", 84L), layers);
        String neu = block("[MODEL]\ntype = cnn\nlayers = [120, 84]", "Choosing");
        assertEquals(List.of(120L, 84L), parse(withModel(completeWorkingExample(), neu))
                .section("MODEL").literal("layers").orElseThrow());
    }

    @Test
    void tipFragmentsParse() {
        String dropout = block("[MODEL]\ntype = mlp\nlayers = [128, 64]\nactivation = leaky_relu\n"
                + "drop = 0.3 # Start", "2. Learning Rate");
        Section m = parse(withModel(completeWorkingExample(), dropout)).section("MODEL");
        assertEquals(0.3, m.getDouble("drop", 0), 0);
        assertTrue(m.raw("drop").orElseThrow().equals("0.3"));
        String batch = block("[MODEL]\nactivation = leaky_relu\nbatch_size = 32",
                "# Smaller batch");
        assertEquals(32, parse(withModel(completeWorkingExample(), batch)).section("MODEL")
                .getInt("batch_size", 0));
        String depth = block("[MODEL]\nlayers = [256, 128, 64, 32]\nactivation = leaky_relu #",
                "Troubleshooting");
        assertEquals("leaky_relu", parse(withModel(completeWorkingExample(), depth))
                .section("MODEL").getString("activation", ""));
        String basic = block("[MODEL]\ntype = mlp\nlayers = [128, 64, 32]\nactivation = leaky_relu "
                + "# Options", "Complete Example");
        assertEquals("leaky_relu", parse(withModel(completeWorkingExample(), basic))
                .section("MODEL").getString("activation", ""));
    }
}
