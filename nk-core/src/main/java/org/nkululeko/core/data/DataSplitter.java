package org.nkululeko.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.audio.WavReader;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.io.AtomicFiles;
import org.nkululeko.core.io.Csv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every database of {@code [DATA] databases}, drops unreadable audio, maps and selects
 * labels, splits, filters, caches the split in {@code store/} and encodes the labels.
 */
public final class DataSplitter {

    private static final Logger LOG = LoggerFactory.getLogger("datasplitter");
    private static final Logger DATASET = LoggerFactory.getLogger("dataset");
    private static final String SETTINGS_FILE = "split_settings.txt";
    private static final List<String> FIXED = List.of("db", "file", "rel_path", "start", "end");

    private final ExperimentConfig config;
    private final Section data;
    private final Path storeDir;
    private final Task task;
    private final boolean threeWay;
    private final long seed;

    /**
     * @param config the experiment configuration
     * @param storeDir the experiment's {@code store/} folder
     * @param task classification or regression
     * @param threeWay {@code [EXP] traindevtest}
     * @param seed {@code [EXP] random_seed}
     */
    public DataSplitter(ExperimentConfig config, Path storeDir, Task task, boolean threeWay,
            long seed) {
        this.config = config;
        this.data = config.section("DATA");
        this.storeDir = storeDir;
        this.task = task;
        this.threeWay = threeWay;
        this.seed = seed;
    }

    /** @return the target column, {@code [DATA] target} */
    public String target() {
        return data.require("target");
    }

    /**
     * @return the split, labelled samples
     * @throws UserException for bad databases, splits that leave a part empty, or test labels
     *     never seen in training
     */
    public ExperimentData prepare() {
        if (data.getBoolean("check_vad", false)) {
            throw new UserException("datasplitter", "[DATA] check_vad is not offered in this "
                    + "version (it needs a neural voice activity detector); remove it");
        }
        String target = target();
        java.util.Optional<Splits> cached = cached();
        Splits splits = cached.orElseGet(() -> fresh(target));
        LOG.debug("target: {}", target);
        List<String> classNames = task == Task.CLASSIFICATION ? encode(splits, target)
                : List.of();
        if (task == Task.REGRESSION) {
            checkNumeric(splits, target);
        }
        if (cached.isEmpty()) {
            writeCache(splits); // only a split that passed the checks, so a fix takes effect
        }
        logSplit(splits, target);
        return new ExperimentData(splits, target, task, classNames);
    }

    private java.util.Optional<Splits> cached() {
        Path train = storeDir.resolve("traindf.csv");
        Path test = storeDir.resolve("testdf.csv");
        Path dev = storeDir.resolve("devdf.csv");
        if (data.getBoolean("no_reuse", false) || !Files.exists(train) || !Files.exists(test)
                || (threeWay && !Files.exists(dev))) {
            return java.util.Optional.empty();
        }
        if (!splitSettings().equals(storedSplitSettings())) {
            LOG.warn("the [DATA] settings differ from those the split in {} was made with: "
                    + "splitting again", storeDir);
            return java.util.Optional.empty();
        }
        LOG.debug("reusing the split in {} (set [DATA] no_reuse = True to split again)",
                storeDir);
        return java.util.Optional.of(new Splits(readCache(train),
                threeWay ? readCache(dev) : List.of(), readCache(test)));
    }

    private Splits fresh(String target) {
        TargetProcessing targets = new TargetProcessing(data, task, target);
        if (data.enabled("type") && !targets.continuous()) {
            throw data.invalid("type", "continuous (a numeric target binned into classes)");
        }
        Splits all = new Splits(List.of(), List.of(), List.of());
        List<String> labels = null;
        for (String name : config.databases()) {
            DatabaseSettings settings = new DatabaseSettings(config, name);
            LoadedDatabase db = load(settings, target);
            int loaded = db.samples().size();
            db = new LoadedDatabase(db.name(), db.root(), prepareSamples(settings, db, target),
                    db.tables());
            if (!db.samples().isEmpty()) {
                db = new LoadedDatabase(db.name(), db.root(), targets.apply(settings,
                        databaseFilters(settings, db.samples())), db.tables());
            }
            Splits split = db.samples().isEmpty() ? null
                    : new SplitStrategy(settings, target, threeWay, seed).split(db);
            if (split != null && task == Task.CLASSIFICATION && !targets.continuous()) {
                split = mapSplits(settings, split, target);
            }
            if (split == null || split.all().isEmpty()) {
                throw new UserException("datasplitter", name + ": no samples left of " + loaded
                        + " after dropping unreadable audio"
                        + (settings.has("mapping") ? " and applying [DATA] "
                        + settings.key("mapping") : "") + " (database " + db.root() + ")");
            }
            if (labels == null) {
                labels = labels(split, target);
            }
            split = asTrainOrTest(settings, split);
            all = all.plus(split);
        }
        if (task == Task.CLASSIFICATION) {
            all = selectLabels(all, labels, target);
        }
        all = new Filters(data, seed).apply(all);
        requireParts(all);
        return all;
    }

