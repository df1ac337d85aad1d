package org.nkululeko.model.xgboost;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;

/**
 * Gradient-boosted trees on XGBoost4J: {@code xgb} (classification, {@code multi:softprob} or
 * {@code binary:logistic}) and {@code xgr} (regression, {@code reg:squarederror}). See
 * {@link XgboostSettings} for the keys.
 */
public abstract class XgboostModel implements Model {

    private final String name;
    private final Task task;

    XgboostModel(String name, Task task) {
        this.name = name;
        this.task = task;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(Task task) {
        return this.task == task;
    }

    @Override
    public boolean isNeural() {
        return false;
    }

    @Override
    public Estimator create(ModelSpec spec) {
        requireTask(spec.task());
        XgboostSettings settings = XgboostSettings.of(spec.settings(), task, spec.outputCount());
        return new XgboostEstimator(name, spec, settings);
    }

    @Override
    public Estimator load(Path file, ModelSpec spec) throws IOException {
        requireTask(spec.task());
        XgboostSettings settings = XgboostSettings.of(spec.settings(), task, spec.outputCount());
        return XgboostEstimator.load(name, spec, settings, file);
    }
}
