package org.nkululeko.model.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import weka.classifiers.functions.SMO;
import weka.classifiers.functions.supportVector.Kernel;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;

/**
 * Weka's SMO (one-vs-one pairs, like libsvm) with class probabilities computed the way libsvm
 * does for scikit-learn's {@code SVC(probability=True)}: for each pair of classes, Platt's
 * sigmoid is fitted to decision values from a 5-fold cross-validation on that pair's training
 * samples; at prediction the pairwise probabilities are coupled into class probabilities (see
 * {@link PlattScaling}).
 *
 * <p>Weka's own calibration (a logistic model on the SVM outputs, Hastie-Tibshirani coupling)
 * scored 0.73-0.74 UAR on the svm_import setup where scikit-learn scores 0.708; this class
 * scores within 0.01 of scikit-learn (see the module README).
 *
 * <p>Set C, kernel, filter type and seed through SMO's setters; this class turns Weka's own
 * calibration off. Classes without training samples get probability 0.
 */
final class PlattSmo extends SMO {

    private static final long serialVersionUID = 1L;

    /** libsvm's number of cross-validation folds for the sigmoid fit. */
    static final int FOLDS = 5;

    /** Sigmoid {A, B} per pair (i < j), for P(class j | pair i, j); null if a class is empty. */
    private double[][][] sigmoids;
    private boolean[] present;

    /** True for the cross-validation machines: plain SMO training, no probabilities. */
    private boolean plain;

