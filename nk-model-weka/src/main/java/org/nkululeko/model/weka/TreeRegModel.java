package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import weka.classifiers.trees.REPTree;

/**
 * {@code tree_reg}: a regression tree, Weka's REPTree grown like scikit-learn's
 * {@code DecisionTreeRegressor}: variance-reduction splits, no pruning, one sample per leaf
 * allowed, {@code max_depth} (default unlimited).
 */
public final class TreeRegModel extends WekaModel {

    /** Creates the {@code tree_reg} type. */
    public TreeRegModel() {
        super("tree_reg", Task.REGRESSION, "regression tree (Weka REPTree, unpruned): max_depth");
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        int depth = maxDepth(spec.settings());
        return (x, seed) -> {
            REPTree tree = new REPTree();
            tree.setNoPruning(true);
            tree.setMinNum(1.0);
            tree.setMinVarianceProp(0.0);
            tree.setMaxDepth(depth == 0 ? -1 : depth);
            tree.setSeed(wekaSeed(seed));
            return tree;
        };
    }
}