    /**
     * Loads a whole database for evaluating a trained model on it ({@code [DATA] tests}):
     * readable audio only, labels mapped and limited to the model's classes.
     *
     * @param name a database name with its {@code [DATA] <name>} entries
     * @param classNames the model's classes (empty for regression)
     * @return its samples
     * @throws UserException if none remain
     */
    public List<Sample> loadDatabase(String name, List<String> classNames) {
        String target = target();
        DatabaseSettings settings = new DatabaseSettings(config, name);
        LoadedDatabase db = load(settings, target);
        TargetProcessing targets = new TargetProcessing(data, task, target);
        List<Sample> samples = targets.apply(settings, prepareSamples(settings, db, target));
        if (task == Task.CLASSIFICATION && !targets.continuous()) {
            Set<String> keep = new LinkedHashSet<>(classNames);
            samples = keepLabels(map(settings, samples, target), keep, target);
        }
        if (samples.isEmpty()) {
            throw new UserException("datasplitter", name + ": no samples with the model's "
                    + "labels " + classNames + " ([DATA] tests)");
        }
        return samples;
    }

    /** {@code <db>.required} and the per-database filters ({@code <db>.limit_samples}, ...). */
    private List<Sample> databaseFilters(DatabaseSettings settings, List<Sample> samples) {
        List<Sample> out = samples;
        if (settings.has("required")) {
            List<String> columns = settings.getNames("required");
            out = out.stream().filter(s -> columns.stream().allMatch(c -> s.get(c) != null
                    && !s.get(c).isBlank() && !s.get(c).equalsIgnoreCase("nan"))).toList();
            DATASET.debug("{}: {} of {} samples have {}", settings.name(), out.size(),
                    samples.size(), columns);
            if (out.isEmpty()) {
                throw new UserException("datafilter", "[DATA] " + settings.key("required")
                        + " = " + columns + " removes every sample of " + settings.name());
            }
        }
        return new Filters(data, seed, settings.key("")).apply(out);
    }

    /** {@code <db>.as_test} / {@code <db>.as_train}: keep only that part of the split. */
    private static Splits asTrainOrTest(DatabaseSettings settings, Splits split) {
        boolean asTest = settings.getBoolean("as_test", false);
        boolean asTrain = settings.getBoolean("as_train", false);
        if (asTest && asTrain) {
            throw new UserException("datasplitter", "[DATA] " + settings.key("as_test")
                    + " and " + settings.key("as_train") + " cannot both be True");
        }
        if (asTest) {
            return new Splits(List.of(), split.dev(), split.test());
        }
        if (asTrain) {
            return new Splits(split.train(), split.dev(), List.of());
        }
        return split;
    }

    private LoadedDatabase load(DatabaseSettings settings, String target) {
        String label = settings.getString("label", target);
        String type = settings.getString("type", "audformat");
        LoadedDatabase db;
        if (type.equals("csv")) {
            db = new CsvLoader(settings, label).load();
        } else if (type.equals("audformat")) {
            db = new AudformatLoader(settings, label).load();
        } else {
            throw settings.data().invalid(settings.key("type"), "audformat or csv");
        }
        if (!label.equals(target)) {
            List<Sample> renamed = new ArrayList<>();
            for (Sample s : db.samples()) {
                renamed.add(s.with(target, s.get(label)));
            }
            db = new LoadedDatabase(db.name(), db.root(), renamed, db.tables());
        }
        Set<String> speakers = new TreeSet<>();
        db.samples().forEach(s -> {
            if (s.speaker() != null) {
                speakers.add(s.speaker());
            }
        });
        boolean sexes = db.samples().stream().anyMatch(s -> s.get("gender") != null);
        DATASET.debug("{}: loaded with {} samples: got targets: True, got speakers: {} ({}), "
                + "got sexes: {}", db.name(), db.samples().size(), py(!speakers.isEmpty()),
                speakers.size(), py(sexes));
        return db;
    }

    /** @return a boolean as Python prints it, as in nkululeko's log lines */
    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    /** Readable audio only, durations filled, mapping applied. */
    private List<Sample> prepareSamples(DatabaseSettings settings, LoadedDatabase db,
            String target) {
        List<Sample> out = new ArrayList<>();
        Map<String, Double> durations = new HashMap<>();
        int unreadable = 0;
        for (Sample s : db.samples()) {
            Double duration = durations.computeIfAbsent(s.file(), this::duration);
            if (duration.isNaN()) {
                unreadable++;
                continue;
            }
            double end = Double.isNaN(s.endSeconds()) ? duration : s.endSeconds();
            Sample withDuration = s.with("duration", String.valueOf(end - s.startSeconds()));
            out.add(withDuration);
        }
        if (unreadable > 0) {
            DATASET.warn("{}: dropped {} rows whose audio cannot be read", db.name(),
                    unreadable);
        }
        return out;
    }

