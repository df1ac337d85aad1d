package org.nkululeko.core.run;

import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.metrics.Metrics;

/**
 * The selection measure, {@code [MODEL] measure}: {@code uar} for classification (default);
 * {@code mse} (default), {@code mae}, {@code ccc} or {@code pcc} for regression.
 *
 * @param name the measure's name, lower case
 * @param higherIsBetter true for UAR, CCC and PCC
 */
public record Measure(String name, boolean higherIsBetter) {

    /**
     * @param model the {@code [MODEL]} section
     * @param task classification or regression
     * @return the measure
     * @throws UserException for a measure the task has not
     */
    public static Measure of(Section model, Task task) {
        String name = model.getString("measure", task == Task.CLASSIFICATION ? "uar" : "mse")
                .toLowerCase();
        if (task == Task.CLASSIFICATION) {
            if (!name.equals("uar")) {
                throw model.invalid("measure", "uar for classification");
            }
            return new Measure(name, true);
        }
        return switch (name) {
            case "mse", "mae" -> new Measure(name, false);
            case "ccc", "pcc" -> new Measure(name, true);
            default -> throw model.invalid("measure", "mse, mae, ccc or pcc for regression");
        };
    }

    /**
     * @param truth targets
     * @param pred predictions
     * @return the measure's value
     */
    public double regression(double[] truth, double[] pred) {
        return switch (name) {
            case "mse" -> Metrics.mse(truth, pred);
            case "mae" -> Metrics.mae(truth, pred);
            case "ccc" -> Metrics.ccc(truth, pred);
            default -> Metrics.pcc(truth, pred);
        };
    }

    /**
     * @param candidate a new value
     * @param best the best so far (NaN for none)
     * @return true when {@code candidate} is strictly better
     */
    public boolean better(double candidate, double best) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        return Double.isNaN(best) || (higherIsBetter ? candidate > best : candidate < best);
    }

    /** @return the name as printed, e.g. {@code UAR} */
    public String label() {
        return name.toUpperCase();
    }
}
