package org.nkululeko.core.run;

import java.nio.file.Path;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.config.Section;

/**
 * The {@code [EXP]} settings, validated.
 *
 * @param root {@code root}: the folder experiments go in
 * @param name {@code name}: the experiment's folder under root
 * @param task {@code type}: classification (default) or regression
 * @param runs {@code runs}, at least 1 (default 1)
 * @param epochs {@code epochs}, at least 1 (default 1)
 * @param seed {@code random_seed} (default 42)
 * @param threeWay {@code traindevtest} (default False)
 * @param save {@code save} (default True): keep the trained models
 */
public record ExpSettings(Path root, String name, Task task, int runs, int epochs, long seed,
        boolean threeWay, boolean save) {

    /** Checks the ranges. */
    public ExpSettings {
        if (runs < 1) {
            throw new UserException("experiment", "[EXP] runs must be at least 1, was " + runs);
        }
        if (epochs < 1) {
            throw new UserException("experiment", "[EXP] epochs must be at least 1, was "
                    + epochs);
        }
    }

    /**
     * @param config the experiment configuration
     * @return its [EXP] settings
     */
    public static ExpSettings of(ExperimentConfig config) {
        Section exp = config.section("EXP");
        String type = exp.getString("type", "classification");
        Task task = switch (type) {
            case "classification" -> Task.CLASSIFICATION;
            case "regression" -> Task.REGRESSION;
            default -> throw exp.invalid("type", "classification or regression");
        };
        for (String key : new String[] {"runs", "epochs"}) {
            if (exp.getInt(key, 1) < 1) {
                throw exp.invalid(key, "a whole number, 1 or more");
            }
        }
        return new ExpSettings(Path.of(exp.require("root")), exp.require("name"), task,
                exp.getInt("runs", 1), exp.getInt("epochs", 1), exp.getInt("random_seed", 42),
                exp.getBoolean("traindevtest", false), exp.getBoolean("save", true));
    }

    /** @return {@code <root>/<name>} */
    public Path dir() {
        return root.resolve(name);
    }
}
