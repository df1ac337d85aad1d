package org.nkululeko.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.nkululeko.api.UserException;

/**
 * Splits one database by {@code [DATA] <db>.split_strategy}: {@code speaker_split} (default),
 * {@code random}, {@code specified}, {@code database}, {@code train}, {@code test},
 * {@code dev}, {@code speakers_stated}, or a list of test speakers. Random strategies are
 * seeded. In three-way mode ({@code [EXP] traindevtest}) each strategy defines train, dev and
 * test or fails with a message saying what is missing.
 */
public final class SplitStrategy {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("dataset");

    private final DatabaseSettings settings;
    private final String target;
    private final boolean threeWay;
    private final long seed;

    /**
     * @param settings the database's settings
     * @param target the target column
     * @param threeWay true for train/dev/test
     * @param seed {@code [EXP] random_seed}
     */
    public SplitStrategy(DatabaseSettings settings, String target, boolean threeWay, long seed) {
        this.settings = settings;
        this.target = target;
        this.threeWay = threeWay;
        this.seed = seed;
    }

    /**
     * @param db the loaded database
     * @return its splits
     * @throws UserException for an unknown or unusable strategy
     */
    public Splits split(LoadedDatabase db) {
        String key = settings.key("split_strategy");
        Object strategy = settings.literal("split_strategy").orElse("speaker_split");
        if (strategy instanceof List<?> speakers) {
            if (threeWay) {
                throw new UserException("dataset", "[DATA] " + key + ": a list of test "
                        + "speakers gives no dev set with [EXP] traindevtest; use "
                        + "speakers_stated with " + settings.key("test") + " and "
                        + settings.key("dev"));
            }
            Set<String> test = names(speakers);
            warnUnknownSpeakers(db.samples(), test, key);
            return bySpeakers(db.samples(), test, Set.of());
        }
        String name = String.valueOf(strategy);
        switch (name) {
            case "speaker_split":
                return speakerSplit(db.samples());
            case "random":
                return randomSplit(db.samples());
            case "specified":
                return specified(db, "train_tables", "test_tables", "dev_tables");
            case "database":
                return byTables(db, List.of(target + ".train"), List.of(target + ".test"),
                        List.of(target + ".dev"));
            case "train":
                return new Splits(db.samples(), List.of(), List.of());
            case "test":
                return new Splits(List.of(), List.of(), db.samples());
            case "dev":
                if (!threeWay) {
                    throw new UserException("dataset", "[DATA] " + key + " = dev puts every "
                            + "sample in a dev set, which only [EXP] traindevtest = True uses");
                }
                return new Splits(List.of(), db.samples(), List.of());
            case "speakers_stated":
                return speakersStated(db.samples());
            case "balanced":
                throw new UserException("dataset", settings.data().file() + ": [DATA] " + key
                        + " = balanced is not "
                        + "offered in this version (it needs an unspecified optimiser); use "
                        + "speaker_split");
            default:
                throw new UserException("dataset", settings.data().file() + ": unknown split "
                        + "strategy: " + name + " ([DATA] " + key + "; available: "
                        + "speaker_split, random, specified, "
                        + "database, train, test, dev, speakers_stated, or a list of test "
                        + "speakers)");
        }
    }

    private Splits speakerSplit(List<Sample> samples) {
        Set<String> speakers = new TreeSet<>();
        for (Sample s : samples) {
            if (s.speaker() == null) {
                throw new UserException("dataset", settings.name() + ": speaker_split needs "
                        + "a speaker for every sample; " + s.file() + " has none (choose "
                        + "another [DATA] " + settings.key("split_strategy") + ")");
            }
            speakers.add(normalise(s.speaker()));
        }
        List<String> order = new ArrayList<>(speakers);
        Collections.shuffle(order, new Random(seed));
        int nTest = (int) (order.size() * testSize() / 100);
        int nDev = threeWay ? (int) (order.size() * devSize() / 100) : 0;
        requireParts(nTest, nDev, order.size(), "speakers");
        Set<String> test = new HashSet<>(order.subList(0, nTest));
        Set<String> dev = new HashSet<>(order.subList(nTest, nTest + nDev));
        return bySpeakers(samples, test, dev);
    }

    private Splits randomSplit(List<Sample> samples) {
        List<Sample> order = new ArrayList<>(samples);
        Collections.shuffle(order, new Random(seed));
        int nTest = (int) (order.size() * testSize() / 100);
        int nDev = threeWay ? (int) (order.size() * devSize() / 100) : 0;
        requireParts(nTest, nDev, order.size(), "samples");
        return new Splits(order.subList(nTest + nDev, order.size()),
                order.subList(nTest, nTest + nDev), order.subList(0, nTest));
    }

