package org.nkululeko.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nkululeko.api.Model;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.data.DataSplitter;
import org.nkululeko.core.data.ExperimentData;
import org.nkululeko.core.data.Sample;
import org.nkululeko.core.feats.FeaturePipeline;
import org.nkululeko.core.feats.FeatureStore;
import org.nkululeko.core.feats.FeatureTable;
import org.nkululeko.core.feats.NanStrategy;
import org.nkululeko.core.feats.Scaler;
import org.nkululeko.core.plugin.PluginRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One experiment as an INI file describes it: data, split, features, scaling, then the runs of
 * the model and their reports.
 */
public final class Experiment {

    private static final Logger LOG = LoggerFactory.getLogger("experiment");

    private final ExperimentConfig config;
    private final PluginRegistry registry;
    private final ExpSettings exp;
    private final String name;

    /**
     * @param config the checked configuration
     * @param registry where feature and model types are found
     */
    public Experiment(ExperimentConfig config, PluginRegistry registry) {
        this.config = config;
        this.registry = registry;
        this.exp = ExpSettings.of(config);
        this.name = ExperimentName.of(config);
    }

    /** @return the [EXP] settings */
    public ExpSettings settings() {
        return exp;
    }

    /**
     * The saved model of the best run, as {@code results/<exp>_runs.txt} names it.
     *
     * @param config an experiment configuration
     * @return the bundle folder of its best run
     * @throws UserException if the experiment has not been run
     */
    public static Path bestModelDir(ExperimentConfig config) {
        ExpSettings exp = ExpSettings.of(config);
        String name = ExperimentName.of(config);
        Path runs = exp.dir().resolve(config.section("EXP").getString("res_dir", "results"))
                .resolve(name + "_runs.txt");
        int best = 0;
        try {
            for (String line : java.nio.file.Files.readAllLines(runs)) {
                java.util.regex.Matcher m = java.util.regex.Pattern
                        .compile("(?:max|min)_index: (\\d+)").matcher(line);
                if (m.find()) {
                    best = Integer.parseInt(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UserException("predict", "no results of experiment " + name + " in "
                    + exp.dir() + " (" + runs.getFileName() + " is missing); run it first");
        }
        return RunManager.bundleDir(config, exp, name, best);
    }

    /** @return the experiment name files are named after */
    public String name() {
        return name;
    }

    /**
     * Runs everything.
     *
     * @return the result of the best run (UAR, or the regression measure)
     * @throws UserException for anything the user can fix
     */
    public double run() {
        long cpuStart = cpuNanos();
        Model model = model();
        Path store = exp.dir().resolve(config.section("EXP").getString("store", "store"));
        DataSplitter splitter = new DataSplitter(config, store, exp.task(), exp.threeWay(),
                exp.seed());
        ExperimentData data = splitter.prepare();
        checkTask(model, data);
        FeatureSet feats = features(data, store);
        RunManager runs = new RunManager(config, registry, exp, name, model, data, feats);
        double best = runs.runAll();
        new TestDatabases(config, registry, exp, name, store).evaluate(splitter, data);
        LOG.debug("Done, used {} seconds", String.format("%.3f", (cpuNanos() - cpuStart) / 1e9));
        return best;
    }

    private Model model() {
        Section section = config.section("MODEL");
        String type = section.getString("type", "");
        if (type.isEmpty()) {
            throw new UserException("modelrunner", config.file() + ": [MODEL] type is missing "
                    + "(available: " + String.join(", ", registry.modelNames()) + ")");
        }
        Model model = PluginRegistry.inFile(config.file(), () -> registry.model(type));
        model.requireTask(exp.task());
        return model;
    }

    /** A classifier on a target with many numeric values is almost surely a mistake. */
    private void checkTask(Model model, ExperimentData data) {
        if (data.task() != Task.CLASSIFICATION || data.classNames().size() <= 10) {
            return;
        }
        boolean numeric = data.classNames().stream().allMatch(v -> v.matches("-?[0-9.]+"));
        if (numeric) {
            String hint = model.name().equals("mlp") ? "use [MODEL] type = mlp_reg"
                    : "use a regression model type";
            throw new UserException("modelrunner", "the target '" + data.target() + "' is "
                    + "numeric with " + data.classNames().size() + " values, but [MODEL] type = "
                    + model.name() + " classifies; " + hint + " and [EXP] type = regression");
        }
    }

    private FeatureSet features(ExperimentData data, Path store) {
        Section feats = config.section("FEATS");
        FeaturePipeline pipeline = new FeaturePipeline(feats, registry, store);
        Map<String, double[]> rows = new LinkedHashMap<>();
        List<String> columns = null;
        for (String db : config.databases()) {
            List<Sample> samples = data.splits().all().stream().filter(s -> s.db().equals(db))
                    .toList();
            if (samples.isEmpty()) {
                continue;
            }
            FeatureTable table = pipeline.features(db, samples);
            if (columns != null && !columns.equals(table.columns())) {
                throw new UserException("featureset", "databases give different feature "
                        + "columns: " + db);
            }
            columns = table.columns();
            rows.putAll(table.rows());
        }
        int[] selection = selection(feats, columns);
        List<String> selected = new ArrayList<>();
        for (int j : selection) {
            selected.add(columns.get(j));
        }
        double[][] train = matrix(data.splits().train(), rows, selection);
        double[][] dev = matrix(data.splits().dev(), rows, selection);
        double[][] test = matrix(data.splits().test(), rows, selection);
        String ext = FeatureStore.extension(feats.getString("store_format", "pkl"));
        save(store, "feats_train", ext, selected, data.splits().train(), train);
        save(store, "feats_test", ext, selected, data.splits().test(), test);
        if (exp.threeWay()) {
            save(store, "feats_dev", ext, selected, data.splits().dev(), dev);
        }
        if (!NanStrategy.NAMES.contains(feats.getString("nan_strategy", "zero"))) {
            throw feats.invalid("nan_strategy", "one of " + String.join(", ", NanStrategy.NAMES));
        }
        double[] nanFill = new NanStrategy(feats.getString("nan_strategy", "zero"))
                .fillValues(train);
        int replaced = NanStrategy.replace(train, nanFill) + NanStrategy.replace(dev, nanFill)
                + NanStrategy.replace(test, nanFill);
        if (replaced > 0) {
            LOG.debug("replaced {} undefined feature values ([FEATS] nan_strategy = {})",
                    replaced, feats.getString("nan_strategy", "zero"));
        }
        Scaler.Fitted scaler = scale(feats, data, train, dev, test, pipeline.rowShape());
        if (feats.enabled("scale") && pipeline.rowShape() == null) {
            save(store, "feats_train_scaled", ext, selected, data.splits().train(), train);
            save(store, "feats_test_scaled", ext, selected, data.splits().test(), test);
            if (exp.threeWay()) {
                save(store, "feats_dev_scaled", ext, selected, data.splits().dev(), dev);
            }
        }
        LOG.debug("train feats shape: ({}, {}), test feats shape: ({}, {})", train.length,
                selected.size(), test.length, selected.size());
        return new FeatureSet(selected, train, dev, test, pipeline.rowShape(), nanFill, scaler);
    }

    private static int[] selection(Section feats, List<String> columns) {
        if (!feats.has("features")) {
            return java.util.stream.IntStream.range(0, columns.size()).toArray();
        }
        Set<String> wanted = new LinkedHashSet<>(feats.getNames("features", List.of()));
        List<Integer> keep = new ArrayList<>();
        for (String w : wanted) {
            int j = columns.indexOf(w);
            if (j < 0) {
                LOG.warn("[FEATS] features: no feature named {}", w);
            } else {
                keep.add(j);
            }
        }
        if (keep.isEmpty()) {
            throw feats.invalid("features", "names of existing features, e.g. "
                    + columns.subList(0, Math.min(3, columns.size())));
        }
        return keep.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[][] matrix(List<Sample> samples, Map<String, double[]> rows,
            int[] selection) {
        double[][] x = new double[samples.size()][];
        for (int i = 0; i < x.length; i++) {
            double[] row = rows.get(samples.get(i).key());
            x[i] = new double[selection.length];
            for (int j = 0; j < selection.length; j++) {
                x[i][j] = row[selection[j]];
            }
        }
        return x;
    }

    private Scaler.Fitted scale(Section feats, ExperimentData data, double[][] train,
            double[][] dev, double[][] test, int[] rowShape) {
        if (!feats.enabled("scale")) {
            return null;
        }
        if (rowShape != null) {
            LOG.debug("[FEATS] scale is not applied to matrix features");
            return null;
        }
        String kind = feats.getString("scale", "standard");
        if (!Scaler.NAMES.contains(kind)) {
            throw feats.invalid("scale", "one of " + String.join(", ", Scaler.NAMES)
                    + " (or False)");
        }
        LOG.debug("scaling features with the {} scaler, fitted on the training set", kind);
        Scaler scaler = new Scaler(kind);
        if (kind.equals("speaker")) {
            scaler.apply(train, List.of(dev, test), List.of(speakers(data.splits().train()),
                    speakers(data.splits().dev()), speakers(data.splits().test())));
            return null;
        }
        Scaler.Fitted fitted = scaler.fit(train);
        fitted.transform(train);
        fitted.transform(dev);
        fitted.transform(test);
        return fitted;
    }

    private static String[] speakers(List<Sample> samples) {
        return samples.stream().map(Sample::speaker).toArray(String[]::new);
    }

    private static void save(Path store, String base, String ext, List<String> columns,
            List<Sample> samples, double[][] x) {
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            rows.put(samples.get(i).key(), x[i]);
        }
        Path file = store.resolve(base + "." + ext);
        try {
            FeatureStore.write(file, new FeatureTable(columns, rows, null));
        } catch (IOException e) {
            throw new UserException("featureset", "cannot write " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static long cpuNanos() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return bean.getCurrentThreadCpuTime();
    }
}
