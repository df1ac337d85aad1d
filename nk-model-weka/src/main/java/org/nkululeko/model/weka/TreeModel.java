package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import weka.classifiers.trees.J48;

/**
 * {@code tree}: a decision tree classifier, Weka's J48 (C4.5) with its defaults (pruning
 * confidence 0.25, at least 2 samples per leaf). nkululeko uses scikit-learn's unpruned CART
 * tree; the two differ in split criterion and pruning, so scores differ too.
 */
public final class TreeModel extends WekaModel {

    /** Creates the {@code tree} type. */
    public TreeModel() {
        super("tree", Task.CLASSIFICATION, "decision tree classifier (Weka J48, C4.5)");
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        return (x, seed) -> new J48();
    }
}