    private void requireParts(int nTest, int nDev, int n, String what) {
        if (nTest == 0 || (threeWay && nDev == 0) || nTest + nDev >= n) {
            throw new UserException("dataset", settings.name() + ": " + n + " " + what
                    + " with test_size " + testSize() + (threeWay ? " and dev_size "
                    + devSize() : "") + " % leave a split empty; change [DATA] "
                    + settings.key("test_size"));
        }
    }

    private double testSize() {
        return percent("test_size");
    }

    private double devSize() {
        return percent("dev_size");
    }

    private double percent(String key) {
        double v = settings.getDouble(key, 20);
        if (!(v > 0 && v < 100)) {
            throw settings.data().invalid(settings.key(key), "a percentage between 0 and 100");
        }
        return v;
    }

    private Splits speakersStated(List<Sample> samples) {
        Set<String> test = names(settings.getNames("test"));
        Set<String> dev = names(settings.getNames("dev"));
        if (test.isEmpty()) {
            throw new UserException("dataset", "speakers_stated needs [DATA] "
                    + settings.key("test") + " = [speakers]");
        }
        if (threeWay && dev.isEmpty()) {
            throw new UserException("dataset", "speakers_stated with [EXP] traindevtest "
                    + "needs [DATA] " + settings.key("dev") + " = [speakers]");
        }
        Set<String> train = names(settings.getNames("train"));
        warnUnknownSpeakers(samples, test, settings.key("test"));
        warnUnknownSpeakers(samples, dev, settings.key("dev"));
        warnUnknownSpeakers(samples, train, settings.key("train"));
        Splits split = bySpeakers(samples, test, dev);
        if (train.isEmpty()) {
            return split;
        }
        return new Splits(split.train().stream().filter(s -> s.speaker() != null
                && train.contains(normalise(s.speaker()))).toList(), split.dev(), split.test());
    }

    private Splits bySpeakers(List<Sample> samples, Set<String> test, Set<String> dev) {
        List<Sample> tr = new ArrayList<>();
        List<Sample> dv = new ArrayList<>();
        List<Sample> te = new ArrayList<>();
        for (Sample s : samples) {
            String speaker = s.speaker() == null ? null : normalise(s.speaker());
            (test.contains(speaker) ? te : dev.contains(speaker) ? dv : tr).add(s);
        }
        return new Splits(tr, dv, te);
    }

    private Splits specified(LoadedDatabase db, String trainKey, String testKey, String devKey) {
        List<String> train = settings.getNames(trainKey);
        List<String> test = settings.getNames(testKey);
        List<String> dev = settings.getNames(devKey);
        if (train.isEmpty() || test.isEmpty() || (threeWay && dev.isEmpty())) {
            throw new UserException("dataset", "split_strategy specified needs [DATA] "
                    + settings.key(trainKey) + " and " + settings.key(testKey)
                    + (threeWay ? " and " + settings.key(devKey) : ""));
        }
        return byTables(db, train, test, threeWay ? dev : List.of());
    }

    private Splits byTables(LoadedDatabase db, List<String> train, List<String> test,
            List<String> dev) {
        if (db.tables().isEmpty()) {
            throw new UserException("dataset", settings.name() + ": split strategies by "
                    + "table need an audformat database");
        }
        return new Splits(inTables(db, train), threeWay ? inTables(db, dev) : List.of(),
                inTables(db, test));
    }

    private List<Sample> inTables(LoadedDatabase db, List<String> tableIds) {
        List<Sample> out = new ArrayList<>();
        for (String id : tableIds) {
            Map<String, String> table = db.tables().get(id);
            if (table == null) {
                throw new UserException("dataset", settings.name() + ": no table '" + id
                        + "' (tables: " + String.join(", ", db.tables().keySet()) + ")");
            }
            for (Sample s : db.samples()) {
                String value = table.get(s.key());
                if (table.containsKey(s.key()) && value != null && !value.isBlank()) {
                    out.add(s.with(target, value.trim()));
                }
            }
        }
        return out;
    }

    private static Set<String> names(List<?> values) {
        Set<String> out = new LinkedHashSet<>();
        for (Object v : values) {
            out.add(normalise(String.valueOf(v)));
        }
        return out;
    }

    /** Speaker ids compare as text, with {@code 12.0} the same as {@code 12}. */
    static String normalise(String speaker) {
        String s = speaker.trim();
        s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        return s.matches("0+\\d+") ? s.replaceFirst("^0+(?=\\d)", "") : s;
    }

    /** Names listed speakers the database does not have, which would silently do nothing. */
    private void warnUnknownSpeakers(List<Sample> samples, Set<String> listed, String key) {
        Set<String> known = new HashSet<>();
        samples.forEach(s -> known.add(s.speaker() == null ? null : normalise(s.speaker())));
        Set<String> unknown = new TreeSet<>(listed);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            LOG.warn("[DATA] {}: the database {} has no speaker(s) {}", key, settings.name(),
                    unknown);
        }
    }
}
