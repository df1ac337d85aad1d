package org.nkululeko.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkululeko.api.Estimator;
import org.nkululeko.api.Model;
import org.nkululeko.api.ModelSpec;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.feats.NanStrategy;
import org.nkululeko.core.feats.Scaler;
import org.nkululeko.core.io.AtomicFiles;
import org.nkululeko.core.plugin.PluginRegistry;

/**
 * A trained model with everything needed to use it on new audio: the model type and its
 * saved estimator, the resolved configuration (feature types and their parameters), the feature
 * columns, the NaN replacements and the fitted scaler, and the label encoder's class names.
 *
 * <p>On disk a bundle is a folder with {@code model.bin} (the estimator), {@code bundle.json}
 * (the rest) and {@code checksums.sha256}; loading verifies both checksums and refuses a bundle
 * whose files were changed after saving.
 *
 * @param modelType the {@code [MODEL] type}
 * @param task classification or regression
 * @param classNames class names in code order; empty for regression
 * @param columns the feature columns the estimator reads
 * @param rowShape the row shape for matrix features, or null
 * @param nanFill per column the replacement of undefined values
 * @param scalerKind the fitted scaler's name, or null when none applies
 * @param centre the scaler's centres, or null
 * @param scale the scaler's scales, or null
 * @param config the resolved configuration: section to (key to raw value)
 * @param seed the run's seed
 * @param epochs {@code [EXP] epochs}
 * @param run the run the model comes from
 * @param epoch the epoch the model comes from
 * @param result the model's result (UAR or the regression measure)
 */
public record ModelBundle(String modelType, Task task, List<String> classNames,
        List<String> columns, int[] rowShape, double[] nanFill, String scalerKind,
        double[] centre, double[] scale, Map<String, Map<String, String>> config, long seed,
        int epochs, int run, int epoch, double result) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final String MODEL_FILE = "model.bin";
    private static final String BUNDLE_FILE = "bundle.json";
    private static final String CHECKSUMS = "checksums.sha256";

    /** A bundle ready to predict. */
    public record Loaded(ModelBundle bundle, Estimator estimator) {

        /**
         * Replaces undefined values and scales as in training.
         *
         * @param raw feature rows as extracted; modified in place
         * @return {@code raw}, ready for the estimator
         * @throws UserException for a model scaled per speaker
         */
        public double[][] prepare(double[][] raw) {
            if ("speaker".equals(bundle.scalerKind())) {
                throw new UserException("predict", "the model was trained with [FEATS] scale "
                        + "= speaker, which scales each speaker by its own statistics; it "
                        + "cannot be applied to new files (train with another scaler)");
            }
            NanStrategy.replace(raw, bundle.nanFill());
            if (bundle.scalerKind() != null) {
                new Scaler.Fitted(bundle.scalerKind(), bundle.centre(), bundle.scale())
                        .transform(raw);
            }
            return raw;
        }
    }

    /**
     * Writes a bundle folder whole: into a temporary sibling first, then moved in place.
     *
     * @param dir the bundle folder to create or replace
     * @param estimatorFile the file {@link Estimator#save} wrote; moved into the bundle
     * @throws IOException if writing fails
     */
    public void write(Path dir, Path estimatorFile) throws IOException {
        Path tmp = dir.resolveSibling(dir.getFileName() + ".part");
        AtomicFiles.deleteTree(tmp);
        Files.createDirectories(tmp);
        Files.copy(estimatorFile, tmp.resolve(MODEL_FILE), StandardCopyOption.REPLACE_EXISTING);
        byte[] json = JSON.writeValueAsBytes(this);
        AtomicFiles.write(tmp.resolve(BUNDLE_FILE), json);
        String sums = sha256(Files.readAllBytes(tmp.resolve(MODEL_FILE))) + "  " + MODEL_FILE
                + "\n" + sha256(json) + "  " + BUNDLE_FILE + "\n";
        AtomicFiles.writeString(tmp.resolve(CHECKSUMS), sums);
        AtomicFiles.deleteTree(dir);
        Files.move(tmp, dir);
    }

    /**
     * Reads and verifies a bundle, then restores its estimator.
     *
     * @param dir the bundle folder
     * @param registry where the model type is found
     * @return the bundle and its estimator
     * @throws UserException if a file is missing or its checksum does not match
     */
    public static Loaded load(Path dir, PluginRegistry registry) {
        try {
            Map<String, String> sums = new LinkedHashMap<>();
            for (String line : Files.readAllLines(dir.resolve(CHECKSUMS))) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    sums.put(parts[1], parts[0]);
                }
            }
            for (String file : List.of(MODEL_FILE, BUNDLE_FILE)) {
                String actual = sha256(Files.readAllBytes(dir.resolve(file)));
                if (!actual.equals(sums.get(file))) {
                    throw new UserException("predict", dir.resolve(file) + " was changed after "
                            + "it was saved (checksum mismatch); refusing to use it, train "
                            + "the experiment again");
                }
            }
            ModelBundle bundle = JSON.readValue(dir.resolve(BUNDLE_FILE).toFile(),
                    ModelBundle.class);
            Model model = registry.model(bundle.modelType());
            return new Loaded(bundle, model.load(dir.resolve(MODEL_FILE),
                    bundle.spec(dir, registry)));
        } catch (NoSuchFileException e) {
            throw new UserException("predict", "no saved model at " + dir + " (missing "
                    + e.getFile() + "); run the experiment first with [EXP] save = True", e);
        } catch (IOException e) {
            throw new UserException("predict", "cannot read the saved model " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return the configuration this bundle was trained with */
    public ExperimentConfig experimentConfig(Path dir) {
        return ExperimentConfig.of(dir.resolve(BUNDLE_FILE), config);
    }

    private ModelSpec spec(Path dir, PluginRegistry registry) {
        Section model = experimentConfig(dir).section("MODEL");
        return new ModelSpec(model, task, classNames, columns.size(), rowShape, seed, epochs,
                registry::activation);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
