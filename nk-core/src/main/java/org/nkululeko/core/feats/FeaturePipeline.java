package org.nkululeko.core.feats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nkululeko.api.Audio;
import org.nkululeko.api.FeatureExtractor;
import org.nkululeko.api.UserException;
import org.nkululeko.core.audio.Resampler;
import org.nkululeko.core.audio.WavReader;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.data.Sample;
import org.nkululeko.core.plugin.PluginRegistry;
import org.nkululeko.core.util.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts, stores and reuses the features of {@code [FEATS] type} for the samples of each
 * database, joining several types column-wise in the order given.
 *
 * <p>Each type's values of a database are stored as
 * {@code store/<db>_<type>_<cacheTag>_all.<ext>}; the cache tag holds every parameter that
 * changes the values. A stored file is reused unless {@code [FEATS] no_reuse} (or
 * {@code needs_feature_extraction}) is set; samples it lacks are extracted and added. Files are
 * extracted in parallel ({@code [FEATS] n_jobs}, default all cores).
 */
public final class FeaturePipeline {

    private static final Logger LOG = LoggerFactory.getLogger("featureset");

    private final Section feats;
    private final PluginRegistry registry;
    private final Path storeDir;
    private final String extension;
    private int[] rowShape;

    /**
     * @param feats the {@code [FEATS]} section
     * @param registry where feature types are found
     * @param storeDir the experiment's {@code store/} folder
     */
    public FeaturePipeline(Section feats, PluginRegistry registry, Path storeDir) {
        this.feats = feats;
        this.registry = registry;
        this.storeDir = storeDir;
        String format = feats.getString("store_format", "pkl");
        if (!format.equals("pkl") && !format.equals("csv")) {
            throw feats.invalid("store_format", "pkl or csv");
        }
        this.extension = FeatureStore.extension(format);
    }

    /** @return {@code [FEATS] type}, default {@code os} */
    public List<String> types() {
        return feats.getNames("type", List.of("os"));
    }

    /** @return the row shape of matrix features (spectra), or null after {@link #features} */
    public int[] rowShape() {
        return rowShape;
    }

    /**
     * @param db a database name
     * @param samples its samples (train, dev and test)
     * @return their features, every type joined
     */
    public FeatureTable features(String db, List<Sample> samples) {
        List<FeatureTable> parts = new ArrayList<>();
        List<String> types = types();
        for (String type : types) {
            parts.add(type.equals("import") ? imported(db, samples)
                    : extracted(db, type, samples, types.size() == 1));
        }
        return FeatureTable.join(parts);
    }

    /** Imported features, stored like extracted ones so a rerun reads the store. */
    private FeatureTable imported(String db, List<Sample> samples) {
        String tag = String.join("-", feats.getNames("import_file", List.of()).stream()
                .map(f -> java.nio.file.Path.of(f).getFileName().toString()).toList());
        Path store = storeDir.resolve(safe(db + "_import_" + tag + "_all." + extension));
        boolean reuse = !feats.getBoolean("no_reuse", false) && Files.exists(store)
                && feats.getNames("import_file", List.of()).stream()
                        .allMatch(f -> olderThan(Path.of(f), store));
        if (reuse) {
            FeatureTable stored = FeatureStore.read(store);
            if (samples.stream().allMatch(s -> stored.rows().containsKey(s.key()))) {
                LOG.debug("reusing imported features: {}", store);
                Map<String, double[]> selected = new LinkedHashMap<>();
                samples.forEach(s -> selected.put(s.key(), stored.rows().get(s.key())));
                return new FeatureTable(stored.columns(), selected, null);
            }
        }
        FeatureTable table = new ImportFeatures(feats).load(samples);
        LOG.debug("imported {} features for {} samples of {}", table.columns().size(),
                samples.size(), db);
        write(store, table);
        return table;
    }

