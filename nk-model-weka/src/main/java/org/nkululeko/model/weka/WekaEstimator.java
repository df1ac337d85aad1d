package org.nkululeko.model.weka;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.io.AtomicFiles;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * One Weka classifier trained once on the whole training set. Classification returns Weka's
 * class distribution (one probability per class, in class-code order); regression returns the
 * predicted value.
 *
 * <p>{@code [MODEL] class_weight = True} gives each training sample the balanced weight
 * {@code n / (classes * n_c)} (scikit-learn's {@code 'balanced'}); for SMO this scales C per
 * class, as libsvm's class weights do. {@code knn} ignores it, as scikit-learn's
 * {@code KNeighborsClassifier} takes no sample weights.
 */
final class WekaEstimator implements Estimator {

    static {
        WekaEnvironment.init();
    }

    /** What {@link #save} writes: enough to predict again and to check the spec matches. */
    record Saved(String model, Task task, List<String> classNames, int featureCount,
            Instances header, Classifier classifier) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final String name;
    private final ModelSpec spec;
    private final WekaModel.Recipe recipe;
    private final boolean classWeight;
    private final Instances header;
    private Classifier classifier;

    WekaEstimator(String name, ModelSpec spec, WekaModel.Recipe recipe, boolean weighable) {
        this.name = name;
        this.spec = spec;
        this.recipe = recipe;
        boolean wanted = spec.task() == Task.CLASSIFICATION
                && spec.settings().getBoolean("class_weight", false);
        if (wanted && !weighable) {
            WekaModel.LOG.debug("{}: class_weight is ignored, as by scikit-learn's {}", name,
                    "KNeighborsClassifier");
        }
        this.classWeight = wanted && weighable;
        this.header = WekaData.header(spec);
    }

    static WekaEstimator restore(String name, ModelSpec spec, Saved saved, Path file)
            throws IOException {
        if (!saved.model().equals(name) || saved.task() != spec.task()
                || saved.featureCount() != spec.featureCount()
                || !saved.classNames().equals(spec.classNames())) {
            throw new IOException(file + " holds a '" + saved.model() + "' model for "
                    + saved.featureCount() + " features and classes " + saved.classNames()
                    + ", not a '" + name + "' model for " + spec.featureCount()
                    + " features and classes " + spec.classNames());
        }
        WekaEstimator estimator = new WekaEstimator(name, spec, null, false);
        estimator.classifier = saved.classifier();
        return estimator;
    }

    @Override
    public void train(Data train, Data dev) {
        if (recipe == null) {
            throw new IllegalStateException("a loaded '" + name + "' model cannot be retrained");
        }
        if (train.size() == 0) {
            throw new UserException("model", "no training samples for model '" + name + "'");
        }
        double[] weights = classWeight
                ? WekaData.balancedWeights(train.y(), spec.outputCount()) : null;
        Instances data = WekaData.of(header, train.x(), train.y(), weights);
        try {
            Classifier fresh = recipe.build(train.x(), spec.seed());
            WekaModel.LOG.debug("{}: training {} on {} samples x {} features{}", name,
                    describe(fresh), train.size(), spec.featureCount(),
                    classWeight ? ", balanced class weights" : "");
            fresh.buildClassifier(data);
            classifier = fresh;
        } catch (UserException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Weka could not train model '" + name + "': "
                    + e.getMessage(), e);
        }
    }

    @Override
    public double[][] predict(double[][] x) {
        if (classifier == null) {
            throw new IllegalStateException("model '" + name + "' is not trained");
        }
        double[][] out = new double[x.length][];
        try {
            for (int i = 0; i < x.length; i++) {
                weka.core.Instance row = WekaData.row(header, x[i], i);
                out[i] = spec.task() == Task.CLASSIFICATION
                        ? classifier.distributionForInstance(row)
                        : new double[] {classifier.classifyInstance(row)};
            }
        } catch (Exception e) {
            throw new IllegalStateException("Weka could not predict with model '" + name
                    + "': " + e.getMessage(), e);
        }
        return out;
    }

    /** An SVM decides by its one-vs-one vote, as scikit-learn's {@code SVC.predict}. */
    @Override
    public int[] predictClasses(double[][] x) {
        if (!(classifier instanceof PlattSmo smo)) {
            return Estimator.super.predictClasses(x);
        }
        int[] out = new int[x.length];
        try {
            for (int i = 0; i < x.length; i++) {
                out[i] = smo.vote(WekaData.row(header, x[i], i));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Weka could not predict with model '" + name
                    + "': " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public void save(Path file) throws IOException {
        if (classifier == null) {
            throw new IllegalStateException("model '" + name + "' is not trained");
        }
        Saved saved = new Saved(name, spec.task(), spec.classNames(), spec.featureCount(),
                header, classifier);
        AtomicFiles.write(file, out -> {
            ObjectOutputStream objects = new ObjectOutputStream(out);
            objects.writeObject(saved);
            objects.flush();
        });
    }

    private static String describe(Classifier classifier) {
        String options = classifier instanceof weka.core.OptionHandler handler
                ? String.join(" ", handler.getOptions()) : "";
        return classifier.getClass().getSimpleName() + (options.isEmpty() ? "" : " " + options);
    }
}
