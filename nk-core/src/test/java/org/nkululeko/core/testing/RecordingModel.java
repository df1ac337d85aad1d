package org.nkululeko.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;

/**
 * {@code [MODEL] type = recording}: a "neural" test model that records the seed of every run
 * and the number of epochs trained, and whose predictions get worse after the first epoch
 * (class 0 for all, then class 1 for all), so early stopping can be watched.
 */
public final class RecordingModel implements Model {

    /** Seeds of the estimators created, in order. */
    public static final List<Long> SEEDS = Collections.synchronizedList(new ArrayList<>());
    /** Epochs trained per estimator, in order. */
    public static final List<Integer> EPOCHS = Collections.synchronizedList(new ArrayList<>());

    @Override
    public String name() {
        return "recording";
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
        SEEDS.add(spec.seed());
        if (spec.settings().raw("activation").isPresent()) {
            spec.activations().apply(spec.settings().getString("activation", ""));
        }
        int index = EPOCHS.size();
        EPOCHS.add(0);
        return new Estimator() {
            private int epochs;

            @Override
            public void train(Data train, Data dev) {
                epochs++;
                EPOCHS.set(index, epochs);
            }

            /** {@code [MODEL] nan_after = N}: the loss turns NaN after N epochs. */
            @Override
            public double lastTrainLoss() {
                int nanAfter = spec.settings().getInt("nan_after", Integer.MAX_VALUE);
                return epochs > nanAfter ? Double.NaN : 1.0 / epochs;
            }

            @Override
            public double[][] predict(double[][] x) {
                double[][] out = new double[x.length][spec.outputCount()];
                for (int i = 0; i < x.length; i++) {
                    // epoch 1: class by row parity (UAR above chance on balanced data is not
                    // guaranteed); later epochs: always the last class
                    out[i][epochs == 1 ? i % spec.outputCount() : spec.outputCount() - 1] = 1;
                }
                return out;
            }

            @Override
            public void save(Path file) throws IOException {
                Files.writeString(file, "epochs " + epochs);
            }
        };
    }

    @Override
    public Estimator load(Path file, ModelSpec spec) {
        throw new UnsupportedOperationException();
    }
}
