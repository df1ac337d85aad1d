package org.nkululeko.model.mlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.core.io.AtomicFiles;

/**
 * A Deeplearning4j network trained epoch by epoch: each {@link #train} call is one pass over
 * the training data in mini-batches of {@code batch_size}, in an order shuffled from the seed
 * and the epoch number, with dropout drawn from the same. The same seed and data give the
 * same numbers.
 *
 * <p>Regression targets are standardised inside: the first {@link #train} call fixes the mean
 * and standard deviation of its targets, the network learns {@code (y - mean) / sd}, and
 * {@link #predict} and {@link #lastTrainLoss} are in the original units again. The optimum is
 * the same for mse, mae and 1-ccc, but the network no longer has to grow its output from 0 to
 * the target range (an age of 30 years) at a learning rate of 1e-4.
 */
public final class NetEstimator implements Estimator {

    private static final String MAGIC = "nkululeko-dl4j-net";
    private static final int FORMAT = 1;
    private static final int PREDICT_CHUNK = 256;

    private final ModelSpec spec;
    private final NetSettings settings;
    private final String typeName;
    private final MultiLayerNetwork net;
    private final UnaryOperator<double[]> rowTransform;
    private final boolean decays;
    private int epoch;
    private double lastLoss = Double.NaN;
    private double targetMean = 0;
    private double targetSd = 1;
    private boolean targetScaled;
    private Estimator.Data cachedData;
    private INDArray cachedX;
    private INDArray cachedY;

    /**
     * @param spec the spec the network was built for
     * @param settings the training settings
     * @param typeName the model type, e.g. {@code mlp}; stored in saved files
     * @param conf the network configuration (seeded)
     */
    public NetEstimator(ModelSpec spec, NetSettings settings, String typeName,
            MultiLayerConfiguration conf) {
        this(spec, settings, typeName, conf, null);
    }

    /**
     * @param spec the spec the network was built for
     * @param settings the training settings
     * @param typeName the model type, e.g. {@code cnn}; stored in saved files
     * @param conf the network configuration (seeded)
     * @param rowTransform applied to a copy of every input row (training and prediction)
     *     before it enters the network, or {@code null} for none; must be deterministic
     */
    public NetEstimator(ModelSpec spec, NetSettings settings, String typeName,
            MultiLayerConfiguration conf, UnaryOperator<double[]> rowTransform) {
        this.rowTransform = rowTransform;
        this.decays = settings.optimizer() == NetSettings.Optimizer.ADAMW
                && settings.weightDecay() > 0;
        this.spec = spec;
        this.settings = settings;
        this.typeName = typeName;
        this.net = new MultiLayerNetwork(conf);
        net.init();
    }

    /** @return the DL4J network, for inspection in tests */
    public MultiLayerNetwork network() {
        return net;
    }

    /** @return the number of {@link #train} calls so far (restored by load) */
    public int epochs() {
        return epoch;
    }

    @Override
    public void train(Estimator.Data train, Estimator.Data dev) {
        if (train.size() == 0) {
            throw new IllegalArgumentException("no training data");
        }
        prepare(train);
        int n = train.size();
        int[] order = shuffled(n, new Random(mix(spec.seed(), epoch, 0x5EED)));
        Nd4j.getRandom().setSeed(mix(spec.seed(), epoch, 0xD409));
        double lossSum = 0;
        int batches = 0;
        // DL4J's score adds the weight-decay penalty (adamw); report the loss alone, as
        // nkululeko does. The penalty is taken before each step, as DL4J scores it.
        double penalty = 0;
        for (int start = 0; start < n; start += settings.batchSize()) {
            int end = Math.min(n, start + settings.batchSize());
            int[] idx = java.util.Arrays.copyOfRange(order, start, end);
            INDArray xb = Nd4j.pullRows(cachedX, 1, idx);
            INDArray yb = Nd4j.pullRows(cachedY, 1, idx);
            penalty = decays ? net.calcRegularizationScore(true) : 0;
            net.fit(new DataSet(xb, yb));
            lossSum += net.score() - penalty;
            batches++;
        }
        lastLoss = originalUnits(lossSum / batches);
        epoch++;
        net.setEpochCount(epoch);
    }

    @Override
    public double[][] predict(double[][] x) {
        double[][] out = new double[x.length][];
        for (int start = 0; start < x.length; start += PREDICT_CHUNK) {
            int end = Math.min(x.length, start + PREDICT_CHUNK);
            double[][] chunk = java.util.Arrays.copyOfRange(x, start, end);
            INDArray result = net.output(toMatrix(chunk), false);
            double[][] rows = result.castTo(DataType.DOUBLE).toDoubleMatrix();
            if (spec.task() == Task.REGRESSION) {
                for (double[] row : rows) {
                    row[0] = row[0] * targetSd + targetMean;
                }
            }
            System.arraycopy(rows, 0, out, start, rows.length);
        }
        return out;
    }

