package org.nkululeko.model.weka;

import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import weka.classifiers.functions.SMOreg;
import weka.classifiers.functions.supportVector.RegSMOImproved;
import weka.core.SelectedTag;

/**
 * {@code svr}: support vector regression, Weka's SMOreg set up like nkululeko's scikit-learn
 * {@code SVR}: {@code kernel} (rbf, {@code gamma = 'scale'}), {@code C_val} (default 0.001, as
 * in nkululeko), epsilon-insensitive loss with epsilon 0.1, no normalisation of features or
 * target.
 */
public final class SvrModel extends WekaModel {

    /** scikit-learn's SVR default width of the epsilon-insensitive tube, in target units. */
    static final double EPSILON = 0.1;

    /** Creates the {@code svr} type. */
    public SvrModel() {
        super("svr", Task.REGRESSION, "support vector regression (Weka SMOreg): kernel, C_val");
    }

    @Override
    Recipe recipe(ModelSpec spec) {
        Settings settings = spec.settings();
        double c = positive(settings, "C_val", 0.001);
        SvmKernels.Type kernel = SvmKernels.type(settings);
        return (x, seed) -> {
            SMOreg smo = new SMOreg();
            smo.setC(c);
            smo.setKernel(SvmKernels.build(kernel, x));
            smo.setFilterType(new SelectedTag(SMOreg.FILTER_NONE, SMOreg.TAGS_FILTER));
            RegSMOImproved optimizer = new RegSMOImproved();
            optimizer.setEpsilonParameter(EPSILON);
            optimizer.setSeed(wekaSeed(seed));
            smo.setRegOptimizer(optimizer);
            return smo;
        };
    }
}
