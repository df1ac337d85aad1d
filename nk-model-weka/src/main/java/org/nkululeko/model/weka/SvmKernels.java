package org.nkululeko.model.weka;

import java.util.Locale;
import org.nkululeko.api.Settings;
import weka.classifiers.functions.supportVector.Kernel;
import weka.classifiers.functions.supportVector.PolyKernel;
import weka.classifiers.functions.supportVector.RBFKernel;

/**
 * {@code [MODEL] kernel} for {@code svm} and {@code svr}: {@code rbf} (default), {@code linear},
 * {@code poly} or {@code sigmoid}, with scikit-learn's formulas and its {@code gamma = 'scale'}:
 * {@code 1 / (features * var(X))}, the variance taken over every value of the training matrix
 * (1 if that variance is 0).
 */
final class SvmKernels {

    /** The kernels on offer. */
    enum Type { RBF, LINEAR, POLY, SIGMOID }

    static {
        WekaEnvironment.init();
    }

    private SvmKernels() {
    }

    /**
     * @param settings the {@code [MODEL]} section
     * @return the kernel type named by {@code kernel}
     * @throws org.nkululeko.api.UserException for another name
     */
    static Type type(Settings settings) {
        String name = settings.getString("kernel", "rbf").trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "rbf" -> Type.RBF;
            case "linear" -> Type.LINEAR;
            case "poly" -> Type.POLY;
            case "sigmoid" -> Type.SIGMOID;
            default -> throw settings.invalid("kernel", "one of rbf, linear, poly, sigmoid");
        };
    }

    /**
     * @param type the kernel type
     * @param x the training rows, for {@code gamma = 'scale'}
     * @return a Weka kernel computing the scikit-learn formula
     */
    static Kernel build(Type type, double[][] x) {
        double gamma = scaleGamma(x);
        switch (type) {
            case RBF -> {
                RBFKernel rbf = new RBFKernel();
                rbf.setGamma(gamma);
                return rbf;
            }
            case LINEAR -> {
                PolyKernel linear = new PolyKernel();
                linear.setExponent(1.0);
                linear.setUseLowerOrder(false);
                return linear;
            }
            case POLY -> {
                return new SklearnKernel().configure(SklearnKernel.Kind.POLY, gamma, 3.0, 0.0);
            }
            default -> {
                return new SklearnKernel().configure(SklearnKernel.Kind.SIGMOID, gamma, 3.0,
                        0.0);
            }
        }
    }

    /**
     * scikit-learn's {@code gamma = 'scale'}: {@code 1 / (features * var(X))} with the population
     * variance over all values of X; NaN values are skipped; a variance of 0 gives gamma 1.
     *
     * @param x the training matrix, at least one row
     * @return gamma, positive
     */
    static double scaleGamma(double[][] x) {
        int features = x[0].length;
        double sum = 0;
        long count = 0;
        for (double[] row : x) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    count++;
                }
            }
        }
        double mean = sum / count;
        double squares = 0;
        for (double[] row : x) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    squares += (v - mean) * (v - mean);
                }
            }
        }
        double variance = squares / count;
        return variance > 0 ? 1.0 / (features * variance) : 1.0;
    }
}
