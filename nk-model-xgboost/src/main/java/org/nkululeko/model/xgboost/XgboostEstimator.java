package org.nkululeko.model.xgboost;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.io.AtomicFiles;
import org.nkululeko.core.model.ClassWeights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One XGBoost booster, trained once. Runs on one thread with the run's seed, so a rerun gives
 * the same trees. With {@code early_stopping_rounds}, rounds stop when the metric on the
 * runner's dev set (or, without one, on a seeded {@code validation_split} share of the training
 * set, stratified by class) has not improved for that many rounds, and predictions use the
 * rounds up to the best one.
 */
final class XgboostEstimator implements Estimator {

    private static final Logger LOG = LoggerFactory.getLogger("model");
    private static final String MAGIC = "nkululeko-xgboost-1";

    private final String name;
    private final ModelSpec spec;
    private final XgboostSettings settings;
    private Booster booster;
    /** Boosting rounds used for prediction; 0 = all. */
    private int rounds;

    XgboostEstimator(String name, ModelSpec spec, XgboostSettings settings) {
        this.name = name;
        this.spec = spec;
        this.settings = settings;
    }

    @Override
    public void train(Data train, Data dev) {
        if (train.size() == 0) {
            throw new UserException("model", "no training samples for model '" + name + "'");
        }
        Data fit = train;
        Data validation = null;
        if (settings.earlyStoppingRounds() > 0) {
            if (dev != null && dev.size() > 0) {
                validation = dev;
            } else {
                Data[] parts = holdOut(train);
                fit = parts[0];
                validation = parts[1];
            }
        }
        try {
            DMatrix trainMatrix = matrix(fit.x(), fit.y(), weights(fit.y()));
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            if (validation != null) {
                watches.put("validation", matrix(validation.x(), validation.y(), null));
            }
            LOG.debug("{}: XGBoost {} on {} samples x {} features{}", name, params(),
                    fit.size(), spec.featureCount(), validation == null ? ""
                            : ", early stopping on " + validation.size() + " samples");
            float[][] metrics = new float[watches.size()][settings.trees()];
            booster = XGBoost.train(trainMatrix, params(), settings.trees(), watches, metrics,
                    null, null, settings.earlyStoppingRounds());
            rounds = validation == null ? 0 : bestRounds();
            if (validation != null) {
                LOG.debug("{}: early stopping kept {} of at most {} rounds", name, rounds,
                        settings.trees());
            }
            trainMatrix.dispose();
            watches.values().forEach(DMatrix::dispose);
        } catch (XGBoostError e) {
            throw failure("train", e);
        }
    }

    @Override
    public double[][] predict(double[][] x) {
        if (booster == null) {
            throw new IllegalStateException("model '" + name + "' is not trained");
        }
        float[][] raw;
        try {
            DMatrix matrix = matrix(x, null, null);
            raw = booster.predict(matrix, false, rounds);
            matrix.dispose();
        } catch (XGBoostError e) {
            throw failure("predict with", e);
        }
        double[][] out = new double[raw.length][];
        boolean binary = spec.task() == Task.CLASSIFICATION && spec.outputCount() == 2;
        for (int i = 0; i < raw.length; i++) {
            if (binary) {
                out[i] = new double[] {1.0 - raw[i][0], raw[i][0]};
            } else {
                out[i] = new double[raw[i].length];
                for (int c = 0; c < raw[i].length; c++) {
                    out[i][c] = raw[i][c];
                }
            }
        }
        return out;
    }

