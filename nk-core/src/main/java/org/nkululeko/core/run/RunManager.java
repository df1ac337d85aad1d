package org.nkululeko.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.data.ExperimentData;
import org.nkululeko.core.data.Sample;
import org.nkululeko.core.feats.Scaler;
import org.nkululeko.core.metrics.Metrics;
import org.nkululeko.core.plugin.PluginRegistry;
import org.nkululeko.core.report.ResultFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the model {@code [EXP] runs} times: epochs, patience, the best epoch of each run (on
 * test in two-way mode, as nkululeko does; on dev in three-way mode, reporting that epoch's test
 * score), reports, and {@code results/<exp>_runs.txt}.
 */
final class RunManager {

    private static final Logger LOG = LoggerFactory.getLogger("runmanager");
    private static final Logger RUNNER = LoggerFactory.getLogger("modelrunner");
    private static final Logger EXPERIMENT = LoggerFactory.getLogger("experiment");

    private final ExperimentConfig config;
    private final PluginRegistry registry;
    private final ExpSettings exp;
    private final String name;
    private final Model model;
    private final ExperimentData data;
    private final FeatureSet feats;
    private final Section modelSection;
    private final Measure measure;
    private final Reporter reporter;

    RunManager(ExperimentConfig config, PluginRegistry registry, ExpSettings exp, String name,
            Model model, ExperimentData data, FeatureSet feats) {
        this.config = config;
        this.registry = registry;
        this.exp = exp;
        this.name = name;
        this.model = model;
        this.data = data;
        this.feats = feats;
        this.modelSection = config.section("MODEL");
        this.measure = Measure.of(modelSection, exp.task());
        this.reporter = new Reporter(config, exp, name, data, measure);
    }

    double runAll() {
        int epochs = exp.epochs();
        if (!model.isNeural() && epochs > 1) {
            RUNNER.warn("setting epoch num to 1 (was {}) if model not ANN", epochs);
            epochs = 1;
        }
        long seed = modelSeed();
        double[] bests = new double[exp.runs()];
        for (int r = 0; r < exp.runs(); r++) {
            bests[r] = runOne(r, seed + r, epochs);
        }
        Path runsTxt = exp.dir().resolve(config.section("EXP").getString("res_dir", "results"))
                .resolve(name + "_runs.txt");
        try {
            ResultFiles.runsSummary(runsTxt, bests, measure.higherIsBetter());
        } catch (IOException e) {
            throw new UserException("experiment", "cannot write " + runsTxt, e);
        }
        ResultFiles.runsSummaryText(bests, measure.higherIsBetter()).lines()
                .forEach(EXPERIMENT::debug);
        double best = bests[0];
        for (double b : bests) {
            best = measure.better(b, best) ? b : best;
        }
        return best;
    }

    private long modelSeed() {
        // 0 is a seed here, not "off"
        if (modelSection.enabled("random_seed")
                || modelSection.getString("random_seed", "").equals("0")) {
            return modelSection.getInt("random_seed", (int) exp.seed());
        }
        return exp.seed();
    }