    private double duration(String file) {
        try {
            return WavReader.read(Path.of(file)).durationSeconds();
        } catch (IOException | RuntimeException e) {
            DATASET.warn("cannot read audio, row dropped: {}", e.getMessage() == null
                    ? file : e.getMessage());
            return Double.NaN;
        }
    }

    /** The mapping, applied to each part after splitting (split tables re-read targets). */
    private Splits mapSplits(DatabaseSettings settings, Splits split, String target) {
        if (!settings.has("mapping")) {
            return split;
        }
        Splits mapped = new Splits(map(settings, split.train(), target),
                map(settings, split.dev(), target), map(settings, split.test(), target));
        DATASET.debug("{}: mapping dropped {} samples whose label it does not name",
                settings.name(), split.all().size() - mapped.all().size());
        return mapped;
    }

    private List<Sample> map(DatabaseSettings settings, List<Sample> samples, String target) {
        var dict = settings.dict("mapping", "a dict {'source': 'target'}, keys may be "
                + "comma lists: {'anger, fear': 'negative'}");
        if (dict.isEmpty()) {
            return samples;
        }
        LabelMapping mapping = new LabelMapping(dict.get(), settings.key("mapping"));
        List<Sample> out = new ArrayList<>();
        for (Sample s : samples) {
            String mapped = mapping.apply(s.get(target));
            if (mapped != null) {
                out.add(s.with(target, mapped));
            }
        }
        return out;
    }

    private List<String> labels(Splits split, String target) {
        if (task != Task.CLASSIFICATION) {
            return null;
        }
        if (data.has("labels")) {
            List<String> labels = data.getNames("labels", List.of());
            LOG.debug("Labels (from config): {}", labels);
            return labels;
        }
        Set<String> found = new TreeSet<>();
        split.all().forEach(s -> found.add(s.get(target)));
        LOG.debug("Labels (from database): {}", found);
        return new ArrayList<>(found);
    }

    private Splits selectLabels(Splits all, List<String> labels, String target) {
        Set<String> keep = new LinkedHashSet<>(labels);
        return new Splits(keepLabels(all.train(), keep, target),
                keepLabels(all.dev(), keep, target), keepLabels(all.test(), keep, target));
    }

    private static List<Sample> keepLabels(List<Sample> samples, Set<String> keep,
            String target) {
        return samples.stream().filter(s -> keep.contains(s.get(target))).toList();
    }

    private void requireParts(Splits all) {
        if (all.all().isEmpty()) {
            throw new UserException("datasplitter", "no samples left after loading, label "
                    + "selection and filters; check [DATA] labels, mapping and filter");
        }
        if (all.train().isEmpty()) {
            throw new UserException("datasplitter", "the split leaves the training set empty "
                    + "(" + all.test().size() + " test samples); check [DATA] split_strategy");
        }
        if (all.test().isEmpty()) {
            throw new UserException("datasplitter", "the split leaves the test set empty ("
                    + all.train().size() + " train samples); check [DATA] split_strategy");
        }
        if (threeWay && all.dev().isEmpty()) {
            throw new UserException("datasplitter", "[EXP] traindevtest is set but the split "
                    + "gives no dev samples; check [DATA] split_strategy");
        }
    }

    private List<String> encode(Splits splits, String target) {
        Set<String> train = new TreeSet<>();
        splits.train().forEach(s -> train.add(s.get(target)));
        Set<String> unseen = new TreeSet<>();
        for (Sample s : splits.dev()) {
            if (!train.contains(s.get(target))) {
                unseen.add(s.get(target));
            }
        }
        for (Sample s : splits.test()) {
            if (!train.contains(s.get(target))) {
                unseen.add(s.get(target));
            }
        }
        Set<String> all = new TreeSet<>(train);
        all.addAll(unseen);
        boolean numeric = all.stream().allMatch(v -> v.matches("-?[0-9]+(\\.[0-9]*)?"));
        // decisions.md, Configuration: a classifier on a numeric target fails with a hint
        String hint = "; for a numeric target use [EXP] type = regression and a regression "
                + "model ([MODEL] type = mlp_reg instead of mlp)";
        if (numeric && all.size() > 10) {
            throw new UserException("datasplitter", "the target '" + target + "' is numeric "
                    + "with " + all.size() + " values, but [EXP] type is classification"
                    + hint);
        }
        if (!unseen.isEmpty()) {
            throw new UserException("datasplitter", "Test set contains labels not seen in "
                    + "training: " + unseen + " (training labels: " + train + ")"
                    + (numeric ? hint : ""));
        }
        if (train.size() < 2) {
            throw new UserException("datasplitter", "the training set has only the label(s) "
                    + train + "; classification needs at least two");
        }
        return new ArrayList<>(train);
    }

