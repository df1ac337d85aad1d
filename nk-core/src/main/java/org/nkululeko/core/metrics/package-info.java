/**
 * Evaluation measures with nkululeko's semantics: audmetric's UAR, accuracy, MSE, MAE, CCC and
 * PCC, sklearn's r² and classification report, seeded bootstrap intervals, and number
 * formatting as Python prints it.
 */
package org.nkululeko.core.metrics;