    private double runOne(int run, long seed, int epochs) {
        LOG.debug("run {} using model {}", run, model.name());
        ModelSpec spec = new ModelSpec(modelSection, exp.task(), data.classNames(),
                feats.columns().size(), feats.rowShape(), seed, epochs,
                a -> PluginRegistry.inFile(config.file(), () -> registry.activation(a)));
        Estimator estimator = model.create(spec);
        Estimator.Data train = new Estimator.Data(feats.train(),
                data.targets(data.splits().train()));
        Estimator.Data dev = exp.threeWay() ? new Estimator.Data(feats.dev(),
                data.targets(data.splits().dev())) : null;
        Estimator.Data eval = exp.threeWay() ? dev : new Estimator.Data(feats.test(),
                data.targets(data.splits().test()));
        Estimator.Data test = new Estimator.Data(feats.test(), data.targets(data.splits().test()));
        int patience = patience();
        Path bestModel = modelFile(run);
        List<EpochResult> history = new ArrayList<>();
        EpochResult best = null;
        int sinceBest = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            EpochResult result = epoch(estimator, run, epoch, train, dev, eval, test);
            history.add(result);
            if (best == null || measure.better(result.value(), best.value())) {
                best = result;
                sinceBest = 0;
                saveModel(estimator, bestModel);
            } else if (++sinceBest >= patience) {
                RUNNER.debug("reached patience ({}): early stopping", patience);
                break;
            }
        }
        writeBundle(run, seed, epochs, best, bestModel);
        EpochResult last = history.get(history.size() - 1);
        reporter.report(run, last, "last");
        if (best.epoch() != last.epoch()) {
            reporter.report(run, best, exp.threeWay() ? "BEST-dev" : "BEST-test");
        }
        if (exp.threeWay()) {
            reporter.report(run, best, "test");
        }
        reporter.epochProgression(run, history, epochs);
        LOG.debug("search_best_result: order={}, best epoch={}, best ({}) result={}",
                measure.higherIsBetter() ? "ascending" : "descending", best.epoch(),
                exp.threeWay() ? "DEV" : "TEST", String.format("%.4f", best.value()));
        if (exp.threeWay()) {
            LOG.debug("test result of the best dev epoch: {}", String.format("%.4f",
                    best.testValue()));
        }
        return best.testValue();
    }

    private EpochResult epoch(Estimator estimator, int run, int epoch, Estimator.Data train,
            Estimator.Data dev, Estimator.Data eval, Estimator.Data test) {
        estimator.train(train, dev);
        double trainLoss = estimator.lastTrainLoss();
        if (model.isNeural() && Double.isNaN(trainLoss)) {
            throw new UserException("modelrunner", "run " + run + " epoch " + epoch
                    + ": the training loss became NaN; try a lower [MODEL] learning_rate (now "
                    + modelSection.getString("learning_rate", "0.0001") + ") and check that "
                    + "the features are scaled ([FEATS] scale = standard)");
        }
        double[][] scores = estimator.predict(eval.x());
        int[] classes = classes(estimator, eval.x());
        double value = value(eval.y(), scores, classes);
        double trainValue = model.isNeural() ? value(train.y(), estimator.predict(train.x()),
                classes(estimator, train.x())) : Double.NaN;
        double[][] testScores = exp.threeWay() ? estimator.predict(test.x()) : scores;
        int[] testClasses = exp.threeWay() ? classes(estimator, test.x()) : classes;
        double testValue = exp.threeWay() ? value(test.y(), testScores, testClasses) : value;
        RUNNER.debug("run: {} epoch: {}: result ({}): test: {} {}", run, epoch,
                exp.threeWay() ? "DEV" : "TEST",
                String.format("%.4f", Math.round(value * 1000) / 1000.0), measure.label());
        return new EpochResult(epoch, value, trainValue, trainLoss, loss(eval.y(), scores),
                scores, testValue, testScores, classes, testClasses);
    }

    private int[] classes(Estimator estimator, double[][] x) {
        return exp.task() == Task.CLASSIFICATION ? estimator.predictClasses(x) : null;
    }

    private double value(double[] y, double[][] scores, int[] classes) {
        if (exp.task() == Task.CLASSIFICATION) {
            return Metrics.uar(Reporter.codes(y), classes);
        }
        return measure.regression(y, Reporter.values(scores));
    }

    private double loss(double[] y, double[][] scores) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            if (exp.task() == Task.CLASSIFICATION) {
                sum -= Math.log(Math.max(1e-12, scores[i][(int) y[i]]));
            } else {
                double d = scores[i][0] - y[i];
                sum += d * d;
            }
        }
        return sum / y.length;
    }

    private int patience() {
        if (!modelSection.enabled("patience")) {
            return Integer.MAX_VALUE;
        }
        int p = modelSection.getInt("patience", 0);
        if (p < 1) {
            throw modelSection.invalid("patience", "a number of epochs, 1 or more");
        }
        return p;
    }

    private Path modelFile(int run) {
        return bundleDir(config, exp, name, run).resolveSibling(name + "_" + run
                + "_best.model.part");
    }

    /**
     * @return the folder the best model of a run is saved in:
     *     {@code models/run_<r>/<exp>_<r>_best/}
     */
    static Path bundleDir(ExperimentConfig config, ExpSettings exp, String name, int run) {
        return exp.dir().resolve(config.section("EXP").getString("model_dir", "models"))
                .resolve("run_" + run).resolve(name + "_" + run + "_best");
    }

    /** The scaler a bundle names: the fitted one, or {@code speaker}, which is per speaker. */
    private String scalerKind(Scaler.Fitted scaler) {
        if (scaler != null) {
            return scaler.kind();
        }
        return config.section("FEATS").getString("scale", "").equals("speaker") ? "speaker"
                : null;
    }

    private void writeBundle(int run, long seed, int epochs, EpochResult best, Path saved) {
        if (!Files.exists(saved)) {
            return;
        }
        Scaler.Fitted scaler = feats.scaler();
        ModelBundle bundle = new ModelBundle(model.name(), exp.task(), data.classNames(),
                feats.columns(), feats.rowShape(), feats.nanFill(),
                scalerKind(scaler), scaler == null ? null : scaler.centre(),
                scaler == null ? null : scaler.scale(), config.sections(), seed, epochs, run,
                best.epoch(), best.testValue());
        Path dir = bundleDir(config, exp, name, run);
        try {
            bundle.write(dir, saved);
            Files.delete(saved);
        } catch (IOException e) {
            throw new UserException("modelrunner", "cannot save the model to " + dir + ": "
                    + e.getMessage(), e);
        }
        LOG.debug("saved the best model of run {} (epoch {}) to {}", run, best.epoch(), dir);
    }

    private void saveModel(Estimator estimator, Path file) {
        if (!exp.save() || !modelSection.getBoolean("save", true)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            estimator.save(file); // a scratch file: the bundle takes it over at the end of the run
        } catch (IOException e) {
            throw new UserException("modelrunner", "cannot save the model to " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return the files of a split, for result CSVs */
    static List<String> files(List<Sample> samples) {
        return samples.stream().map(Sample::file).toList();
    }
}
