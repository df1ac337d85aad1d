package org.nkululeko.core.model;

/** Sample weights for classifiers asked to balance the classes ({@code class_weight}). */
public final class ClassWeights {

    private ClassWeights() {
    }

    /**
     * Balanced class weights as scikit-learn computes them: {@code n / (classes * n_c)} for a
     * sample of class c, where {@code classes} counts the classes present in {@code y}.
     *
     * @param y class codes 0..classCount-1
     * @param classCount the number of class codes
     * @return one weight per sample
     */
    public static double[] balanced(double[] y, int classCount) {
        int[] counts = new int[classCount];
        for (double code : y) {
            counts[(int) code]++;
        }
        int present = 0;
        for (int c : counts) {
            present += c > 0 ? 1 : 0;
        }
        double[] weights = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            weights[i] = (double) y.length / (present * counts[(int) y[i]]);
        }
        return weights;
    }
}
