package org.nkululeko.model.mlp;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossL1;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;

/**
 * Building blocks shared by the MLP and the CNN: the seeded base configuration with the
 * optimizer, the hidden dense stack ({@code layers} in the order written, each followed by
 * {@code activation} and {@code drop}) and the output layer with the loss.
 *
 * <p>DL4J applies a layer's dropout to that layer's INPUT and takes the RETAIN probability
 * (java-deps.md §13.1), so the dropout p after hidden layer i is configured as
 * {@code dropOut(1 - p)} on layer i + 1 (the next dense layer or the output layer).
 */
public final class NetLayers {

    private NetLayers() {
    }

    /**
     * @param seed the run's seed (weight initialisation)
     * @param s the settings (optimizer, learning rate, weight decay)
     * @return a FLOAT, seeded builder with the optimizer set
     */
    public static NeuralNetConfiguration.Builder base(long seed, NetSettings s) {
        NeuralNetConfiguration.Builder b = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .updater(updater(s));
        if (s.optimizer() == NetSettings.Optimizer.ADAMW && s.weightDecay() > 0) {
            // decoupled weight decay: w -= lr * wd * w after the Adam step, as torch.optim.AdamW
            b.weightDecay(s.weightDecay(), true).weightDecayBias(s.weightDecay(), true);
        }
        return b;
    }

    private static IUpdater updater(NetSettings s) {
        return switch (s.optimizer()) {
            // DL4J's only momentum updater is Nesterov's; PyTorch's SGD default is plain momentum
            case SGD -> new Nesterovs(s.learningRate(), s.momentum());
            default -> new Adam(s.learningRate());
        };
    }

    /**
     * Adds the hidden dense layers and the output layer.
     *
     * @param list the list builder, positioned after any earlier layers
     * @param nIn the input size of the first dense layer
     * @param spec the spec (task, output count)
     * @param s the settings (layers, activation, drop, loss)
     * @param inputDrop dropout probability on the input of the first dense layer (0 for none)
     */
    public static void addDenseStack(NeuralNetConfiguration.ListBuilder list, int nIn,
            ModelSpec spec, NetSettings s, double inputDrop) {
        int index = list.getLayerwise().size();
        int in = nIn;
        double drop = inputDrop;
        for (int i = 0; i < s.layers().size(); i++) {
            int units = s.layers().get(i);
            DenseLayer.Builder dense = new DenseLayer.Builder().nIn(in).nOut(units)
                    .activation(s.activation());
            if (drop > 0) {
                dense.dropOut(1 - drop);
            }
            list.layer(index++, dense.build());
            in = units;
            drop = s.drop()[i];
        }
        OutputLayer.Builder out = new OutputLayer.Builder(loss(spec.task(), s.loss()))
                .nIn(in).nOut(spec.outputCount())
                .activation(spec.task() == Task.CLASSIFICATION ? new ActivationSoftmax()
                        : new ActivationIdentity());
        if (drop > 0) {
            out.dropOut(1 - drop);
        }
        list.layer(index, out.build());
    }

    private static ILossFunction loss(Task task, String name) {
        if (task == Task.CLASSIFICATION) {
            return new LossMCXENT();
        }
        return switch (name) {
            case "mae" -> new LossL1();
            case "1-ccc" -> new CccLoss();
            default -> new LossMSE();
        };
    }
}
