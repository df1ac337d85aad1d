package org.nkululeko.model.cnn;

import org.nkululeko.testkit.SharedData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.FeatureExtractor;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Settings;
import org.nkululeko.api.Task;
import org.nkululeko.core.audio.WavReader;
import org.nkululeko.core.plugin.PluginRegistry;
import org.nkululeko.feats.spectra.SpectraExtractor;

/**
 * The benchmark of issue #7 (../shared/configs/cnn_angry_sad.ini): angry vs sad on EmoDB, the
 * specified split, 64 log-mel bands of 25 ms every 10 ms on the 2-s files, layers [120, 84],
 * leaky_relu, drop 0.2, lr 0.001, batch 8, 15 epochs, patience 5 on the test UAR. Prints the
 * UAR and seconds of every epoch, then the best UAR.
 */
public final class CnnBenchmark {

    private static final List<String> CLASSES = List.of("angry", "sad");
    private static final Map<String, String> MAPPING = Map.of("anger", "angry",
            "sadness", "sad");

    private CnnBenchmark() {
    }

    /**
     * @param args unused
     * @throws IOException if the data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path emodb = SharedData.root().resolve("data/emodb");
        Map<String, String> feats = Map.of("fft_win_dur", "25", "fft_hop_dur", "10",
                "fft_nbands", "64");
        FeatureExtractor.Extraction ex = new SpectraExtractor()
                .configure(Settings.of("FEATS", feats));
        long t0 = System.nanoTime();
        Estimator.Data train = split(emodb, "train", ex);
        Estimator.Data test = split(emodb, "test", ex);
        System.out.printf(Locale.ROOT, "spectra %s: train %d, test %d files, %.1f s%n",
                ex.cacheTag(), train.size(), test.size(), (System.nanoTime() - t0) / 1e9);
        Map<String, String> model = new HashMap<>();
        model.put("type", "cnn");
        model.put("layers", "[120, 84]");
        model.put("activation", "leaky_relu");
        model.put("drop", "0.2");
        model.put("learning_rate", "0.001");
        model.put("batch_size", "8");
        ModelSpec spec = new ModelSpec(Settings.of("MODEL", model), Task.CLASSIFICATION,
                CLASSES, ex.columnNames().size(), ex.rowShape(), 42, 15,
                PluginRegistry.system()::activation);
        Estimator est = new CnnModel().create(spec);
        double best = 0;
        int bestEpoch = -1;
        long nanos = 0;
        int epochs = 0;
        long cpu0 = cpuNanos();
        for (int e = 0; e < 15 && e - bestEpoch <= 5; e++) {
            long start = System.nanoTime();
            est.train(train, null);
            double uar = uar(test.y(), est.predict(test.x()));
            long took = System.nanoTime() - start;
            nanos += took;
            epochs++;
            System.out.printf(Locale.ROOT, "epoch %d: loss %.4f, test UAR %.4f, %.2f s%n", e,
                    est.lastTrainLoss(), uar, took / 1e9);
            if (uar > best) {
                best = uar;
                bestEpoch = e;
            }
        }
        System.out.printf(Locale.ROOT, "cnn angry/sad: best UAR %.4f at epoch %d, %.2f s per "
                + "epoch (process CPU %.2f s per epoch; %d epochs; %s threads)%n", best,
                bestEpoch, nanos / 1e9 / epochs, (cpuNanos() - cpu0) / 1e9 / epochs, epochs,
                System.getProperty("nk.dl4j.threads", "1"));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Estimator.Data split(Path emodb, String part,
            FeatureExtractor.Extraction ex) throws IOException {
        Path table = emodb.resolve("db.emotion.categories." + part + ".gold_standard.csv");
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<String> lines = Files.readAllLines(table);
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(",");
            String label = MAPPING.get(parts[1]);
            if (label != null) {
                x.add(ex.extract(WavReader.read(emodb.resolve(parts[0])))[0]);
                y.add((double) CLASSES.indexOf(label));
            }
        }
        return new Estimator.Data(x.toArray(new double[0][]),
                y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double uar(double[] truth, double[][] probs) {
        int k = CLASSES.size();
        int[] hits = new int[k];
        int[] count = new int[k];
        for (int i = 0; i < truth.length; i++) {
            int t = (int) truth[i];
            int p = probs[i][1] > probs[i][0] ? 1 : 0;
            count[t]++;
            if (p == t) {
                hits[t]++;
            }
        }
        return (hits[0] / (double) count[0] + hits[1] / (double) count[1]) / 2;
    }
}
