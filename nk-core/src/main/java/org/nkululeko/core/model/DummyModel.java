package org.nkululeko.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.core.io.AtomicFiles;

/**
 * {@code [MODEL] type = dummy}: a baseline that predicts the majority training class (with the
 * class frequencies as probabilities), or the training mean for regression. Any real model
 * should beat it.
 */
public final class DummyModel implements Model {

    @Override
    public String name() {
        return "dummy";
    }

    @Override
    public String description() {
        return "baseline: majority class or mean target";
    }

    @Override
    public boolean supports(Task task) {
        return true;
    }

    @Override
    public boolean isNeural() {
        return false;
    }

    @Override
    public Estimator create(ModelSpec spec) {
        return new Fitted(new double[spec.outputCount()]);
    }

    @Override
    public Estimator load(Path file, ModelSpec spec) throws IOException {
        String[] parts = Files.readString(file).trim().split(",");
        return new Fitted(Arrays.stream(parts).mapToDouble(Double::parseDouble).toArray());
    }

    /** The fitted baseline: class frequencies, or the mean target. */
    private static final class Fitted implements Estimator {

        private final double[] output;

        Fitted(double[] output) {
            this.output = output;
        }

        @Override
        public void train(Data train, Data dev) {
            Arrays.fill(output, 0);
            if (output.length == 1) {
                output[0] = Arrays.stream(train.y()).average().orElse(0);
                return;
            }
            for (double y : train.y()) {
                output[(int) y] += 1.0 / train.size();
            }
        }

        @Override
        public double[][] predict(double[][] x) {
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = output.clone();
            }
            return out;
        }

        @Override
        public void save(Path file) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (double v : output) {
                sb.append(sb.length() == 0 ? "" : ",").append(v);
            }
            AtomicFiles.writeString(file, sb.toString());
        }
    }
}
