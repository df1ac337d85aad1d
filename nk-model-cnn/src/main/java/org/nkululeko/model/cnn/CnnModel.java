package org.nkululeko.model.cnn;

import java.io.IOException;
import java.nio.file.Path;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.model.mlp.Dl4jRuntime;
import org.nkululeko.model.mlp.NetEstimator;
import org.nkululeko.model.mlp.NetLayers;
import org.nkululeko.model.mlp.NetSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code [MODEL] type = cnn}: a small convolutional classifier on one-channel matrices such as
 * {@code spectra} (bands x frames): conv 5x5 x 6 (ReLU), max-pool 2, conv 5x5 x 16 (ReLU),
 * max-pool 2, as nkululeko's CNN (nkululeko-reference.md §5.4); then the dense layers of
 * {@code layers} in the order written, each followed by {@code activation} and {@code drop};
 * then softmax. Training keys, defaults and log lines are the MLP's.
 *
 * <p>Each input matrix is standardised on its own (zero mean, unit variance over the matrix)
 * before it enters the network, as nkululeko min-max normalises each spectrogram image: dB
 * values would otherwise start far from the range the initialisation expects.
 */
public final class CnnModel implements Model {

    /** The smallest matrix side the two conv 5x5 + pool 2 blocks accept. */
    public static final int MIN_SIDE = 16;

    private static final Logger LOG = LoggerFactory.getLogger("model");

    /**
     * The thread count for convolutions. java-deps.md §4 found 2 a little faster on an idle
     * box, but on the shared 2 cores 1 thread was faster (6.9 s against 11.5 s per epoch of
     * the EmoDB benchmark, 4.4 against 8.1 s of CPU); {@code -Dnk.dl4j.threads=2} or
     * {@code OMP_NUM_THREADS=2} overrides it.
     */
    private static final int THREADS = 1;

    @Override
    public String name() {
        return "cnn";
    }

    @Override
    public String description() {
        return "convolutional classifier on spectra matrices (Deeplearning4j)";
    }

    @Override
    public boolean supports(Task task) {
        return task == Task.CLASSIFICATION;
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
        if (spec.task() != Task.CLASSIFICATION) {
            throw new UserException("model", "[MODEL] type = cnn classifies, but the "
                    + "experiment is a regression; use a classification target");
        }
        int[] shape = matrixShape(spec);
        NetSettings s = NetSettings.read(spec);
        if (log) {
            s.log(LOG);
        }
        Dl4jRuntime.useThreads(THREADS);
        return new NetEstimator(spec, s, name(), configuration(spec, s, shape),
                CnnModel::standardize);
    }

    /**
     * @param spec the spec
     * @param s the settings
     * @param shape {@code [height, width]} of the input matrix
     * @return the network configuration
     */
    static MultiLayerConfiguration configuration(ModelSpec spec, NetSettings s, int[] shape) {
        NeuralNetConfiguration.ListBuilder list = NetLayers.base(spec.seed(), s).list()
                .layer(new ConvolutionLayer.Builder(5, 5).nIn(1).nOut(6).stride(1, 1)
                        .activation(new ActivationReLU()).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(16).stride(1, 1)
                        .activation(new ActivationReLU()).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build());
        int h = ((shape[0] - 4) / 2 - 4) / 2;
        int w = ((shape[1] - 4) / 2 - 4) / 2;
        NetLayers.addDenseStack(list, 16 * h * w, spec, s, 0);
        return list.setInputType(InputType.convolutionalFlat(shape[0], shape[1], 1)).build();
    }

    private static int[] matrixShape(ModelSpec spec) {
        int[] shape = spec.rowShape();
        if (shape == null || shape.length != 2) {
            throw new UserException("model", "[MODEL] type = cnn needs a matrix per sample, "
                    + "e.g. [FEATS] type = spectra; the features are plain vectors of "
                    + spec.featureCount() + " values");
        }
        if (shape[0] * shape[1] != spec.featureCount()) {
            throw new UserException("model", "[MODEL] type = cnn needs the "
                    + shape[0] + " x " + shape[1] + " matrix alone, but the features have "
                    + spec.featureCount() + " values; use [FEATS] type = spectra without other "
                    + "feature types");
        }
        if (shape[0] < MIN_SIDE || shape[1] < MIN_SIDE) {
            throw new UserException("model", "[MODEL] type = cnn needs matrices of at least "
                    + MIN_SIDE + " x " + MIN_SIDE + " for its two 5x5 convolution and 2x2 "
                    + "pooling blocks, got " + shape[0] + " x " + shape[1]
                    + " (see [FEATS] fft_nbands and fft_frames)");
        }
        return shape.clone();
    }

    /**
     * @param row one matrix, flattened; modified in place
     * @return the row with zero mean and unit variance, or all zeros for a constant row
     */
    static double[] standardize(double[] row) {
        double mean = 0;
        for (double v : row) {
            mean += v;
        }
        mean /= row.length;
        double var = 0;
        for (double v : row) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / row.length);
        for (int i = 0; i < row.length; i++) {
            row[i] = sd > 0 ? (row[i] - mean) / sd : 0;
        }
        return row;
    }
}
