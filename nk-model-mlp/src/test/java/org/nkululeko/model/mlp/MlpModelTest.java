package org.nkululeko.model.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.Activation;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.slf4j.LoggerFactory;

class MlpModelTest {

    private static final Estimator.Data TRAIN = Fixtures.blobs(60, 5, 1);
    private static final Estimator.Data TEST = Fixtures.blobs(30, 5, 2);

    private static NetEstimator mlp(ModelSpec spec) {
        return (NetEstimator) new MlpModel().create(spec);
    }

    private static double[][] trainAndPredict(ModelSpec spec, int epochs) {
        Estimator est = new MlpModel().create(spec);
        for (int e = 0; e < epochs; e++) {
            est.train(TRAIN, null);
        }
        return est.predict(TEST.x());
    }

    @Test
    void servicesListBothTypes() {
        List<String> names = ServiceLoader.load(Model.class).stream()
                .map(p -> p.get().name()).collect(Collectors.toList());
        assertTrue(names.containsAll(List.of("mlp", "mlp_reg")), names.toString());
        assertTrue(new MlpModel().supports(Task.CLASSIFICATION));
        assertFalse(new MlpModel().supports(Task.REGRESSION));
        assertTrue(new MlpRegModel().supports(Task.REGRESSION));
        assertFalse(new MlpRegModel().supports(Task.CLASSIFICATION));
    }

    @Test
    void layersInOrderWrittenAndBothFormatsGiveTheSameNetwork() {
        MultiLayerNetwork list = mlp(Fixtures.classification(
                Fixtures.model("layers", "[128, 64, 32]"), 5, 7)).network();
        MultiLayerNetwork dict = mlp(Fixtures.classification(
                Fixtures.model("layers", "{'l1': 128, 'l2': 64, 'l3': 32}"), 5, 7)).network();
        long[] outs = new long[4];
        for (int i = 0; i < 4; i++) {
            outs[i] = list.layerSize(i);
        }
        assertArrayEquals(new long[] {128, 64, 32, 3}, outs);
        assertEquals(list.getLayerWiseConfigurations().toJson(),
                dict.getLayerWiseConfigurations().toJson());
        assertEquals(list.params(), dict.params());
    }

    @Test
    void oneEntryListAndActivationAfterEveryHiddenLayer() {
        MultiLayerConfiguration conf = mlp(Fixtures.classification(
                Fixtures.model("layers", "[16, 8, 4]", "activation", "tanh"), 5, 7)).network()
                .getLayerWiseConfigurations();
        for (int i = 0; i < 3; i++) {
            assertEquals("tanh", ((BaseLayer) conf.getConf(i).getLayer()).getActivationFn()
                    .toString());
        }
        assertEquals("softmax", ((BaseLayer) conf.getConf(3).getLayer()).getActivationFn()
                .toString());
        assertEquals(2, mlp(Fixtures.classification(Fixtures.model("layers", "[16]"), 5, 7))
                .network().getnLayers());
    }

    @Test
    void dropListAppliesPerLayerAfterEachHiddenLayer() {
        MultiLayerConfiguration conf = mlp(Fixtures.classification(
                Fixtures.model("layers", "[64, 32]", "drop", "[0.2, 0.1]"), 5, 7)).network()
                .getLayerWiseConfigurations();
        assertNull(layer(conf, 0).getIDropout());
        // DL4J: retain probability, on the input of the following layer
        assertEquals(0.8, ((Dropout) layer(conf, 1).getIDropout()).getP(), 1e-12);
        assertEquals(0.9, ((Dropout) layer(conf, 2).getIDropout()).getP(), 1e-12);
        MultiLayerConfiguration single = mlp(Fixtures.classification(
                Fixtures.model("layers", "[64, 32]", "drop", "0.3"), 5, 7)).network()
                .getLayerWiseConfigurations();
        assertNull(layer(single, 0).getIDropout());
        assertEquals(0.7, ((Dropout) layer(single, 1).getIDropout()).getP(), 1e-12);
        assertEquals(0.7, ((Dropout) layer(single, 2).getIDropout()).getP(), 1e-12);
    }

