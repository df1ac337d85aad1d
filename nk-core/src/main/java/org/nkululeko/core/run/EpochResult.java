package org.nkululeko.core.run;

/**
 * What one epoch gave.
 *
 * @param epoch the epoch index, from 0
 * @param value the selection measure on the evaluation set (test, or dev in three-way mode)
 * @param trainValue the measure on the training set, NaN when not computed
 * @param trainLoss the mean training loss, NaN when the model has none
 * @param evalLoss the loss on the evaluation set
 * @param scores per evaluation sample, class probabilities or the predicted value
 * @param testValue in three-way mode the measure on the test set, else the same as value
 * @param testScores in three-way mode the test predictions, else the same as scores
 * @param classes the class decisions on the evaluation set (null for regression)
 * @param testClasses the class decisions on the test set (null for regression)
 */
record EpochResult(int epoch, double value, double trainValue, double trainLoss,
        double evalLoss, double[][] scores, double testValue, double[][] testScores,
        int[] classes, int[] testClasses) {
}
