package org.nkululeko.model.weka;

/**
 * Probabilities from pairwise SVM decision values, as libsvm computes them for scikit-learn's
 * {@code SVC(probability=True)}:
 *
 * <ul>
 *   <li>{@link #fitSigmoid}: Platt's sigmoid {@code P(positive | f) = 1 / (1 + exp(A f + B))},
 *       fitted to cross-validated decision values with Platt's smoothed targets
 *       {@code (N+ + 1) / (N+ + 2)} and {@code 1 / (N- + 2)}, by Newton's method with a
 *       backtracking line search (J. Platt, "Probabilistic outputs for support vector machines",
 *       1999; H.-T. Lin, C.-J. Lin, R. C. Weng, "A note on Platt's probabilistic outputs for
 *       support vector machines", Machine Learning 68, 2007, Algorithm 1).</li>
 *   <li>{@link #couple}: class probabilities from the pairwise ones by the second method of
 *       T.-F. Wu, C.-J. Lin, R. C. Weng, "Probability estimates for multi-class classification
 *       by pairwise coupling", JMLR 5, 2004 (eq. 21: minimise
 *       {@code sum_i sum_{j != i} (r_ji p_i - r_ij p_j)^2} subject to {@code sum p = 1}).</li>
 * </ul>
 */
final class PlattScaling {

    /** Pairwise probabilities are kept inside [MIN_PROB, 1 - MIN_PROB], as libsvm does. */
    static final double MIN_PROB = 1e-7;

    private static final int MAX_ITERATIONS = 100;
    private static final double MIN_STEP = 1e-10;
    private static final double HESSIAN_RIDGE = 1e-12;
    private static final double GRADIENT_TOLERANCE = 1e-5;

    private PlattScaling() {
    }

    /**
     * Fits Platt's sigmoid.
     *
     * @param decision the decision values, one per sample
     * @param positive whether each sample is of the positive class
     * @return {@code {A, B}}; {@code P(positive | f) = 1 / (1 + exp(A f + B))}
     */
    static double[] fitSigmoid(double[] decision, boolean[] positive) {
        int n = decision.length;
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        int negatives = n - positives;
        double high = (positives + 1.0) / (positives + 2.0);
        double low = 1.0 / (negatives + 2.0);
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = positive[i] ? high : low;
        }

        double a = 0.0;
        double b = Math.log((negatives + 1.0) / (positives + 1.0));
        double value = objective(decision, target, a, b);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            // gradient and Hessian of the cross-entropy in (A, B)
            double h11 = HESSIAN_RIDGE;
            double h22 = HESSIAN_RIDGE;
            double h21 = 0;
            double g1 = 0;
            double g2 = 0;
            for (int i = 0; i < n; i++) {
                double z = decision[i] * a + b;
                double p = z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
                double q = 1 - p;
                double d2 = p * q;
                h11 += decision[i] * decision[i] * d2;
                h22 += d2;
                h21 += decision[i] * d2;
                double d1 = target[i] - p;
                g1 += decision[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < GRADIENT_TOLERANCE && Math.abs(g2) < GRADIENT_TOLERANCE) {
                break;
            }

            // Newton direction, then backtrack until the objective decreases enough
            double det = h11 * h22 - h21 * h21;
            double da = -(h22 * g1 - h21 * g2) / det;
            double db = -(-h21 * g1 + h11 * g2) / det;
            double slope = g1 * da + g2 * db;
            double step = 1;
            while (step >= MIN_STEP) {
                double candidate = objective(decision, target, a + step * da, b + step * db);
                if (candidate < value + 1e-4 * step * slope) {
                    a += step * da;
                    b += step * db;
                    value = candidate;
                    break;
                }
                step /= 2;
            }
            if (step < MIN_STEP) {
                break;
            }
        }
        return new double[] {a, b};
    }

    /**
     * @param decision a decision value
     * @param sigmoid {@code {A, B}} from {@link #fitSigmoid}
     * @return the probability of the positive class, kept inside [1e-7, 1 - 1e-7]
     */
    static double probability(double decision, double[] sigmoid) {
        double z = decision * sigmoid[0] + sigmoid[1];
        double p = z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
        return Math.min(Math.max(p, MIN_PROB), 1 - MIN_PROB);
    }

    /**
     * Couples pairwise probabilities into class probabilities.
     *
     * @param r {@code r[i][j]} = probability of class i in the pair (i, j); {@code r[i][j] +
     *     r[j][i] = 1}; the diagonal is ignored
     * @return one probability per class, summing to 1
     */
    static double[] couple(double[][] r) {
        int k = r.length;
        if (k == 1) {
            return new double[] {1.0};
        }
        // the optimality conditions Q p + b e = 0, e^T p = 1 as one (k+1) x (k+1) system
        double[][] system = new double[k + 1][k + 2];
        for (int t = 0; t < k; t++) {
            for (int j = 0; j < k; j++) {
                if (j != t) {
                    system[t][t] += r[j][t] * r[j][t];
                    system[t][j] = -r[j][t] * r[t][j];
                }
            }
            system[t][k] = 1;
            system[k][t] = 1;
        }
        system[k][k + 1] = 1;
        double[] solution = solve(system);

        double[] p = new double[k];
        double sum = 0;
        for (int t = 0; t < k; t++) {
            p[t] = Math.max(solution[t], 0);
            sum += p[t];
        }
        for (int t = 0; t < k; t++) {
            p[t] /= sum;
        }
        return p;
    }

    private static double objective(double[] decision, double[] target, double a, double b) {
        double sum = 0;
        for (int i = 0; i < decision.length; i++) {
            double z = decision[i] * a + b;
            sum += z >= 0 ? target[i] * z + Math.log1p(Math.exp(-z))
                    : (target[i] - 1) * z + Math.log1p(Math.exp(z));
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting on an augmented n x (n+1) matrix. */
    private static double[] solve(double[][] m) {
        int n = m.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[row][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int c = row + 1; c < n; c++) {
                sum -= m[row][c] * x[c];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }
}
