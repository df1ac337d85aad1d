package org.nkululeko.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared folder beside the checkout (data, references, configs). */
public final class SharedData {

    private SharedData() {
    }

    /** @return the {@code nk.shared} property, else {@code ../shared} from the module's parent */
    public static Path root() {
        String prop = System.getProperty("nk.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("specs"))) {
                return candidate;
            }
        }
        return here.getParent().resolve("../shared").normalize();
    }
}
