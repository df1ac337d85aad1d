package org.nkululeko.model.weka;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import weka.classifiers.Classifier;

/**
 * A classic (non-neural) model type on Weka: one INI name, one task, and a {@link Recipe} that
 * turns the {@code [MODEL]} settings into a configured Weka classifier.
 *
 * <p>Subclasses read and check their settings in {@link #recipe(ModelSpec)}, which runs in
 * {@link #create}, so a bad value fails before any training.
 */
public abstract class WekaModel implements Model {

    static {
        WekaEnvironment.init();
    }

    /** Logger named as the caller users see in log lines. */
    static final Logger LOG = LoggerFactory.getLogger("model");

    private final String name;
    private final Task task;
    private final String description;

    /**
     * @param name the INI name ({@code [MODEL] type})
     * @param task the only task this type does
     * @param description one line for {@code nkululeko plugins}
     */
    protected WekaModel(String name, Task task, String description) {
        this.name = name;
        this.task = task;
        this.description = description;
    }

    /**
     * Builds a configured, untrained Weka classifier. Some settings depend on the training data
     * (the RBF width {@code gamma = 'scale'}), so the classifier is made at training time.
     */
    @FunctionalInterface
    interface Recipe {
        /**
         * @param x the training rows (already scaled by the runner)
         * @param seed the run's seed
         * @return a fresh classifier
         * @throws Exception if Weka rejects an option
         */
        Classifier build(double[][] x, long seed) throws Exception;
    }

    /**
     * Reads and checks the {@code [MODEL]} settings this type uses.
     *
     * @param spec the spec with the settings
     * @return how to build the classifier
     * @throws UserException for a value this type does not accept
     */
    abstract Recipe recipe(ModelSpec spec);

    /**
     * @return whether {@code class_weight = True} weights this type's training samples; false
     *     for types whose scikit-learn twin takes no sample weights (k-nearest neighbours)
     */
    boolean usesClassWeight() {
        return true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean supports(Task task) {
        return this.task == task;
    }

    @Override
    public boolean isNeural() {
        return false;
    }

    @Override
    public Estimator create(ModelSpec spec) {
        requireTask(spec.task());
        return new WekaEstimator(name, spec, recipe(spec), usesClassWeight());
    }

    @Override
    public Estimator load(Path file, ModelSpec spec) throws IOException {
        requireTask(spec.task());
        WekaEstimator.Saved saved;
        try (InputStream in = Files.newInputStream(file);
                ObjectInputStream objects = new ObjectInputStream(in)) {
            saved = (WekaEstimator.Saved) objects.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(file + " is not a saved '" + name + "' model: " + e, e);
        }
        return WekaEstimator.restore(name, spec, saved, file);
    }

    /**
     * @param settings the {@code [MODEL]} section
     * @param key the key
     * @param defaultValue used when the key is absent
     * @return the value, checked to be a positive number
     */
    static double positive(Settings settings, String key, double defaultValue) {
        double value = settings.getDouble(key, defaultValue);
        if (!(value > 0) || Double.isInfinite(value)) {
            throw settings.invalid(key, "a positive number");
        }
        return value;
    }

    /**
     * @param settings the {@code [MODEL]} section
     * @param key the key
     * @param defaultValue used when the key is absent
     * @param min the smallest value accepted
     * @return the value, checked to be at least {@code min}
     */
    static int atLeast(Settings settings, String key, int defaultValue, int min) {
        int value = settings.getInt(key, defaultValue);
        if (value < min) {
            throw settings.invalid(key, "an integer of at least " + min);
        }
        return value;
    }

    /**
     * {@code max_depth} for trees and forests: absent, {@code None} or 0 mean unlimited
     * (scikit-learn's default).
     *
     * @param settings the {@code [MODEL]} section
     * @return the depth, or 0 for unlimited
     */
    static int maxDepth(Settings settings) {
        Object value = settings.literal("max_depth").orElse(null);
        if (value == null) {
            return 0;
        }
        return atLeast(settings, "max_depth", 0, 0);
    }

    /** @return a seed as Weka takes it (an int) */
    static int wekaSeed(long seed) {
        return (int) (seed ^ (seed >>> 32));
    }
}