    private static Layer layer(MultiLayerConfiguration conf, int i) {
        return conf.getConf(i).getLayer();
    }

    @Test
    void learnsSeparableClasses() {
        double[][] p = trainAndPredict(Fixtures.classification(Fixtures.model("layers",
                "[16, 8]", "learning_rate", "0.01", "batch_size", "8"), 5, 3), 15);
        assertTrue(Fixtures.accuracy(TEST.y(), p) > 0.8, "accuracy "
                + Fixtures.accuracy(TEST.y(), p));
        for (double[] row : p) {
            assertEquals(1.0, row[0] + row[1] + row[2], 1e-5);
        }
    }

    @Test
    void sameSeedSameNumbersOtherSeedOtherNumbers() {
        var model = Fixtures.model("layers", "[16, 8]", "drop", "0.3", "learning_rate", "0.01");
        double[][] a = trainAndPredict(Fixtures.classification(model, 5, 42), 3);
        double[][] b = trainAndPredict(Fixtures.classification(model, 5, 42), 3);
        double[][] c = trainAndPredict(Fixtures.classification(model, 5, 43), 3);
        assertTrue(java.util.Arrays.deepEquals(a, b));
        assertFalse(java.util.Arrays.deepEquals(a, c));
    }

    @Test
    void pluginActivationIsUsedInTraining() {
        AtomicLong applied = new AtomicLong();
        AtomicLong derived = new AtomicLong();
        Activation square = new Activation() {
            @Override public String name() {
                return "softsquare";
            }
            @Override public double apply(double x) {
                applied.incrementAndGet();
                return x * x / (1 + Math.abs(x));
            }
            @Override public double derivative(double x) {
                derived.incrementAndGet();
                double a = Math.abs(x);
                return (2 * x * (1 + a) - x * x * Math.signum(x)) / ((1 + a) * (1 + a));
            }
        };
        var model = Fixtures.model("layers", "[8]", "activation", "softsquare",
                "learning_rate", "0.01");
        ModelSpec plugin = Fixtures.classification(model, 5, 42,
                n -> n.equals("softsquare") ? square : Fixtures.REGISTRY.activation(n));
        Estimator est = new MlpModel().create(plugin);
        est.train(TRAIN, null);
        double[][] viaPlugin = est.predict(TEST.x());
        assertTrue(applied.get() >= 60 * 8, "apply calls " + applied.get());
        assertTrue(derived.get() >= 60 * 8, "derivative calls " + derived.get());
        model.put("activation", "relu");
        double[][] viaRelu = trainAndPredict(Fixtures.classification(model, 5, 42), 1);
        assertFalse(java.util.Arrays.deepEquals(viaPlugin, viaRelu));
    }

    @Test
    void saveAndLoadRoundTripExactlyAndContinueTraining(@TempDir Path dir) throws IOException {
        ModelSpec spec = Fixtures.classification(Fixtures.model("layers", "[16, 8]", "drop",
                "0.2", "optimizer", "adamw", "learning_rate", "0.01"), 5, 42);
        Estimator est = new MlpModel().create(spec);
        est.train(TRAIN, null);
        est.train(TRAIN, null);
        Path file = dir.resolve("sub/model.bin");
        est.save(file);
        Estimator back = new MlpModel().load(file, spec);
        assertTrue(java.util.Arrays.deepEquals(est.predict(TEST.x()), back.predict(TEST.x())));
        assertEquals(est.lastTrainLoss(), back.lastTrainLoss());
        est.train(TRAIN, null);
        back.train(TRAIN, null);
        assertTrue(java.util.Arrays.deepEquals(est.predict(TEST.x()), back.predict(TEST.x())));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        ModelSpec other = Fixtures.classification(Fixtures.model("layers", "[16, 4]"), 5, 42);
        IOException e = assertThrows(IOException.class, () -> new MlpModel().load(file, other));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void reportedLossLeavesOutTheWeightDecayPenalty() {
        var model = Fixtures.model("layers", "[16]", "learning_rate", "1e-12");
        ModelSpec adam = Fixtures.classification(model, 5, 42);
        model.put("optimizer", "adamw");
        model.put("weight_decay", "10");
        ModelSpec adamw = Fixtures.classification(model, 5, 42);
        Estimator a = new MlpModel().create(adam);
        Estimator w = new MlpModel().create(adamw);
        a.train(TRAIN, null);
        w.train(TRAIN, null);
        // a vanishing learning rate: the same weights, so the same cross-entropy
        assertEquals(a.lastTrainLoss(), w.lastTrainLoss(), 1e-5);
    }

    @Test
    void garbageFileIsAnIOExceptionNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("junk.bin");
        Files.writeString(file, "not a model");
        ModelSpec spec = Fixtures.classification(Fixtures.model("layers", "[4]"), 5, 42);
        IOException e = assertThrows(IOException.class, () -> new MlpModel().load(file, spec));
        assertTrue(e.getMessage().contains("junk.bin"), e.getMessage());
    }