    @Override
    public double lastTrainLoss() {
        return lastLoss;
    }

    @Override
    public void save(Path file) throws IOException {
        INDArray params = net.params().dup();
        INDArray updater = net.getUpdater() == null ? null
                : net.getUpdater().getStateViewArray();
        INDArray updaterCopy = updater == null ? null : updater.dup();
        AtomicFiles.write(file, stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(typeName);
            out.writeUTF(settings.summary());
            out.writeInt(epoch);
            out.writeInt(net.getIterationCount());
            out.writeDouble(lastLoss);
            out.writeBoolean(targetScaled);
            out.writeDouble(targetMean);
            out.writeDouble(targetSd);
            Nd4j.write(params, out);
            out.writeBoolean(updaterCopy != null);
            if (updaterCopy != null) {
                Nd4j.write(updaterCopy, out);
            }
            out.flush();
        });
    }

    /**
     * Restores parameters and optimizer state written by {@link #save} into this (fresh)
     * estimator.
     *
     * @param file the saved model
     * @return this estimator
     * @throws IOException if the file cannot be read or was saved for another network
     */
    public NetEstimator restore(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream));
            if (!MAGIC.equals(readUtf(in, file)) || in.readInt() != FORMAT) {
                throw new IOException(file + ": not a saved nkululeko neural model");
            }
            String savedType = in.readUTF();
            String savedSummary = in.readUTF();
            if (!savedType.equals(typeName) || !savedSummary.equals(settings.summary())) {
                throw new IOException(file + ": saved for " + savedType + " " + savedSummary
                        + ", but the configuration asks for " + typeName + " "
                        + settings.summary());
            }
            epoch = in.readInt();
            int iterations = in.readInt();
            lastLoss = in.readDouble();
            targetScaled = in.readBoolean();
            targetMean = in.readDouble();
            targetSd = in.readDouble();
            INDArray params = Nd4j.read(in);
            if (params.length() != net.numParams()) {
                throw new IOException(file + ": holds " + params.length() + " parameters, the "
                        + "configured network has " + net.numParams());
            }
            net.setParams(params.castTo(net.params().dataType()));
            if (in.readBoolean()) {
                INDArray state = Nd4j.read(in);
                net.getUpdater(true).setStateViewArray(net, state, false);
            }
            net.setEpochCount(epoch);
            // Adam's bias correction depends on the step count
            net.setIterationCount(iterations);
        }
        return this;
    }

    private static String readUtf(DataInputStream in, Path file) throws IOException {
        try {
            return in.readUTF();
        } catch (IOException e) {
            throw new IOException(file + ": not a saved nkululeko neural model", e);
        }
    }

    private void prepare(Estimator.Data data) {
        if (data == cachedData) {
            return;
        }
        cachedX = toMatrix(data.x());
        cachedY = targets(data.y());
        cachedData = data;
    }

    private INDArray toMatrix(double[][] x) {
        int cols = spec.featureCount();
        float[] flat = new float[x.length * cols];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length
                        + " values, the model expects " + cols);
            }
            double[] row = rowTransform == null ? x[i] : rowTransform.apply(x[i].clone());
            for (int j = 0; j < cols; j++) {
                flat[i * cols + j] = (float) row[j];
            }
        }
        return Nd4j.create(flat, new long[] {x.length, cols}, 'c');
    }

    private double originalUnits(double loss) {
        if (spec.task() != Task.REGRESSION) {
            return loss;
        }
        return switch (settings.loss()) {
            case "mse" -> loss * targetSd * targetSd;
            case "mae" -> loss * targetSd;
            default -> loss;
        };
    }

    private void fixTargetScale(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double var = 0;
        for (double v : y) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / y.length);
        if (Double.isFinite(mean) && Double.isFinite(sd)) {
            targetMean = mean;
            targetSd = sd > 0 ? sd : 1;
        }
        targetScaled = true;
    }

    private INDArray targets(double[] y) {
        if (spec.task() == Task.REGRESSION) {
            if (!targetScaled) {
                fixTargetScale(y);
            }
            float[] v = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                v[i] = (float) ((y[i] - targetMean) / targetSd);
            }
            return Nd4j.create(v, new long[] {y.length, 1}, 'c');
        }
        int k = spec.outputCount();
        float[] oneHot = new float[y.length * k];
        for (int i = 0; i < y.length; i++) {
            int code = (int) y[i];
            if (code != y[i] || code < 0 || code >= k) {
                throw new IllegalArgumentException("target " + y[i] + " of row " + i
                        + " is no class code in 0.." + (k - 1));
            }
            oneHot[i * k + code] = 1;
        }
        return Nd4j.create(oneHot, new long[] {y.length, k}, 'c');
    }

    private static int[] shuffled(int n, Random rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static long mix(long seed, int epoch, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
