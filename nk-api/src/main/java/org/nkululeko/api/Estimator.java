package org.nkululeko.api;

import java.io.IOException;
import java.nio.file.Path;

/** One trainable model instance, made by {@link Model#create(ModelSpec)}. */
public interface Estimator {

    /**
     * Trains: one pass over the data for neural models (called once per epoch, continuing from
     * the previous state), a complete fit for the others.
     *
     * @param train the training data; {@code y} holds class codes 0..K-1 or numeric targets
     * @param dev held-out data for models that stop early on it, or {@code null}
     */
    void train(Data train, Data dev);

    /**
     * @param x one row of features per sample
     * @return per sample, the probability of each class (in class-code order) for
     *     classification, or a single value for regression
     */
    double[][] predict(double[][] x);

    /**
     * The class decisions for classification. By default the most probable class of
     * {@link #predict}; a model whose decision rule is not the arg-max of its probabilities
     * overrides it (an SVM decides by one-vs-one vote, as libsvm and scikit-learn's
     * {@code SVC.predict} do, while its probabilities come from Platt scaling).
     *
     * @param x one row of features per sample
     * @return per sample the class code 0..K-1
     */
    default int[] predictClasses(double[][] x) {
        double[][] scores = predict(x);
        int[] out = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            for (int k = 1; k < scores[i].length; k++) {
                if (scores[i][k] > scores[i][out[i]]) {
                    out[i] = k;
                }
            }
        }
        return out;
    }

    /**
     * @return the mean training loss of the last {@link #train} call, or NaN if the model has
     *     no such notion
     */
    default double lastTrainLoss() {
        return Double.NaN;
    }

    /**
     * Writes everything needed to restore this estimator with {@link Model#load}.
     *
     * @param file the target file; written whole or not at all
     * @throws IOException if writing fails
     */
    void save(Path file) throws IOException;

    /**
     * Features and targets.
     *
     * @param x one row per sample, each {@code ModelSpec.featureCount()} long
     * @param y one target per sample: a class code 0..K-1 or a numeric value
     */
    record Data(double[][] x, double[] y) {

        /**
         * Checks that rows and targets match.
         *
         * @param x one row per sample
         * @param y one target per sample
         */
        public Data {
            if (x.length != y.length) {
                throw new IllegalArgumentException(x.length + " rows but " + y.length
                        + " targets");
            }
        }

        /** @return the number of samples */
        public int size() {
            return x.length;
        }
    }
}
