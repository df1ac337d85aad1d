package org.nkululeko.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.data.ExperimentData;
import org.nkululeko.core.data.Sample;
import org.nkululeko.core.metrics.ClassificationReport;
import org.nkululeko.core.metrics.Metrics;
import org.nkululeko.core.report.Plots;
import org.nkululeko.core.report.ResultFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the result files and plots of an epoch: the confusion matrix (or scatter plot), the
 * result text, the per-sample CSV, and the epoch progression of a run. Names follow
 * nkululeko: {@code images/run_<r>/<plot>_<tag>_<r>_<eee>.png} and
 * {@code results/run_<r>/<plot>_<tag>_<r>_<eee>.{txt,csv}}.
 */
final class Reporter {

    private static final Logger LOG = LoggerFactory.getLogger("reporter");
    private static final Logger RUNMANAGER = LoggerFactory.getLogger("runmanager");
    private static final int BOOTSTRAPS = 1000;

    private final ExpSettings exp;
    private final String name;
    private final String plotName;
    private final ExperimentData data;
    private final Measure measure;
    private final Section plot;
    private final Path figDir;
    private final Path resDir;

    Reporter(ExperimentConfig config, ExpSettings exp, String name, ExperimentData data,
            Measure measure) {
        this.exp = exp;
        this.name = name;
        this.plot = config.section("PLOT");
        this.plotName = plot.getString("name", name);
        this.data = data;
        this.measure = measure;
        Section e = config.section("EXP");
        this.figDir = exp.dir().resolve(e.getString("fig_dir", "images"));
        this.resDir = exp.dir().resolve(e.getString("res_dir", "results"));
    }

    void report(int run, EpochResult result, String tag) {
        boolean onTest = tag.equals("test") || !exp.threeWay();
        List<Sample> samples = onTest ? data.splits().test() : data.splits().dev();
        double[][] scores = tag.equals("test") ? result.testScores() : result.scores();
        int[] classes = tag.equals("test") ? result.testClasses() : result.classes();
        double[] truth = data.targets(samples);
        String base = String.format("%s_%s_%d_%03d", plotName, tag, run, result.epoch());
        Path png = figDir.resolve("run_" + run).resolve(base + ".png");
        Path txt = resDir.resolve("run_" + run).resolve(base + ".txt");
        Path csv = resDir.resolve("run_" + run).resolve(base + ".csv");
        try {
            if (data.task() == Task.CLASSIFICATION) {
                classification(run, result.epoch(), base, png, txt, csv, samples, truth, scores,
                        classes);
            } else {
                regression(result.epoch(), base, png, txt, csv, samples, truth, scores);
            }
        } catch (IOException e) {
            throw new UserException("reporter", "cannot write the results of " + base + ": "
                    + e.getMessage(), e);
        }
    }

    private void classification(int run, int epoch, String base, Path png, Path txt, Path csv,
            List<Sample> samples, double[] truth, double[][] scores, int[] p)
            throws IOException {
        int[] t = codes(truth);
        double uar = Metrics.uar(t, p);
        double acc = Metrics.accuracy(t, p);
        double[] ci = Metrics.uarInterval(t, p, BOOTSTRAPS, exp.seed());
        RUNMANAGER.debug("plotting conf matrix as {}", base);
        List<String> title = new ArrayList<>(List.of("Confusion Matrix",
                uarText(uar, ci)));
        if (epoch != 0) {
            title.add("Epoch: " + epoch);
        }
        Plots.confusionMatrix(png, Metrics.confusion(t, p, data.classNames().size()),
                data.classNames(), title);
        LOG.debug("Saved confusion plot to {}", png);
        LOG.debug("Confusion matrix result for epoch: {}, UAR: {}, ({}/{}), ACC: {}", epoch,
                f3(uar), f3(ci[0]), f3(ci[1]), f3(acc));
        ResultFiles.confLine(resDir.resolve("run_" + run).resolve(name + "_conf.txt"), epoch,
                uar, ci[0], ci[1], acc);
        ClassificationReport report = ClassificationReport.of(t, p, data.classNames());
        LOG.debug("####->{}<-####", base);
        report.toText().lines().filter(l -> !l.isBlank()).forEach(LOG::debug);
        LOG.debug("labels: {}", data.classNames());
        LOG.debug("result per class (F1 score): {} from epoch: {}",
                java.util.Arrays.toString(report.f1Rounded3()), epoch);
        ResultFiles.classificationResult(txt, report, epoch);
        ResultFiles.perSampleCsv(csv, RunManager.files(samples), data.classNames(), scores, p, t);
    }

    private void regression(int epoch, String base, Path png, Path txt, Path csv,
            List<Sample> samples, double[] truth, double[][] scores) throws IOException {
        double[] p = values(scores);
        double value = measure.regression(truth, p);
        double[] ci = Metrics.regressionInterval(measure.name(), truth, p, BOOTSTRAPS,
                exp.seed());
        double pcc = Metrics.pcc(truth, p);
        String result = String.format("%s: %.3f (%.3f/%.3f), PCC: %.3f", measure.label(), value,
                ci[0], ci[1], pcc);
        Path scatter = png.resolveSibling(base + "_scatter.png");
        Plots.scatter(scatter, truth, p, "Scatter plot: " + result
                + (epoch != 0 ? ", Epoch: " + epoch : ""));
        LOG.debug("Saved scatter plot to {}", scatter);
        LOG.debug("result for epoch: {}: {}, MSE: {}, CCC: {}", epoch, result,
                f3(Metrics.mse(truth, p)), f3(Metrics.ccc(truth, p)));
        ResultFiles.regressionResult(txt, measure.name(), value, Metrics.r2(truth, p), pcc);
        ResultFiles.perSampleRegressionCsv(csv, RunManager.files(samples), p, truth);
    }

    void epochProgression(int run, List<EpochResult> history, int epochs) {
        if (epochs <= 1 || !plot.getBoolean("epoch_progression", false)) {
            return;
        }
        int n = history.size();
        double[] train = new double[n];
        double[] dev = new double[n];
        double[] loss = new double[n];
        double[] evalLoss = new double[n];
        for (int i = 0; i < n; i++) {
            EpochResult r = history.get(i);
            train[i] = r.trainValue();
            dev[i] = r.value();
            loss[i] = r.trainLoss();
            evalLoss[i] = r.evalLoss();
        }
        Path png = figDir.resolve("run_" + run).resolve(plotName + "_epoch_progression.png");
        try {
            Plots.epochProgression(png, train, dev, loss, evalLoss, measure.label());
            LOG.debug("Saved epoch progression plot to {}", png);
        } catch (IOException e) {
            throw new UserException("reporter", "cannot write " + png, e);
        }
    }

    static int[] codes(double[] y) {
        int[] out = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = (int) y[i];
        }
        return out;
    }

    static double[] values(double[][] scores) {
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i][0];
        }
        return out;
    }

    /**
     * @param uar the UAR
     * @param ci its bootstrap interval {low, high}
     * @return {@code UAR: 0.612 (0.541/0.680)}, as plot titles show it
     */
    static String uarText(double uar, double[] ci) {
        return String.format("UAR: %.3f (%.3f/%.3f)", uar, ci[0], ci[1]);
    }

    static String f3(double v) {
        return String.format("%.3f", v);
    }
}
