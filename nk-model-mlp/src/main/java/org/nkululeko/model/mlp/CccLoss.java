package org.nkululeko.model.mlp;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * The loss {@code 1 - CCC} over a mini-batch, for regression with one output: Lin's (1989)
 * concordance correlation coefficient
 * {@code CCC = 2 s_yp / (s_yy + s_pp + (m_y - m_p)^2)} with population (1/N) variances.
 *
 * <p>The CCC is a property of the whole batch, not a sum over samples. DL4J divides the
 * returned gradient by the batch size (mini-batch mode), so {@link #computeGradient} returns N
 * times dL/dp; the per-sample score array holds the batch loss in every row, so its mean is the
 * loss. Masks are not supported (the models never use them).
 */
public final class CccLoss implements ILossFunction {

    private static final long serialVersionUID = 1L;
    private static final double EPS = 1e-12;

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn,
            INDArray mask, boolean average) {
        double loss = 1 - ccc(labels, output(preOutput, activationFn));
        return average ? loss : loss * labels.size(0);
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput,
            IActivation activationFn, INDArray mask) {
        double loss = computeScore(labels, preOutput, activationFn, mask, true);
        return Nd4j.valueArrayOf(new long[] {labels.size(0)}, loss, preOutput.dataType());
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn,
            INDArray mask) {
        double[] y = labels.dup('c').data().asDouble();
        double[] p = output(preOutput, activationFn);
        int n = y.length;
        double my = mean(y);
        double mp = mean(p);
        double syp = 0;
        double spp = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            syp += (y[i] - my) * (p[i] - mp);
            spp += (p[i] - mp) * (p[i] - mp);
            syy += (y[i] - my) * (y[i] - my);
        }
        syp /= n;
        spp /= n;
        syy /= n;
        double num = 2 * syp;
        double den = syy + spp + (my - mp) * (my - mp) + EPS;
        double[] grad = new double[n];
        for (int i = 0; i < n; i++) {
            // d num / d p_i = 2 (y_i - m_y) / N
            // d den / d p_i = 2 (p_i - m_p) / N - 2 (m_y - m_p) / N
            double dNum = 2 * (y[i] - my) / n;
            double dDen = 2 * (p[i] - mp) / n - 2 * (my - mp) / n;
            double dCcc = (dNum * den - num * dDen) / (den * den);
            grad[i] = -dCcc * n;
        }
        INDArray dLdOut = Nd4j.create(grad, labels.shape(), 'c').castTo(preOutput.dataType());
        return activationFn.backprop(preOutput.dup(), dLdOut).getFirst();
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
            IActivation activationFn, INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return "1-ccc";
    }

    @Override
    public String toString() {
        return name();
    }

    /**
     * @param y true values
     * @param p predictions
     * @return Lin's CCC, or 0 when both are constant
     */
    static double ccc(double[] y, double[] p) {
        int n = y.length;
        double my = mean(y);
        double mp = mean(p);
        double syp = 0;
        double spp = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            syp += (y[i] - my) * (p[i] - mp);
            spp += (p[i] - mp) * (p[i] - mp);
            syy += (y[i] - my) * (y[i] - my);
        }
        return 2 * syp / n / ((syy + spp) / n + (my - mp) * (my - mp) + EPS);
    }

    private static double ccc(INDArray labels, double[] p) {
        return ccc(labels.dup('c').data().asDouble(), p);
    }

    private static double[] output(INDArray preOutput, IActivation activationFn) {
        return activationFn.getActivation(preOutput.dup(), true).dup('c').data().asDouble();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
