package org.nkululeko.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nkululeko.api.UserException;

/** Look-ups by INI name, and the messages for unknown names. */
class PluginRegistryTest {

    private final PluginRegistry registry = PluginRegistry.system();

    @Test
    void findsBuiltinsByNameAnyCase() {
        assertEquals("dummy", registry.model("Dummy").name());
        assertEquals("leaky_relu", registry.activation(" LEAKY_RELU ").name());
        assertEquals("testfeat", registry.extractor("testfeat").name());
        assertTrue(registry.modelNames().contains("dummy"));
        assertTrue(registry.entries().stream().anyMatch(e -> e.kind().equals("model")
                && e.name().equals("dummy")));
    }

    @Test
    void unknownModelListsAvailableNamesAndKey() {
        UserException e = assertThrows(UserException.class, () -> registry.model("svmx"));
        assertTrue(e.getMessage().contains("unknown model type: svmx"), e.getMessage());
        assertTrue(e.getMessage().contains("[MODEL] type"), e.getMessage());
        assertTrue(e.getMessage().contains("available: dummy"), e.getMessage());
    }

    @Test
    void unknownFeatureTypeListsAvailableNamesAndKey() {
        UserException e = assertThrows(UserException.class, () -> registry.extractor("mfcc"));
        assertTrue(e.getMessage().contains("unknown feature type: mfcc"), e.getMessage());
        assertTrue(e.getMessage().contains("[FEATS] type"), e.getMessage());
        assertTrue(e.getMessage().contains("testfeat"), e.getMessage());
    }

    @Test
    void unknownActivationListsAvailableNames() {
        UserException e = assertThrows(UserException.class, () -> registry.activation("swishy"));
        assertTrue(e.getMessage().startsWith("unknown activation function: swishy"),
                e.getMessage());
        assertTrue(e.getMessage().contains("available: elu, gelu, ")
                && e.getMessage().contains(" leaky_relu, "), e.getMessage());
        assertEquals("model", e.caller());
    }
}
