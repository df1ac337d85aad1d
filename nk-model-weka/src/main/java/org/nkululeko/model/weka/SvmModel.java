package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import weka.classifiers.functions.SMO;
import weka.core.SelectedTag;

/**
 * {@code svm}: a support vector classifier, Weka's SMO set up like nkululeko's scikit-learn
 * {@code SVC}: {@code kernel} (rbf), {@code C_val} (1.0), {@code gamma = 'scale'}, no
 * normalisation of its own (the runner has scaled the features), one-vs-one pairs, and
 * libsvm's probabilities (Platt sigmoids on 5-fold cross-validated decision values, coupled
 * pairwise; see {@link PlattSmo}).
 */
public final class SvmModel extends WekaModel {

    /** Creates the {@code svm} type. */
    public SvmModel() {
        super("svm", Task.CLASSIFICATION,
                "support vector classifier (Weka SMO): kernel, C_val, class_weight");
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        Settings settings = spec.settings();
        double c = positive(settings, "C_val", 1.0);
        SvmKernels.Type kernel = SvmKernels.type(settings);
        return (x, seed) -> {
            PlattSmo smo = new PlattSmo();
            smo.setC(c);
            smo.setKernel(SvmKernels.build(kernel, x));
            smo.setFilterType(new SelectedTag(SMO.FILTER_NONE, SMO.TAGS_FILTER));
            smo.setRandomSeed(wekaSeed(seed));
            return smo;
        };
    }
}