    @Override
    public void save(Path file) throws IOException {
        if (booster == null) {
            throw new IllegalStateException("model '" + name + "' is not trained");
        }
        byte[] model;
        try {
            model = booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new IOException("XGBoost could not serialise model '" + name + "': "
                    + e.getMessage(), e);
        }
        AtomicFiles.write(file, out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.writeUTF(MAGIC);
            data.writeUTF(name);
            data.writeInt(spec.featureCount());
            data.writeInt(spec.classNames().size());
            for (String c : spec.classNames()) {
                data.writeUTF(c);
            }
            data.writeInt(rounds);
            data.writeInt(model.length);
            data.write(model);
            data.flush();
        });
    }

    static XgboostEstimator load(String name, ModelSpec spec, XgboostSettings settings,
            Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                DataInputStream data = new DataInputStream(in)) {
            if (!MAGIC.equals(data.readUTF())) {
                throw new IOException(file + " is not a saved XGBoost model");
            }
            String savedName = data.readUTF();
            int features = data.readInt();
            List<String> classes = new ArrayList<>();
            for (int c = data.readInt(); c > 0; c--) {
                classes.add(data.readUTF());
            }
            if (!savedName.equals(name) || features != spec.featureCount()
                    || !classes.equals(spec.classNames())) {
                throw new IOException(file + " holds a '" + savedName + "' model for "
                        + features + " features and classes " + classes + ", not a '" + name
                        + "' model for " + spec.featureCount() + " features and classes "
                        + spec.classNames());
            }
            XgboostEstimator estimator = new XgboostEstimator(name, spec, settings);
            estimator.rounds = data.readInt();
            byte[] model = data.readNBytes(data.readInt());
            estimator.booster = XGBoost.loadModel(new ByteArrayInputStream(model));
            return estimator;
        } catch (XGBoostError e) {
            throw new IOException(file + " is not a readable XGBoost model: " + e.getMessage(),
                    e);
        } catch (java.io.EOFException e) {
            throw new IOException(file + " is truncated", e);
        }
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        if (spec.task() == Task.REGRESSION) {
            params.put("objective", "reg:squarederror");
        } else if (spec.outputCount() == 2) {
            params.put("objective", "binary:logistic");
        } else {
            params.put("objective", "multi:softprob");
            params.put("num_class", spec.outputCount());
        }
        params.put("max_depth", settings.maxDepth());
        params.put("eta", settings.learningRate());
        params.put("subsample", settings.subsample());
        params.put("eval_metric", settings.evalMetric());
        params.put("tree_method", "hist");
        params.put("seed", spec.seed());
        params.put("nthread", 1);
        params.put("verbosity", 0);
        // XGBoost4J prints every round's validation metric to stderr unless told not to
        params.put("verbose_eval", "false");
        return params;
    }

    private int bestRounds() throws XGBoostError {
        String best = booster.getAttr("best_iteration");
        return best == null ? 0 : Integer.parseInt(best.trim()) + 1;
    }

    private float[] weights(double[] y) {
        if (!settings.classWeight()) {
            return null;
        }
        double[] balanced = ClassWeights.balanced(y, spec.outputCount());
        float[] weights = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            weights[i] = (float) balanced[i];
        }
        return weights;
    }

    /** Splits off a seeded validation share, stratified by class for classification. */
    private Data[] holdOut(Data train) {
        Random random = new Random(spec.seed());
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < train.size(); i++) {
            int key = spec.task() == Task.CLASSIFICATION ? (int) train.y()[i] : 0;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        boolean[] held = new boolean[train.size()];
        for (List<Integer> group : groups.values()) {
            java.util.Collections.shuffle(group, random);
            long count = Math.round(settings.validationSplit() * group.size());
            for (int i = 0; i < count; i++) {
                held[group.get(i)] = true;
            }
        }
        List<double[]> fitX = new ArrayList<>();
        List<double[]> valX = new ArrayList<>();
        List<Double> fitY = new ArrayList<>();
        List<Double> valY = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            (held[i] ? valX : fitX).add(train.x()[i]);
            (held[i] ? valY : fitY).add(train.y()[i]);
        }
        if (valX.isEmpty() || fitX.isEmpty()) {
            throw new UserException("model", "[MODEL] validation_split = "
                    + settings.validationSplit() + " leaves no samples for training or for "
                    + "early stopping out of " + train.size());
        }
        return new Data[] {data(fitX, fitY), data(valX, valY)};
    }

    private static Data data(List<double[]> x, List<Double> y) {
        return new Data(x.toArray(double[][]::new),
                y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private DMatrix matrix(double[][] x, double[] y, float[] weights) throws XGBoostError {
        int columns = spec.featureCount();
        float[] flat = new float[x.length * columns];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length
                        + " values, the model expects " + columns);
            }
            for (int j = 0; j < columns; j++) {
                flat[i * columns + j] = (float) x[i][j];
            }
        }
        DMatrix matrix = new DMatrix(flat, x.length, columns, Float.NaN);
        if (y != null) {
            float[] labels = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = (float) y[i];
            }
            matrix.setLabel(labels);
        }
        if (weights != null) {
            matrix.setWeight(weights);
        }
        return matrix;
    }

    private RuntimeException failure(String what, XGBoostError e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("eval_metric") || message.contains("Unknown metric")) {
            return new UserException("model", "[MODEL] eval_metric = " + settings.evalMetric()
                    + ": XGBoost does not know this metric", e);
        }
        return new IllegalStateException("XGBoost could not " + what + " model '" + name
                + "': " + message, e);
    }
}
