package org.nkululeko.model.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.UserException;

class MlpRegTest {

    private static final Estimator.Data TRAIN = Fixtures.linear(120, 4, 1);
    private static final Estimator.Data TEST = Fixtures.linear(100, 4, 2);

    @ParameterizedTest
    @ValueSource(strings = {"mse", "mae", "1-ccc"})
    void learnsALinearTarget(String loss) {
        Estimator est = new MlpRegModel().create(Fixtures.regression(Fixtures.model("layers",
                "[16]", "activation", "tanh", "loss", loss, "learning_rate", "0.02",
                "batch_size", "16"), 4, 42));
        for (int e = 0; e < 25; e++) {
            est.train(TRAIN, null);
        }
        double[][] p = est.predict(TEST.x());
        double[] pred = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            assertEquals(1, p[i].length);
            pred[i] = p[i][0];
        }
        double ccc = CccLoss.ccc(TEST.y(), pred);
        assertTrue(ccc > 0.9, loss + ": CCC " + ccc);
        assertTrue(Double.isFinite(est.lastTrainLoss()));
    }

    @Test
    void targetsAreStandardisedInsideAndReportedInTheirOwnUnits(@TempDir Path dir)
            throws IOException {
        double[] shifted = new double[TRAIN.size()];
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = 1000 + 50 * TRAIN.y()[i];
        }
        var model = Fixtures.model("layers", "[8]", "learning_rate", "0.01");
        ModelSpec spec = Fixtures.regression(model, 4, 42);
        Estimator plain = new MlpRegModel().create(spec);
        Estimator big = new MlpRegModel().create(spec);
        for (int e = 0; e < 3; e++) {
            plain.train(TRAIN, null);
            big.train(new Estimator.Data(TRAIN.x(), shifted), null);
        }
        // the network sees the same standardised targets, so outputs map affinely
        double[][] p = plain.predict(TEST.x());
        double[][] q = big.predict(TEST.x());
        for (int i = 0; i < p.length; i++) {
            assertEquals(1000 + 50 * p[i][0], q[i][0], 1e-3);
        }
        assertEquals(2500 * plain.lastTrainLoss(), big.lastTrainLoss(),
                1e-4 * big.lastTrainLoss());
        Path file = dir.resolve("reg.bin");
        big.save(file);
        assertTrue(Arrays.deepEquals(q, new MlpRegModel().load(file, spec).predict(TEST.x())));
    }

    @Test
    void cccGradientMatchesFiniteDifferences() {
        CccLoss loss = new CccLoss();
        INDArray y = Nd4j.createFromArray(new double[][] {{1}, {2}, {0.5}, {3}});
        INDArray p = Nd4j.createFromArray(new double[][] {{0.8}, {1.5}, {1.0}, {2.0}});
        ActivationIdentity id = new ActivationIdentity();
        INDArray grad = loss.computeGradient(y, p, id, null);
        double h = 1e-6;
        for (int i = 0; i < 4; i++) {
            INDArray plus = p.dup();
            plus.putScalar(i, 0, p.getDouble(i, 0) + h);
            INDArray minus = p.dup();
            minus.putScalar(i, 0, p.getDouble(i, 0) - h);
            double numeric = (loss.computeScore(y, plus, id, null, true)
                    - loss.computeScore(y, minus, id, null, true)) / (2 * h);
            // DL4J divides by the batch size, so the loss returns N times dL/dp
            assertEquals(numeric * 4, grad.getDouble(i, 0), 1e-5);
        }
        assertEquals(0.0, loss.computeScore(y, y.dup(), id, null, true), 1e-9);
    }

    @Test
    void classificationLossOnRegressionIsRejected() {
        UserException e = assertThrows(UserException.class, () -> new MlpRegModel().create(
                Fixtures.regression(Fixtures.model("layers", "[8]", "loss", "cross"), 4, 42)));
        assertTrue(e.getMessage().contains("[MODEL] loss = cross"), e.getMessage());
        e = assertThrows(UserException.class, () -> new MlpRegModel().create(
                Fixtures.classification(Fixtures.model("layers", "[8]"), 4, 42)));
        assertTrue(e.getMessage().contains("type = mlp"), e.getMessage());
    }
}
