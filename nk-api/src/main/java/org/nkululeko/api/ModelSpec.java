package org.nkululeko.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a {@link Model} needs to build an estimator.
 *
 * @param settings the {@code [MODEL]} section
 * @param task classification or regression
 * @param classNames class names in code order (code i is {@code classNames.get(i)}); empty for
 *     regression
 * @param featureCount the number of values per row, positive
 * @param rowShape the shape of one row for models that read matrices (e.g. {@code [bands,
 *     frames]}), or {@code null}
 * @param seed the random seed of this run ({@code [EXP] random_seed} or
 *     {@code [MODEL] random_seed}, plus the run index)
 * @param epochs {@code [EXP] epochs}, at least 1
 * @param activations looks up an {@link Activation} by INI name; throws a {@link UserException}
 *     listing the available names for an unknown one
 */
public record ModelSpec(Settings settings, Task task, List<String> classNames, int featureCount,
        int[] rowShape, long seed, int epochs, Function<String, Activation> activations) {

    /**
     * Validates the spec.
     *
     * @param settings the {@code [MODEL]} section
     * @param task classification or regression
     * @param classNames class names in code order
     * @param featureCount values per row, positive
     * @param rowShape matrix shape of a row, or null
     * @param seed the run's seed
     * @param epochs at least 1
     * @param activations activation lookup by name
     */
    public ModelSpec {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(task, "task");
        classNames = List.copyOf(classNames);
        if (featureCount <= 0) {
            throw new IllegalArgumentException("featureCount must be positive, was "
                    + featureCount);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        if (task == Task.CLASSIFICATION && classNames.size() < 2) {
            throw new IllegalArgumentException("classification needs at least 2 classes, got "
                    + classNames);
        }
    }

    /** @return the number of classes, or 1 for regression */
    public int outputCount() {
        return task == Task.CLASSIFICATION ? classNames.size() : 1;
    }
}