    @Override
    public void buildClassifier(Instances data) throws Exception {
        setBuildCalibrationModels(false);
        Kernel template = Kernel.makeCopy(getKernel());
        super.buildClassifier(data);
        if (plain) {
            return;
        }

        int k = data.numClasses();
        List<List<Instance>> byClass = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            byClass.add(new ArrayList<>());
        }
        for (Instance row : data) {
            if (!row.classIsMissing()) {
                byClass.get((int) row.classValue()).add(row);
            }
        }
        present = new boolean[k];
        for (int c = 0; c < k; c++) {
            present[c] = !byClass.get(c).isEmpty();
        }
        sigmoids = new double[k][k][];
        Random random = new Random(m_randomSeed);
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (present[i] && present[j]) {
                    sigmoids[i][j] = fitPair(data, byClass.get(i), byClass.get(j), template,
                            random);
                }
            }
        }
    }

    /**
     * The one-vs-one vote of the pairwise machines, as libsvm decides (ties go to the class
     * with the lower code).
     *
     * @param inst a sample
     * @return the winning class code
     * @throws Exception if Weka cannot evaluate a machine
     */
    public int vote(Instance inst) throws Exception {
        Instance row = preprocess(inst);
        int k = present.length;
        int[] votes = new int[k];
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (sigmoids[i][j] != null) {
                    votes[m_classifiers[i][j].SVMOutput(-1, row) > 0 ? j : i]++;
                }
            }
        }
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (votes[c] > votes[best]) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public double[] distributionForInstance(Instance inst) throws Exception {
        Instance row = preprocess(inst);
        int k = present.length;
        int[] index = new int[k];
        int count = 0;
        for (int c = 0; c < k; c++) {
            index[c] = present[c] ? count++ : -1;
        }
        double[][] r = new double[count][count];
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (sigmoids[i][j] != null) {
                    double decision = m_classifiers[i][j].SVMOutput(-1, row);
                    double pj = PlattScaling.probability(decision, sigmoids[i][j]);
                    r[index[j]][index[i]] = pj;
                    r[index[i]][index[j]] = 1 - pj;
                }
            }
        }
        double[] coupled = PlattScaling.couple(r);
        double[] out = new double[k];
        for (int c = 0; c < k; c++) {
            out[c] = present[c] ? coupled[index[c]] : 0.0;
        }
        return out;
    }

    /**
     * Cross-validated decision values for the pair (i, j), then Platt's sigmoid on them.
     * Samples of the pair are shuffled and cut into 5 contiguous folds, as libsvm does.
     */
    private double[] fitPair(Instances data, List<Instance> first, List<Instance> second,
            Kernel template, Random random) throws Exception {
        Instances pair = binaryHeader(data, first.size() + second.size());
        for (Instance row : first) {
            pair.add(relabel(row, 0, pair));
        }
        for (Instance row : second) {
            pair.add(relabel(row, 1, pair));
        }
        int n = pair.numInstances();
        int[] order = permutation(n, random);
        double[] decision = new double[n];
        boolean[] positive = new boolean[n];
        int folds = Math.min(FOLDS, n);
        for (int fold = 0; fold < folds; fold++) {
            int begin = fold * n / folds;
            int end = (fold + 1) * n / folds;
            Instances train = new Instances(pair, n);
            for (int t = 0; t < n; t++) {
                if (t < begin || t >= end) {
                    train.add(pair.instance(order[t]));
                }
            }
            crossValidate(train, pair, order, begin, end, template, decision);
        }
        for (int t = 0; t < n; t++) {
            positive[t] = pair.instance(t).classValue() == 1;
        }
        return PlattScaling.fitSigmoid(decision, positive);
    }

    private void crossValidate(Instances train, Instances pair, int[] order, int begin,
            int end, Kernel template, double[] decision) throws Exception {
        int ones = 0;
        for (Instance row : train) {
            ones += row.classValue() == 1 ? 1 : 0;
        }
        if (ones == 0 || ones == train.numInstances()) {
            // one class only in this training part: libsvm's fixed decision values
            for (int t = begin; t < end; t++) {
                decision[order[t]] = ones == 0 ? -1 : 1;
            }
            return;
        }
        PlattSmo smo = new PlattSmo();
        smo.plain = true;
        smo.setC(getC());
        smo.setToleranceParameter(getToleranceParameter());
        smo.setEpsilon(getEpsilon());
        smo.setKernel(Kernel.makeCopy(template));
        smo.setFilterType(new SelectedTag(FILTER_NONE, TAGS_FILTER));
        smo.buildClassifier(train);
        for (int t = begin; t < end; t++) {
            decision[order[t]] = smo.pairOutput(pair.instance(order[t]));
        }
    }

    private Instance preprocess(Instance inst) throws Exception {
        Instance row = inst;
        if (m_Missing != null) {
            m_Missing.input(row);
            m_Missing.batchFinished();
            row = m_Missing.output();
        }
        if (m_NominalToBinary != null) {
            m_NominalToBinary.input(row);
            m_NominalToBinary.batchFinished();
            row = m_NominalToBinary.output();
        }
        if (m_Filter != null) {
            m_Filter.input(row);
            m_Filter.batchFinished();
            row = m_Filter.output();
        }
        return row;
    }

    private static Instances binaryHeader(Instances data, int capacity) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int a = 0; a < data.numAttributes(); a++) {
            if (a != data.classIndex()) {
                attributes.add(data.attribute(a).copy(data.attribute(a).name()));
            }
        }
        attributes.add(new Attribute("pair", List.of("first", "second")));
        Instances pair = new Instances("pair", attributes, capacity);
        pair.setClassIndex(attributes.size() - 1);
        return pair;
    }

    private static Instance relabel(Instance row, int label, Instances pair) {
        double[] values = new double[pair.numAttributes()];
        int v = 0;
        for (int a = 0; a < row.numAttributes(); a++) {
            if (a != row.classIndex()) {
                values[v++] = row.value(a);
            }
        }
        values[v] = label;
        Instance out = new DenseInstance(row.weight(), values);
        out.setDataset(pair);
        return out;
    }

    private static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** @return the decision value of this two-class machine (positive: second class) */
    private double pairOutput(Instance inst) throws Exception {
        return m_classifiers[0][1].SVMOutput(-1, preprocess(inst));
    }
}
