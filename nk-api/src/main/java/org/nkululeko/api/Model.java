package org.nkululeko.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model type, found by {@link java.util.ServiceLoader} under the name {@code [MODEL] type}
 * uses ({@code mlp}, {@code svm}, {@code xgb}, ...). It is a factory: every run of an
 * experiment gets a fresh {@link Estimator}.
 *
 * <p>Implementations need a public no-argument constructor and must be listed in
 * {@code META-INF/services/org.nkululeko.api.Model}.
 */
public interface Model {

    /** @return the INI name, lower case, e.g. {@code svm} */
    String name();

    /** @return one line for {@code nkululeko plugins} */
    default String description() {
        return "";
    }

    /**
     * @return the {@code [MODEL]} keys this type reads beyond the common ones nkululeko knows
     *     (lower case), so that the unknown-key warning does not flag them; empty by default
     */
    default java.util.Set<String> settingKeys() {
        return java.util.Set.of();
    }

    /**
     * @param task classification or regression
     * @return whether this type can do it ({@code svr} cannot classify)
     */
    boolean supports(Task task);

    /**
     * Fails with the standard message when this type cannot do the task, e.g. {@code Model
     * 'svr' is a regressor but experiment type is classification ([MODEL] type = svr, [EXP]
     * type = classification)}.
     *
     * @param task the experiment's task
     * @throws UserException if {@link #supports(Task)} is false for it
     */
    default void requireTask(Task task) {
        if (supports(task)) {
            return;
        }
        String kind = supports(Task.REGRESSION) ? "a regressor" : "a classifier";
        String experiment = task.name().toLowerCase(java.util.Locale.ROOT);
        throw new UserException("model", "Model '" + name() + "' is " + kind
                + " but experiment type is " + experiment + " ([MODEL] type = " + name()
                + ", [EXP] type = " + experiment + ")");
    }

    /**
     * @return true for networks trained epoch by epoch; false for models that fit in one go
     *     (the runner then trains them once, whatever {@code [EXP] epochs} says)
     */
    boolean isNeural();

    /**
     * Builds a new, untrained estimator.
     *
     * @param spec everything the experiment knows about the task and the settings
     * @return a fresh estimator
     * @throws UserException for a {@code [MODEL]} value this type does not accept
     */
    Estimator create(ModelSpec spec);

    /**
     * Restores an estimator written by {@link Estimator#save(Path)}.
     *
     * @param file the saved model
     * @param spec the same spec the estimator was trained with
     * @return the restored estimator
     * @throws IOException if the file cannot be read
     */
    Estimator load(Path file, ModelSpec spec) throws IOException;
}