    private static boolean olderThan(Path source, Path store) {
        try {
            return Files.getLastModifiedTime(source).compareTo(
                    Files.getLastModifiedTime(store)) <= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private FeatureTable extracted(String db, String type, List<Sample> samples,
            boolean single) {
        FeatureExtractor.Extraction extraction = PluginRegistry.inFile(feats.file(),
                () -> registry.extractor(type)).configure(feats);
        if (single) {
            rowShape = extraction.rowShape();
        }
        Path store = storeDir.resolve(safe(db + "_" + type + "_" + extraction.cacheTag()
                + "_all." + extension));
        boolean reuse = !feats.getBoolean("no_reuse", false)
                && !feats.getBoolean("needs_feature_extraction", false) && Files.exists(store);
        Map<String, double[]> rows = new LinkedHashMap<>();
        if (reuse) {
            FeatureTable stored = FeatureStore.read(store);
            if (stored.columns().equals(extraction.columnNames())) {
                rows.putAll(stored.rows());
                LOG.debug("reusing extracted {} features: {}", type, store);
            }
        }
        List<Sample> missing = samples.stream().filter(s -> !rows.containsKey(s.key())).toList();
        if (!missing.isEmpty()) {
            LOG.debug("extracting {} features for {} samples of {}", type, missing.size(), db);
            double[][] values = extractAll(type, extraction, missing);
            for (int i = 0; i < missing.size(); i++) {
                rows.put(missing.get(i).key(), values[i]);
            }
            finishDataset(extraction, rows);
            FeatureTable table = new FeatureTable(extraction.columnNames(), rows,
                    extraction.rowShape());
            write(store, table);
        }
        Map<String, double[]> selected = new LinkedHashMap<>();
        samples.forEach(s -> selected.put(s.key(), rows.get(s.key())));
        return new FeatureTable(extraction.columnNames(), selected, extraction.rowShape());
    }

    private void finishDataset(FeatureExtractor.Extraction extraction,
            Map<String, double[]> rows) {
        double[][] all = rows.values().toArray(new double[0][]);
        extraction.finishDataset(all);
    }

    private void write(Path store, FeatureTable table) {
        try {
            FeatureStore.write(store, table);
        } catch (IOException e) {
            throw new UserException("featureset", "cannot write the feature store " + store
                    + ": " + e.getMessage(), e);
        }
    }

    private double[][] extractAll(String type, FeatureExtractor.Extraction extraction,
            List<Sample> samples) {
        int cores = Runtime.getRuntime().availableProcessors();
        int nJobs = feats.getInt("n_jobs", cores);
        int threads = nJobs < 1 ? cores : nJobs; // -1 means every core, as in joblib
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, samples.size()));
        try (Progress progress = Progress.start("extracting " + type, samples.size())) {
            List<Future<double[]>> futures = new ArrayList<>();
            for (Sample s : samples) {
                futures.add(pool.submit(() -> {
                    double[] row = extractOne(extraction, s);
                    progress.step();
                    return row;
                }));
            }
            double[][] out = new double[samples.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = futures.get(i).get();
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("featureset", "feature extraction interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UserException u) {
                throw u;
            }
            throw new UserException("featureset", "Feature extraction failed: "
                    + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] extractOne(FeatureExtractor.Extraction extraction, Sample s) {
        int n = extraction.columnNames().size();
        Audio audio;
        try {
            audio = WavReader.read(Path.of(s.file()), s.startSeconds(), s.endSeconds());
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}; its features are NaN", s.file(), e.getMessage());
            return nanRow(n);
        }
        int rate = extraction.requiredSampleRateHz();
        if (rate > 0 && rate != audio.sampleRateHz()) {
            double[][] channels = new double[audio.channels().length][];
            for (int c = 0; c < channels.length; c++) {
                channels[c] = Resampler.resample(audio.channels()[c], audio.sampleRateHz(), rate);
            }
            audio = new Audio(audio.name(), rate, Audio.Encoding.FLOAT, 64, channels);
        }
        double[][] rows = extraction.extract(audio);
        if (rows.length != 1) {
            throw new UserException("featureset", "the feature type gives " + rows.length
                    + " rows (frames) for " + s.file() + "; the experiment needs one row per "
                    + "file (use [FEATS] level = functionals)");
        }
        if (rows[0].length != n) {
            throw new IllegalStateException("extractor gave " + rows[0].length + " values for "
                    + n + " columns");
        }
        return rows[0];
    }

    private static double[] nanRow(int n) {
        double[] row = new double[n];
        java.util.Arrays.fill(row, Double.NaN);
        return row;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
