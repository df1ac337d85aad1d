package org.nkululeko.model.weka;

import java.nio.file.Path;

/**
 * Keeps Weka quiet, offline and out of the home folder. Every class of this module that touches
 * Weka calls {@link #init()} first (in a static block), so the system properties below are set
 * before any Weka class is initialised.
 *
 * <ul>
 *   <li>netlib-java falls back to its pure-Java F2J implementations; the native BLAS jars are
 *       excluded from the build, and without these properties SMO fails to initialise
 *       (java-deps.md §7).</li>
 *   <li>{@code WEKA_HOME} points to {@code <java.io.tmpdir>/nkululeko-wekafiles} unless the user
 *       or the runner set it, so Weka's package manager does not create {@code ~/wekafiles}.</li>
 *   <li>The package manager stays offline and loads no packages.</li>
 * </ul>
 *
 * <p>Each property is set only if it is not set already, so a user's {@code -D} wins.
 */
final class WekaEnvironment {

    /** The system property (and environment variable) Weka reads for its home folder. */
    static final String WEKA_HOME = "WEKA_HOME";

    static {
        setIfAbsent("com.github.fommil.netlib.BLAS", "com.github.fommil.netlib.F2jBLAS");
        setIfAbsent("com.github.fommil.netlib.LAPACK", "com.github.fommil.netlib.F2jLAPACK");
        setIfAbsent("com.github.fommil.netlib.ARPACK", "com.github.fommil.netlib.F2jARPACK");
        if (System.getenv(WEKA_HOME) == null) {
            setIfAbsent(WEKA_HOME, Path.of(System.getProperty("java.io.tmpdir"),
                    "nkululeko-wekafiles").toString());
        }
        setIfAbsent("weka.packageManager.offline", "true");
        setIfAbsent("weka.packageManager.loadPackages", "false");
        setIfAbsent("java.awt.headless", "true");
    }

    private WekaEnvironment() {
    }

    /** Runs the static set-up above (once); cheap to call again. */
    static void init() {
        // the static initialiser does the work
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
