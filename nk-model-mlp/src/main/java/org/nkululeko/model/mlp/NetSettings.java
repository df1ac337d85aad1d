package org.nkululeko.model.mlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.activations.IActivation;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.slf4j.Logger;

/**
 * The {@code [MODEL]} keys shared by the neural models ({@code mlp}, {@code mlp_reg},
 * {@code cnn}), read and validated once.
 *
 * @param layers the dense layer sizes in the order written, at least one, each positive
 * @param activationName the {@code activation} value, lower case
 * @param activation the DL4J function applied after every hidden dense layer
 * @param drop the dropout probability after each hidden dense layer, in [0, 1)
 * @param learningRate {@code learning_rate}, positive
 * @param batchSize {@code batch_size}, positive
 * @param optimizer {@code optimizer}
 * @param weightDecay {@code weight_decay} for adamw, at least 0
 * @param momentum {@code momentum} for sgd, in [0, 1)
 * @param loss {@code loss}, lower case: cross, mse, mae or 1-ccc
 */
public record NetSettings(List<Integer> layers, String activationName, IActivation activation,
        double[] drop, double learningRate, int batchSize, Optimizer optimizer,
        double weightDecay, double momentum, String loss) {

    /** The update rules {@code [MODEL] optimizer} offers. */
    public enum Optimizer {
        /** Adam (Kingma and Ba, 2015). */
        ADAM,
        /** Adam with decoupled weight decay (Loshchilov and Hutter, 2019). */
        ADAMW,
        /** Stochastic gradient descent with momentum. */
        SGD
    }

    /** Checks ranges and copies the arrays. */
    public NetSettings {
        layers = List.copyOf(layers);
        drop = drop.clone();
        if (layers.isEmpty() || drop.length != layers.size()) {
            throw new IllegalArgumentException("layers and drop must match: " + layers + ", "
                    + Arrays.toString(drop));
        }
    }

    /**
     * Reads the {@code [MODEL]} keys of a neural model.
     *
     * @param spec the model spec; its settings are the {@code [MODEL]} section
     * @return the validated settings
     * @throws UserException naming {@code [MODEL] key} and value for anything it cannot use
     */
    public static NetSettings read(ModelSpec spec) {
        Settings s = spec.settings();
        List<Integer> layers = readLayers(s);
        String activationName = s.getString("activation", "relu").trim().toLowerCase(Locale.ROOT);
        IActivation activation = Activations.resolve(activationName, spec.activations());
        double[] drop = readDrop(s, layers.size());
        double lr = s.getDouble("learning_rate", 1e-4);
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw s.invalid("learning_rate", "a positive number");
        }
        int batch = s.getInt("batch_size", 8);
        if (batch < 1) {
            throw s.invalid("batch_size", "a positive integer");
        }
        Optimizer optimizer = readOptimizer(s);
        double wd = s.getDouble("weight_decay", 0.01);
        if (!(wd >= 0) || Double.isInfinite(wd)) {
            throw s.invalid("weight_decay", "a number of at least 0");
        }
        double momentum = s.getDouble("momentum", 0.9);
        if (!(momentum >= 0 && momentum < 1)) {
            throw s.invalid("momentum", "a number in [0, 1)");
        }
        String loss = readLoss(s, spec.task());
        return new NetSettings(layers, activationName, activation, drop, lr, batch, optimizer,
                wd, momentum, loss);
    }

    /**
     * Logs the model's settings as nkululeko does, one DEBUG line each.
     *
     * @param log the {@code model} logger
     */
    public void log(Logger log) {
        log.debug("using model with {} loss function", loss);
        log.debug("using activation function: {}", activationName);
        log.debug("using layers {}", layers);
        log.debug("init: training with dropout: {}", dropText());
        switch (optimizer) {
            case ADAMW -> log.debug("using adamw optimizer: lr={}, weight_decay={}",
                    PyFormat.number(learningRate), PyFormat.number(weightDecay));
            case SGD -> log.debug("using sgd optimizer: lr={}, momentum={}",
                    PyFormat.number(learningRate), PyFormat.number(momentum));
            default -> log.debug("using adam optimizer: lr={}", PyFormat.number(learningRate));
        }
    }

    /** @return the dropout as configured: one number when all layers share it, else a list */
    public String dropText() {
        boolean same = Arrays.stream(drop).allMatch(d -> d == drop[0]);
        if (same) {
            return PyFormat.number(drop[0]);
        }
        List<String> parts = new ArrayList<>();
        for (double d : drop) {
            parts.add(PyFormat.number(d));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** @return a one-line summary, stored in saved models to detect a mismatching spec */
    public String summary() {
        return "layers=" + layers + " activation=" + activationName + " loss=" + loss;
    }

    private static List<Integer> readLayers(Settings s) {
        Optional<String> raw = s.raw("layers");
        if (raw.isEmpty() || raw.get().isBlank()) {
            throw new UserException("model", "[MODEL] layers is missing: neural models need "
                    + "the hidden layer sizes, e.g. layers = [128, 64]");
        }
        Object value = s.literal("layers").orElse(null);
        List<?> sizes;
        if (value instanceof List<?> list) {
            sizes = list;
        } else if (value instanceof Map<?, ?> map) {
            sizes = new ArrayList<>(map.values());
        } else if (value instanceof Number) {
            sizes = List.of(value);
        } else {
            throw badLayers(raw.get());
        }
        if (sizes.isEmpty()) {
            throw badLayers(raw.get());
        }
        List<Integer> out = new ArrayList<>();
        for (Object size : sizes) {
            Integer n = positiveInt(size);
            if (n == null) {
                throw badLayers(raw.get());
            }
            out.add(n);
        }
        return out;
    }

    private static UserException badLayers(String raw) {
        return new UserException("model", "[MODEL] layers = " + raw.trim() + ": expected a "
                + "list of positive layer sizes such as [128, 64] or a dict such as "
                + "{'l1': 128, 'l2': 64}");
    }

    private static Integer positiveInt(Object o) {
        if (o instanceof Long l && l > 0 && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (o instanceof Double d && d > 0 && d == Math.rint(d) && d <= Integer.MAX_VALUE) {
            return d.intValue();
        }
        return null;
    }

    private static double[] readDrop(Settings s, int hidden) {
        Object value = s.literal("drop").orElse(Boolean.FALSE);
        double[] drop = new double[hidden];
        if (value == null || Boolean.FALSE.equals(value)) {
            return drop;
        }
        String expected = "a dropout probability in [0, 1), or a list of one per hidden layer";
        if (value instanceof List<?> list) {
            if (list.size() != hidden) {
                throw new UserException("model", "[MODEL] drop = " + s.raw("drop").orElse("")
                        .trim() + ": the list has " + list.size() + " values but [MODEL] layers "
                        + "has " + hidden + " hidden layers; give one value per layer or a "
                        + "single number");
            }
            for (int i = 0; i < hidden; i++) {
                drop[i] = probability(list.get(i), s, expected);
            }
            return drop;
        }
        Arrays.fill(drop, probability(value, s, expected));
        return drop;
    }

    private static double probability(Object o, Settings s, String expected) {
        if (o instanceof Number n) {
            double p = n.doubleValue();
            if (p >= 0 && p < 1) {
                return p;
            }
        }
        throw s.invalid("drop", expected);
    }

    private static Optimizer readOptimizer(Settings s) {
        String name = s.getString("optimizer", "adam").trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "adam" -> Optimizer.ADAM;
            case "adamw" -> Optimizer.ADAMW;
            case "sgd" -> Optimizer.SGD;
            default -> throw s.invalid("optimizer", "adam, adamw or sgd");
        };
    }

    private static String readLoss(Settings s, Task task) {
        if (task == Task.CLASSIFICATION) {
            String loss = s.getString("loss", "cross").trim().toLowerCase(Locale.ROOT);
            if (!loss.equals("cross")) {
                // TODO(#3): nkululeko's soft-F1 loss (loss = f1) and label_smoothing
                throw s.invalid("loss", "cross (cross-entropy) for classification");
            }
            return loss;
        }
        String loss = s.getString("loss", "mse").trim().toLowerCase(Locale.ROOT);
        if (!List.of("mse", "mae", "1-ccc").contains(loss)) {
            // TODO(#3): nkululeko's 1-pcc loss
            throw s.invalid("loss", "mse, mae or 1-ccc for regression");
        }
        return loss;
    }
}
