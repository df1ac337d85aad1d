package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import weka.classifiers.bayes.NaiveBayes;

/**
 * {@code bayes}: Gaussian naive Bayes, Weka's NaiveBayes with a normal distribution per class
 * and feature (as scikit-learn's {@code GaussianNB}).
 */
public final class BayesModel extends WekaModel {

    /** Creates the {@code bayes} type. */
    public BayesModel() {
        super("bayes", Task.CLASSIFICATION, "Gaussian naive Bayes (Weka NaiveBayes)");
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        return (x, seed) -> new NaiveBayes();
    }
}
