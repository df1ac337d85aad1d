package org.nkululeko.model.weka;

import weka.classifiers.functions.supportVector.CachedKernel;
import weka.core.Capabilities;
import weka.core.Instance;

/**
 * The polynomial and sigmoid kernels as libsvm (and so scikit-learn's SVC) define them, which
 * Weka does not offer in this form: poly {@code (gamma x.y + coef0)^degree} and sigmoid
 * {@code tanh(gamma x.y + coef0)}, with scikit-learn's defaults {@code degree 3},
 * {@code coef0 0}.
 */
final class SklearnKernel extends CachedKernel {

    private static final long serialVersionUID = 1L;

    /** The kernel formula. */
    enum Kind { POLY, SIGMOID }

    private Kind kind = Kind.POLY;
    private double gamma = 1.0;
    private double degree = 3.0;
    private double coef0 = 0.0;

    /** For Weka's reflective copies; configure with {@link #configure}. */
    public SklearnKernel() {
        WekaEnvironment.init();
    }

    /**
     * @param kind poly or sigmoid
     * @param gamma the scale of the dot product, positive
     * @param degree the exponent of the polynomial kernel
     * @param coef0 the offset added to the scaled dot product
     * @return this kernel
     */
    SklearnKernel configure(Kind kind, double gamma, double degree, double coef0) {
        this.kind = kind;
        this.gamma = gamma;
        this.degree = degree;
        this.coef0 = coef0;
        return this;
    }

    @Override
    public String globalInfo() {
        return "libsvm's polynomial and sigmoid kernels (gamma, coef0, degree).";
    }

    @Override
    protected double evaluate(int id1, int id2, Instance inst1) throws Exception {
        Instance first = id1 == -1 ? inst1 : m_data.instance(id1);
        double inner = gamma * dotProd(first, m_data.instance(id2)) + coef0;
        return kind == Kind.POLY ? Math.pow(inner, degree) : Math.tanh(inner);
    }

    @Override
    public Capabilities getCapabilities() {
        Capabilities result = super.getCapabilities();
        result.disableAll();
        result.enable(Capabilities.Capability.NUMERIC_ATTRIBUTES);
        result.enableAllClasses();
        result.enable(Capabilities.Capability.MISSING_CLASS_VALUES);
        return result;
    }

    @Override
    public String toString() {
        return kind == Kind.POLY
                ? "K(x,y) = (" + gamma + " x.y + " + coef0 + ")^" + degree
                : "K(x,y) = tanh(" + gamma + " x.y + " + coef0 + ")";
    }
}
