package org.nkululeko.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.audio.WavReader;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.data.Sample;
import org.nkululeko.core.feats.FeaturePipeline;
import org.nkululeko.core.feats.FeatureTable;
import org.nkululeko.core.io.AtomicFiles;
import org.nkululeko.core.plugin.PluginRegistry;

/**
 * Uses a saved model on new samples: extracts the features the model was trained on (same
 * types and parameters), replaces undefined values and scales as in training, then predicts.
 */
public final class Predictor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("predict");

    /**
     * One prediction.
     *
     * @param file the audio file
     * @param label the predicted class, or the predicted value as text for regression; empty
     *     when the audio could not be read
     * @param code the predicted class code, or -1 for regression
     * @param scores class probabilities in class-code order, or the one predicted value
     */
    public record Prediction(String file, String label, int code, double[] scores) {
    }

    private final ModelBundle.Loaded loaded;
    private final ExperimentConfig config;
    private final PluginRegistry registry;

    /**
     * @param bundleDir a saved model folder
     * @param registry where feature and model types are found
     * @throws UserException if the bundle is missing or was changed after saving
     */
    public Predictor(Path bundleDir, PluginRegistry registry) {
        this.loaded = ModelBundle.load(bundleDir, registry);
        this.config = loaded.bundle().experimentConfig(bundleDir);
        this.registry = registry;
    }

    /** @return the loaded bundle */
    public ModelBundle bundle() {
        return loaded.bundle();
    }

    /**
     * @param samples the samples to predict (whole files or segments)
     * @param storeDir where extracted features are stored and reused, or null for none
     * @param db a name for the store files
     * @return one prediction per sample, in order
     */
    public List<Prediction> predict(List<Sample> samples, Path storeDir, String db) {
        List<Sample> readable = samples.stream().filter(Predictor::readable).toList();
        Map<String, Prediction> byKey = new java.util.HashMap<>();
        if (!readable.isEmpty()) {
            List<Prediction> found = predictReadable(readable, storeDir, db);
            for (int i = 0; i < readable.size(); i++) {
                byKey.put(readable.get(i).key(), found.get(i));
            }
        }
        List<Prediction> out = new ArrayList<>();
        for (Sample s : samples) {
            out.add(byKey.getOrDefault(s.key(), new Prediction(s.file(), "", -1,
                    new double[0])));
        }
        return out;
    }

    /**
     * Like {@link #predict} for samples whose audio is known to be readable (a database loaded
     * by the data splitter, which drops unreadable audio already).
     */
    List<Prediction> predictReadable(List<Sample> samples, Path storeDir, String db) {
        Section feats = config.section("FEATS");
        if (feats.getNames("type", List.of("os")).contains("import")) {
            throw new UserException("predict", "the model was trained on imported features "
                    + "([FEATS] type = import), which cannot be computed for new audio");
        }
        FeatureTable table = features(feats, samples, storeDir, db);
        List<String> columns = loaded.bundle().columns();
        int[] index = columns.stream().mapToInt(table.columns()::indexOf).toArray();
        double[][] x = new double[samples.size()][columns.size()];
        for (int i = 0; i < x.length; i++) {
            double[] row = table.rows().get(samples.get(i).key());
            for (int j = 0; j < index.length; j++) {
                x[i][j] = index[j] < 0 ? Double.NaN : row[index[j]];
            }
        }
        boolean classify = loaded.bundle().task() == Task.CLASSIFICATION;
        double[][] prepared = loaded.prepare(x);
        double[][] scores = loaded.estimator().predict(prepared);
        int[] codes = classify ? loaded.estimator().predictClasses(prepared) : null;
        List<Prediction> out = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            String label = classify ? loaded.bundle().classNames().get(codes[i])
                    : Double.toString(scores[i][0]);
            out.add(new Prediction(samples.get(i).file(), label, classify ? codes[i] : -1,
                    scores[i]));
        }
        return out;
    }

    /** Audio that cannot be read gets no prediction, and a warning naming it. */
    private static boolean readable(Sample s) {
        try {
            WavReader.read(Path.of(s.file()), s.startSeconds(), s.endSeconds());
            return true;
        } catch (IOException e) {
            LOG.warn("cannot read {}, no prediction: {}", s.file(), e.getMessage());
            return false;
        }
    }

    private FeatureTable features(Section feats, List<Sample> samples, Path storeDir,
            String db) {
        try {
            Path dir = storeDir != null ? storeDir : Files.createTempDirectory("nk-predict");
            FeatureTable table = new FeaturePipeline(feats, registry, dir).features(db, samples);
            if (storeDir == null) {
                AtomicFiles.deleteTree(dir);
            }
            return table;
        } catch (IOException e) {
            throw new UserException("predict", "cannot extract features: " + e.getMessage(), e);
        }
    }

    /**
     * @param files audio files
     * @return samples for them, named as given
     */
    public static List<Sample> samples(List<Path> files) {
        return files.stream().map(f -> new Sample("predict", f.toString(), f.toString(), 0,
                Double.NaN, Map.of())).toList();
    }
}
