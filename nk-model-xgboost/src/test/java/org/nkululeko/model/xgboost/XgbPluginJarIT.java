package org.nkululeko.model.xgboost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * "xgb is found only through its jar": runs after {@code package} (failsafe, {@code mvn verify})
 * against the shaded {@code nk-model-xgboost-<version>-plugin.jar}.
 *
 * <p>An application loader is built over nk-api, nk-core, their runtime libraries (slf4j,
 * Jackson) and this module's test classes, with the platform loader as parent, so neither
 * {@code target/classes} nor XGBoost4J is visible to it. A plugin loader over the plugin jar is
 * its child, as the application does for a jar in its plugins folder. {@link PluginCheck} then
 * runs inside the application loader.
 */
class XgbPluginJarIT {

    @Test
    void xgbIsFoundOnlyThroughThePluginJar() throws Exception {
        Path jar = Path.of(System.getProperty("plugin.jar"));
        assertTrue(Files.isRegularFile(jar), "plugin jar missing: " + jar);
        assertJarContents(jar);

        List<URL> app = new ArrayList<>();
        for (String key : List.of("nk.api.jar", "nk.core.jar", "nk.testkit.jar",
                "slf4j.api.jar",
                "jackson.core.jar", "jackson.databind.jar", "jackson.annotations.jar",
                "test.classes")) {
            app.add(Path.of(System.getProperty(key)).toUri().toURL());
        }
        try (URLClassLoader appLoader = new URLClassLoader("app", app.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
                URLClassLoader pluginLoader = new URLClassLoader("plugin",
                        new URL[] {jar.toUri().toURL()}, appLoader)) {
            String[] result = ((String) appLoader.loadClass(PluginCheck.class.getName())
                    .getMethod("run", ClassLoader.class, ClassLoader.class)
                    .invoke(null, appLoader, pluginLoader)).split("\\|");

            assertEquals("false", result[0], "xgb must not be found without the plugin jar");
            assertEquals(jar.getFileName().toString(), result[1], "jar that provides xgb");
            assertEquals("true", result[2], "xgb's class comes from the plugin loader");
            assertEquals("true", result[3], "xgr comes with it");
            double uar = Double.parseDouble(result[4]);
            assertTrue(uar >= 0.45, "xgb trained through the plugin jar: UAR " + uar);
        }
    }

    /** The jar holds the module, XGBoost4J and its natives, but not nk-api/nk-core/slf4j. */
    private static void assertJarContents(Path jar) throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertTrue(zip.getEntry("org/nkululeko/model/xgboost/XgbModel.class") != null);
            assertTrue(zip.getEntry("ml/dmlc/xgboost4j/java/XGBoost.class") != null);
            assertTrue(zip.getEntry("lib/linux/x86_64/libxgboost4j.so") != null);
            assertTrue(zip.getEntry("META-INF/services/org.nkululeko.api.Model") != null);
            assertFalse(zip.stream().anyMatch(e -> e.getName().startsWith("org/nkululeko/api/")
                    || e.getName().startsWith("org/nkululeko/core/")
                    || e.getName().startsWith("org/slf4j/")), "provided classes in the jar");
        }
    }
}