    @Test
    void lossIsNaNWhenTrainingGoesNaN() {
        Estimator est = new MlpModel().create(Fixtures.classification(
                Fixtures.model("layers", "[4]"), 5, 42));
        est.train(TRAIN, null);
        assertTrue(est.lastTrainLoss() > 0 && est.lastTrainLoss() < 10);
        double[][] x = TRAIN.x().clone();
        x[0] = new double[] {Double.NaN, 0, 0, 0, 0};
        est.train(new Estimator.Data(x, TRAIN.y()), null);
        assertTrue(Double.isNaN(est.lastTrainLoss()));
    }

    @Test
    void logsLikeTheReference() {
        Logger logger = (Logger) LoggerFactory.getLogger("model");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            new MlpModel().create(Fixtures.classification(Fixtures.model("layers",
                    "[128, 64, 32]", "activation", "leaky_relu", "drop", "0.3",
                    "optimizer", "adamw"), 5, 42));
        } finally {
            logger.detachAppender(appender);
        }
        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage)
                .collect(Collectors.toList());
        assertEquals(List.of("using model with cross loss function",
                "using activation function: leaky_relu",
                "using layers [128, 64, 32]",
                "init: training with dropout: 0.3",
                "using adamw optimizer: lr=0.0001, weight_decay=0.01"), lines);
    }

    @Test
    void pythonNumberFormat() {
        assertEquals("0.0001", PyFormat.number(1e-4));
        assertEquals("5e-05", PyFormat.number(5e-5));
        assertEquals("1.5e-05", PyFormat.number(1.5e-5));
        assertEquals("0.3", PyFormat.number(0.3));
        assertEquals("1.0", PyFormat.number(1));
        assertEquals("0.0", PyFormat.number(0));
    }

    @Test
    void badInputNamesKeyAndValue() {
        assertMessage(Fixtures.model("layers", "[8]", "activation", "swishy"),
                "swishy", "available");
        assertMessage(Fixtures.model("layers", "{'l1': }"), "[MODEL] layers", "{'l1': }");
        assertMessage(Fixtures.model("activation", "relu"), "[MODEL] layers", "missing");
        assertMessage(Fixtures.model("layers", "[64, 0]"), "[MODEL] layers", "[64, 0]");
        assertMessage(Fixtures.model("layers", "[64, 32, 16]", "drop", "[0.2, 0.1]"),
                "[MODEL] drop", "2 values", "3 hidden layers");
        assertMessage(Fixtures.model("layers", "[8]", "drop", "1.5"), "drop", "1.5");
        assertMessage(Fixtures.model("layers", "[8]", "optimizer", "rmsprop"), "optimizer",
                "rmsprop");
        assertMessage(Fixtures.model("layers", "[8]", "loss", "mse"), "loss", "mse");
        UserException e = assertThrows(UserException.class, () -> new MlpModel().create(
                Fixtures.regression(Fixtures.model("layers", "[8]"), 5, 42)));
        assertTrue(e.getMessage().contains("mlp_reg")
                && e.getMessage().contains("[EXP] type = regression"), e.getMessage());
    }

    private static void assertMessage(java.util.Map<String, String> model, String... parts) {
        UserException e = assertThrows(UserException.class,
                () -> new MlpModel().create(Fixtures.classification(model, 5, 42)));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage() + " lacks " + part);
        }
    }
}
