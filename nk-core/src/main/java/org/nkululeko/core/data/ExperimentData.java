package org.nkululeko.core.data;

import java.util.List;
import org.nkululeko.api.Task;

/**
 * The samples of an experiment, split and labelled.
 *
 * @param splits train, dev and test samples
 * @param target the target column
 * @param task classification or regression
 * @param classNames for classification the class names in code order (alphabetical over the
 *     training labels, as a label encoder makes them); empty for regression
 */
public record ExperimentData(Splits splits, String target, Task task, List<String> classNames) {

    /** Copies the class names. */
    public ExperimentData {
        classNames = List.copyOf(classNames);
    }

    /**
     * @param samples some samples
     * @return their targets: class codes (classification) or values (regression)
     */
    public double[] targets(List<Sample> samples) {
        double[] y = new double[samples.size()];
        for (int i = 0; i < y.length; i++) {
            String v = samples.get(i).get(target);
            y[i] = task == Task.CLASSIFICATION ? classNames.indexOf(v) : Double.parseDouble(v);
        }
        return y;
    }
}