    private void checkNumeric(Splits splits, String target) {
        for (Sample s : splits.all()) {
            try {
                Double.parseDouble(s.get(target));
            } catch (NumberFormatException | NullPointerException e) {
                throw new UserException("datasplitter", "[EXP] type = regression needs a "
                        + "numeric target, but '" + target + "' of " + s.file() + " is '"
                        + s.get(target) + "'");
            }
        }
    }

    private void logSplit(Splits splits, String target) {
        if (task == Task.CLASSIFICATION) {
            LOG.debug("Categories train: {}", counts(splits.train(), target));
            if (threeWay) {
                LOG.debug("Categories dev: {}", counts(splits.dev(), target));
            }
            LOG.debug("Categories test: {}", counts(splits.test(), target));
        }
        LOG.debug("{} speakers in test and {} speakers in train", speakers(splits.test()).size(),
                speakers(splits.train()).size());
        LOG.debug("train shape: {}, {}test shape: {}", splits.train().size(),
                threeWay ? "dev shape: " + splits.dev().size() + ", " : "",
                splits.test().size());
    }

    private static Map<String, Integer> counts(List<Sample> samples, String target) {
        Map<String, Integer> out = new TreeMap<>();
        samples.forEach(s -> out.merge(s.get(target), 1, Integer::sum));
        return out;
    }

    private static Set<String> speakers(List<Sample> samples) {
        Set<String> out = new TreeSet<>();
        samples.forEach(s -> {
            if (s.speaker() != null) {
                out.add(s.speaker());
            }
        });
        return out;
    }

    private void writeCache(Splits splits) {
        try {
            AtomicFiles.writeString(storeDir.resolve(SETTINGS_FILE), splitSettings());
            writeCache(storeDir.resolve("traindf.csv"), splits.train());
            writeCache(storeDir.resolve("testdf.csv"), splits.test());
            if (threeWay) {
                writeCache(storeDir.resolve("devdf.csv"), splits.dev());
            }
        } catch (IOException e) {
            throw new UserException("datasplitter", "cannot write the split to " + storeDir
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Everything the split depends on, as text: the [DATA] section (with the per-database
     * keys), the seed and the mode. Stored beside the split, so that changed settings split
     * again instead of silently reusing an old split.
     */
    private String splitSettings() {
        StringBuilder text = new StringBuilder();
        config.sections().getOrDefault("DATA", Map.of()).forEach((k, v) -> {
            if (!k.equals("no_reuse") && !k.equals("tests")) {
                text.append(k).append(" = ").append(v).append('\n');
            }
        });
        text.append("random_seed = ").append(seed).append('\n');
        text.append("traindevtest = ").append(threeWay).append('\n');
        text.append("task = ").append(task).append('\n');
        return text.toString();
    }

    private String storedSplitSettings() {
        try {
            return Files.readString(storeDir.resolve(SETTINGS_FILE));
        } catch (IOException e) {
            return splitSettings();
        }
    }

    private static void writeCache(Path file, List<Sample> samples) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        samples.forEach(s -> columns.addAll(s.values().keySet()));
        List<String> header = new ArrayList<>(FIXED);
        header.addAll(columns);
        List<Object[]> rows = new ArrayList<>();
        for (Sample s : samples) {
            Object[] row = new Object[header.size()];
            row[0] = s.db();
            row[1] = s.file();
            row[2] = s.relPath();
            row[3] = s.startSeconds();
            row[4] = s.endSeconds();
            int i = FIXED.size();
            for (String c : columns) {
                row[i++] = s.get(c);
            }
            rows.add(row);
        }
        Csv.write(file, header, rows);
    }

    private static List<Sample> readCache(Path file) {
        Csv csv = Csv.read(file);
        if (!csv.header().subList(0, Math.min(FIXED.size(), csv.header().size()))
                .equals(FIXED)) {
            throw new UserException("datasplitter", file + ": not a split cache of this "
                    + "version; delete it or set [DATA] no_reuse = True");
        }
        List<Sample> out = new ArrayList<>();
        for (String[] row : csv.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = FIXED.size(); i < row.length; i++) {
                if (row[i] != null && !row[i].isEmpty()) {
                    values.put(csv.header().get(i), row[i]);
                }
            }
            double end = row[4] == null || row[4].isEmpty() ? Double.NaN
                    : Double.parseDouble(row[4]);
            out.add(new Sample(row[0], row[1], row[2], Double.parseDouble(row[3]), end,
                    values));
        }
        return out;
    }

    /** Shuffles with the experiment seed; used by the sample-limit filters. */
    static <T> List<T> shuffled(List<T> items, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
