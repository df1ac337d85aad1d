package com.example.nkplugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;

/**
 * {@code [MODEL] type = nearest_centroid}: each class is the mean of its training rows; a
 * sample's class probabilities are a softmax over minus its squared distances to the means,
 * scaled by {@code [MODEL] temperature} (default 1).
 */
public final class NearestCentroid implements Model {

    @Override
    public String name() {
        return "nearest_centroid";
    }

    @Override
    public String description() {
        return "example plugin: class means, softmax over distances";
    }

    /** Declared so that the unknown-key warning knows it. */
    @Override
    public java.util.Set<String> settingKeys() {
        return java.util.Set.of("temperature");
    }

    @Override
    public boolean supports(Task task) {
        return task == Task.CLASSIFICATION;
    }

    @Override
    public boolean isNeural() {
        return false;
    }

    @Override
    public Estimator create(ModelSpec spec) {
        double temperature = spec.settings().getDouble("temperature", 1.0);
        if (!(temperature > 0)) {
            throw spec.settings().invalid("temperature", "a positive number");
        }
        return new Centroids(new double[spec.outputCount()][spec.featureCount()], temperature);
    }

    @Override
    public Estimator load(Path file, ModelSpec spec) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        double temperature = Double.parseDouble(lines.get(0));
        double[][] means = new double[lines.size() - 1][];
        for (int k = 1; k < lines.size(); k++) {
            String[] cells = lines.get(k).split(",");
            means[k - 1] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                means[k - 1][j] = Double.parseDouble(cells[j]);
            }
        }
        if (means.length != spec.outputCount()) {
            throw new UserException("model", file + ": saved for " + means.length
                    + " classes, the experiment has " + spec.outputCount());
        }
        return new Centroids(means, temperature);
    }

    /** The fitted class means. */
    private static final class Centroids implements Estimator {

        private final double[][] means;
        private final double temperature;

        Centroids(double[][] means, double temperature) {
            this.means = means;
            this.temperature = temperature;
        }

        @Override
        public void train(Data train, Data dev) {
            int[] counts = new int[means.length];
            for (double[] m : means) {
                java.util.Arrays.fill(m, 0);
            }
            for (int i = 0; i < train.size(); i++) {
                int k = (int) train.y()[i];
                counts[k]++;
                for (int j = 0; j < means[k].length; j++) {
                    means[k][j] += train.x()[i][j];
                }
            }
            for (int k = 0; k < means.length; k++) {
                for (int j = 0; j < means[k].length; j++) {
                    means[k][j] /= Math.max(1, counts[k]);
                }
            }
        }

        @Override
        public double[][] predict(double[][] x) {
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = softmax(distances(x[i]));
            }
            return out;
        }

        private double[] distances(double[] row) {
            double[] d = new double[means.length];
            for (int k = 0; k < means.length; k++) {
                for (int j = 0; j < row.length; j++) {
                    double diff = row[j] - means[k][j];
                    d[k] += diff * diff;
                }
            }
            return d;
        }

        private double[] softmax(double[] distances) {
            double min = java.util.Arrays.stream(distances).min().orElse(0);
            double[] p = new double[distances.length];
            double sum = 0;
            for (int k = 0; k < p.length; k++) {
                p[k] = Math.exp(-(distances[k] - min) / temperature);
                sum += p[k];
            }
            for (int k = 0; k < p.length; k++) {
                p[k] /= sum;
            }
            return p;
        }

        @Override
        public void save(Path file) throws IOException {
            List<String> lines = new ArrayList<>();
            lines.add(Double.toString(temperature));
            for (double[] m : means) {
                StringBuilder sb = new StringBuilder();
                for (double v : m) {
                    sb.append(sb.length() == 0 ? "" : ",").append(v);
                }
                lines.add(sb.toString());
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
