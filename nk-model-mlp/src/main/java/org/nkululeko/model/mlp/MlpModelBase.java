package org.nkululeko.model.mlp;

import java.io.IOException;
import java.nio.file.Path;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The multi-layer perceptron for one task: {@code mlp} or {@code mlp_reg}. */
abstract class MlpModelBase implements Model {

    private static final Logger LOG = LoggerFactory.getLogger("model");

    private final String name;
    private final Task task;

    MlpModelBase(String name, Task task) {
        this.name = name;
        this.task = task;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(Task t) {
        return t == task;
    }

    @Override
    public boolean isNeural() {
        return true;
    }

    @Override
    public Estimator create(ModelSpec spec) {
        return build(spec, true);
    }

    @Override
    public Estimator load(Path file, ModelSpec spec) throws IOException {
        return build(spec, false).restore(file);
    }

    private NetEstimator build(ModelSpec spec, boolean log) {
        checkTask(spec.task());
        NetSettings s = NetSettings.read(spec);
        if (log) {
            s.log(LOG);
        }
        Dl4jRuntime.useThreads(1);
        return new NetEstimator(spec, s, name, configuration(spec, s));
    }

    /**
     * @param spec the spec
     * @param s the settings
     * @return input, then {@code layers} in the order written, then the output layer
     */
    static MultiLayerConfiguration configuration(ModelSpec spec, NetSettings s) {
        NeuralNetConfiguration.ListBuilder list = NetLayers.base(spec.seed(), s).list();
        NetLayers.addDenseStack(list, spec.featureCount(), spec, s, 0);
        return list.setInputType(InputType.feedForward(spec.featureCount())).build();
    }

    private void checkTask(Task t) {
        if (t == task) {
            return;
        }
        if (t == Task.REGRESSION) {
            throw new UserException("model", "[MODEL] type = " + name + " classifies, but the "
                    + "experiment is a regression (numeric target): use [MODEL] type = mlp_reg "
                    + "and [EXP] type = regression");
        }
        throw new UserException("model", "[MODEL] type = " + name + " is a regressor, but the "
                + "experiment is a classification: use [MODEL] type = mlp, or set "
                + "[EXP] type = regression for a numeric target");
    }
}
