package org.nkululeko.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.testing.TestData;

/** decisions.md, Output: layer sizes in the order written, file-name-safe option values. */
class ExperimentNameTest {

    static String name(String... modelAndFeats) {
        String head = TestData.ini("[EXP]", "root = r", "name = n", "[DATA]",
                "databases = ['emodb']", "emodb = x", "target = emotion");
        return ExperimentName.of(ExperimentConfig.parse(Path.of("e.ini"), head
                + TestData.ini(modelAndFeats)));
    }

    @Test
    void layersInTheOrderWritten() {
        assertEquals("emodb_emotion_mlp_os_128-64-32", name("[FEATS]", "type = ['os']",
                "[MODEL]", "type = mlp", "layers = [128, 64, 32]"));
        assertEquals("emodb_emotion_cnn_spectra_120-84", name("[FEATS]", "type = spectra",
                "[MODEL]", "type = cnn", "layers = {'l1': 120, 'l2': 84}"));
    }

    @Test
    void optionValuesAreFileNameSafe() {
        String n = name("[FEATS]", "type = ['os', 'praat']", "scale = standard", "[MODEL]",
                "type = mlp", "layers = [64, 16]", "drop = [0.2, 0.1]",
                "activation = leaky_relu  # comment", "learning_rate = 0.0001");
        assertEquals("emodb_emotion_mlp_os-praat_64-16_drop-0-2-0-1_activation-leaky_relu"
                + "_learning_rate-0-0001_scale-standard", n);
        assertFalse(n.matches(".*[\\s\\[\\],'.].*"), n);
    }

    @Test
    void svmOptions() {
        assertEquals("emodb_emotion_svm_os_C_val-10_kernel-rbf", name("[MODEL]",
                "type = svm", "C_val = 10", "kernel = rbf"));
    }
}
