package org.nkululeko.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.data.DataSplitter;
import org.nkululeko.core.data.ExperimentData;
import org.nkululeko.core.data.Sample;
import org.nkululeko.core.metrics.Metrics;
import org.nkululeko.core.plugin.PluginRegistry;
import org.nkululeko.core.report.Plots;
import org.nkululeko.core.report.ResultFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code [DATA] tests = ['db2', ...]}: the best saved model evaluated on other databases, each
 * whole, as nkululeko does: a result line, a confusion matrix
 * {@code images/<exp>_<db>_test.png} and {@code results/<exp>_<db>_predictions.csv}.
 */
final class TestDatabases {

    private static final Logger LOG = LoggerFactory.getLogger("experiment");

    private final ExperimentConfig config;
    private final PluginRegistry registry;
    private final ExpSettings exp;
    private final String name;
    private final Path store;

    TestDatabases(ExperimentConfig config, PluginRegistry registry, ExpSettings exp,
            String name, Path store) {
        this.config = config;
        this.registry = registry;
        this.exp = exp;
        this.name = name;
        this.store = store;
    }

    void evaluate(DataSplitter splitter, ExperimentData data) {
        List<String> tests = config.section("DATA").getNames("tests", List.of());
        if (tests.isEmpty() || tests.equals(List.of("False"))) {
            return;
        }
        Path bundle = Experiment.bestModelDir(config);
        if (!Files.isDirectory(bundle)) {
            throw new UserException("experiment", "[DATA] tests needs the saved model; set "
                    + "[EXP] save = True");
        }
        Predictor predictor = new Predictor(bundle, registry);
        for (String db : tests) {
            List<Sample> samples = splitter.loadDatabase(db, data.classNames());
            List<Predictor.Prediction> predictions = predictor.predictReadable(samples, store,
                    db);
            try {
                report(db, data, samples, predictions);
            } catch (IOException e) {
                throw new UserException("experiment", "cannot write the results for " + db
                        + ": " + e.getMessage(), e);
            }
        }
    }

    private void report(String db, ExperimentData data, List<Sample> samples,
            List<Predictor.Prediction> predictions) throws IOException {
        double[] truth = data.targets(samples);
        double[][] scores = predictions.stream().map(Predictor.Prediction::scores)
                .toArray(double[][]::new);
        Path images = exp.dir().resolve(config.section("EXP").getString("fig_dir", "images"));
        Path results = exp.dir().resolve(config.section("EXP").getString("res_dir", "results"));
        List<String> files = samples.stream().map(Sample::file).toList();
        if (data.task() == Task.REGRESSION) {
            double[] p = Reporter.values(scores);
            LOG.debug("test on {} ({} samples): MSE: {}, CCC: {}", db, samples.size(),
                    Reporter.f3(Metrics.mse(truth, p)), Reporter.f3(Metrics.ccc(truth, p)));
            ResultFiles.perSampleRegressionCsv(results.resolve(name + "_" + db
                    + "_predictions.csv"), files, p, truth);
            return;
        }
        int[] t = Reporter.codes(truth);
        int[] p = predictions.stream().mapToInt(Predictor.Prediction::code).toArray();
        double uar = Metrics.uar(t, p);
        double[] ci = Metrics.uarInterval(t, p, 1000, exp.seed());
        LOG.debug("test on {} ({} samples): {}, ACC: {}", db, samples.size(),
                Reporter.uarText(uar, ci), Reporter.f3(Metrics.accuracy(t, p)));
        Plots.confusionMatrix(images.resolve(name + "_" + db + "_test.png"),
                Metrics.confusion(t, p, data.classNames().size()), data.classNames(),
                List.of("Confusion Matrix: " + db, Reporter.uarText(uar, ci)));
        ResultFiles.perSampleCsv(results.resolve(name + "_" + db + "_predictions.csv"), files,
                data.classNames(), scores, p, t);
    }
}
