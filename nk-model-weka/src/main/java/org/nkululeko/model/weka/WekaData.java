package org.nkululeko.model.weka;

import java.util.ArrayList;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.core.model.ClassWeights;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Converts feature matrices to Weka {@link Instances}: numeric attributes {@code f0..f<n-1>}
 * and a class attribute that is nominal (the class names in code order) for classification or
 * numeric for regression. NaN feature values become Weka's missing values (Weka codes missing
 * as NaN too).
 */
final class WekaData {

    static {
        WekaEnvironment.init();
    }

    private WekaData() {
    }

    /**
     * @param spec the model spec: feature count, task and class names
     * @return an empty data set with the attributes and the class index set
     */
    static Instances header(ModelSpec spec) {
        ArrayList<Attribute> attributes = new ArrayList<>(spec.featureCount() + 1);
        for (int i = 0; i < spec.featureCount(); i++) {
            attributes.add(new Attribute("f" + i));
        }
        if (spec.task() == Task.CLASSIFICATION) {
            attributes.add(new Attribute("class", new ArrayList<>(spec.classNames())));
        } else {
            attributes.add(new Attribute("target"));
        }
        Instances header = new Instances("nkululeko", attributes, 0);
        header.setClassIndex(spec.featureCount());
        return header;
    }

    /**
     * @param header the data set layout from {@link #header}
     * @param x one row per sample, {@code featureCount} values each
     * @param y class codes or targets, one per row
     * @param weights instance weights, one per row, or {@code null} for weight 1
     * @return the training set
     */
    static Instances of(Instances header, double[][] x, double[] y, double[] weights) {
        Instances data = new Instances(header, x.length);
        for (int i = 0; i < x.length; i++) {
            Instance row = row(header, x[i], i);
            row.setValue(header.classIndex(), y[i]);
            if (weights != null) {
                row.setWeight(weights[i]);
            }
            data.add(row);
        }
        return data;
    }

    /**
     * @param header the data set layout
     * @param features one row of features
     * @param index the row number, for the error message
     * @return an instance attached to {@code header}, its class value missing
     */
    static Instance row(Instances header, double[] features, int index) {
        int count = header.numAttributes() - 1;
        if (features.length != count) {
            throw new IllegalArgumentException("row " + index + " has " + features.length
                    + " values, the model expects " + count);
        }
        double[] values = new double[count + 1];
        System.arraycopy(features, 0, values, 0, count);
        values[count] = weka.core.Utils.missingValue();
        Instance row = new DenseInstance(1.0, values);
        row.setDataset(header);
        return row;
    }

    /**
     * Balanced class weights as scikit-learn computes them: {@code n / (classes * n_c)} for a
     * sample of class c, where {@code classes} counts the classes present in {@code y}.
     *
     * @param y class codes
     * @param classCount the number of class codes
     * @return one weight per sample
     */
    static double[] balancedWeights(double[] y, int classCount) {
        return ClassWeights.balanced(y, classCount);
    }
}
