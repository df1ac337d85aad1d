package org.nkululeko.model.cnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.plugin.PluginRegistry;
import org.nkululeko.model.mlp.NetEstimator;

/** Tiny 16 x 20 inputs only: the CNN tests must stay fast. */
class CnnModelTest {

    private static final int BANDS = 16;
    private static final int FRAMES = 20;
    private static final PluginRegistry REGISTRY = PluginRegistry.system();

    private static ModelSpec spec(int[] shape, String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        int features = shape == null ? 10 : shape[0] * shape[1];
        return new ModelSpec(Settings.of("MODEL", m), Task.CLASSIFICATION, List.of("low", "high"),
                features, shape, 42, 5, REGISTRY::activation);
    }

    private static ModelSpec spec(String... kv) {
        return spec(new int[] {BANDS, FRAMES}, kv);
    }

    /** Class 0: energy in the low bands; class 1: in the high bands; plus noise. */
    private static Estimator.Data stripes(int n, long seed) {
        Random rng = new Random(seed);
        double[][] x = new double[n][BANDS * FRAMES];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            int from = c == 0 ? 2 : 10;
            for (int b = 0; b < BANDS; b++) {
                for (int t = 0; t < FRAMES; t++) {
                    boolean on = b >= from && b < from + 4;
                    x[i][b * FRAMES + t] = (on ? -20 : -60) + 5 * rng.nextGaussian();
                }
            }
            y[i] = c;
        }
        return new Estimator.Data(x, y);
    }

    @Test
    void isAServiceForClassificationOnly() {
        assertTrue(ServiceLoader.load(Model.class).stream()
                .anyMatch(p -> p.get().name().equals("cnn")));
        assertTrue(new CnnModel().supports(Task.CLASSIFICATION));
        assertTrue(!new CnnModel().supports(Task.REGRESSION));
        assertTrue(new CnnModel().isNeural());
    }

    @Test
    void bothLayerFormatsGiveTheSameNetwork() {
        MultiLayerNetwork list = ((NetEstimator) new CnnModel().create(
                spec("layers", "[120, 84]"))).network();
        MultiLayerNetwork dict = ((NetEstimator) new CnnModel().create(
                spec("layers", "{'l1': 120, 'l2': 84}"))).network();
        assertEquals(list.getLayerWiseConfigurations().toJson(),
                dict.getLayerWiseConfigurations().toJson());
        assertEquals(list.params(), dict.params());
        // conv, pool, conv, pool, then 120 and 84 in the order written, then the output
        assertEquals(7, list.getnLayers());
        assertEquals(120, list.layerSize(4));
        assertEquals(84, list.layerSize(5));
        assertEquals(2, list.layerSize(6));
        var dense = (DenseLayer) list.getLayerWiseConfigurations().getConf(4).getLayer();
        assertEquals(16 * 1 * 2, dense.getNIn(), "16 channels of 1 x 2 after two blocks");
    }

    @Test
    void oneEntryListActivationAndDropApplyToTheDenseLayers() {
        MultiLayerNetwork net = ((NetEstimator) new CnnModel().create(spec("layers", "[32]",
                "activation", "leaky_relu", "drop", "0.2"))).network();
        assertEquals(6, net.getnLayers());
        var conf = net.getLayerWiseConfigurations();
        assertTrue(((BaseLayer) conf.getConf(4).getLayer()).getActivationFn().toString()
                .startsWith("leakyrelu"), conf.getConf(4).getLayer().toString());
        assertEquals(0.8, ((org.deeplearning4j.nn.conf.dropout.Dropout) conf.getConf(5)
                .getLayer().getIDropout()).getP(), 1e-12);
    }

    @Test
    void learnsTinyStripesAndRoundTrips(@TempDir Path dir) throws IOException {
        ModelSpec spec = spec("layers", "[16]", "learning_rate", "0.005", "batch_size", "8");
        Estimator est = new CnnModel().create(spec);
        Estimator.Data train = stripes(40, 1);
        Estimator.Data test = stripes(20, 2);
        for (int e = 0; e < 5; e++) {
            est.train(train, null);
        }
        double[][] p = est.predict(test.x());
        int hits = 0;
        for (int i = 0; i < p.length; i++) {
            hits += (p[i][1] > p[i][0] ? 1 : 0) == (int) test.y()[i] ? 1 : 0;
        }
        assertTrue(hits >= 18, hits + " of 20");
        Path file = dir.resolve("cnn.bin");
        est.save(file);
        Estimator back = new CnnModel().load(file, spec);
        assertTrue(Arrays.deepEquals(p, back.predict(test.x())));
    }

    @Test
    void badInputIsAUserError() {
        UserException e = assertThrows(UserException.class, () -> new CnnModel().create(
                spec("layers", "[8]", "activation", "swishy")));
        assertTrue(e.getMessage().contains("swishy") && e.getMessage().contains("available"),
                e.getMessage());
        e = assertThrows(UserException.class, () -> new CnnModel().create(
                spec((int[]) null, "layers", "[8]")));
        assertTrue(e.getMessage().contains("spectra"), e.getMessage());
        e = assertThrows(UserException.class, () -> new CnnModel().create(
                spec(new int[] {8, 40}, "layers", "[8]")));
        assertTrue(e.getMessage().contains("8 x 40"), e.getMessage());
        ModelSpec mixed = new ModelSpec(Settings.of("MODEL", Map.of("layers", "[8]")),
                Task.CLASSIFICATION, List.of("a", "b"), BANDS * FRAMES + 88,
                new int[] {BANDS, FRAMES}, 42, 5, REGISTRY::activation);
        e = assertThrows(UserException.class, () -> new CnnModel().create(mixed));
        assertTrue(e.getMessage().contains("spectra"), e.getMessage());
        e = assertThrows(UserException.class, () -> new CnnModel().create(
                spec("layers", "{'l1': }")));
        assertTrue(e.getMessage().contains("[MODEL] layers"), e.getMessage());
    }
}
