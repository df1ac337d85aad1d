package org.nkululeko.core.plugin;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import org.nkululeko.api.Activation;
import org.nkululeko.api.FeatureExtractor;
import org.nkululeko.api.Model;
import org.nkululeko.api.UserException;

/**
 * Every {@link FeatureExtractor}, {@link Model} and {@link Activation} that
 * {@link ServiceLoader} finds on a class loader, by INI name.
 *
 * <p>Two providers of one kind under the same name are an error naming both classes. Looking up
 * an unknown name is a {@link UserException} naming the INI key and listing the names there are.
 */
public final class PluginRegistry {

    /** The feature type the pipeline itself provides: features read from CSV files. */
    public static final String IMPORT = "import";

    /** One provider as {@code nkululeko plugins} lists it. */
    public record Entry(String kind, String name, String className, String jar, String version) {
    }

    private final Map<String, FeatureExtractor> extractors;
    private final Map<String, Model> models;
    private final Map<String, Activation> activations;

    private PluginRegistry(ClassLoader loader) {
        extractors = load(FeatureExtractor.class, FeatureExtractor::name, loader);
        models = load(Model.class, Model::name, loader);
        activations = load(Activation.class, Activation::name, loader);
    }

    /**
     * @param loader the class loader to search (the application's, or one over plugin jars)
     * @return the registry of everything found
     * @throws UserException if two providers of one kind share a name
     */
    public static PluginRegistry load(ClassLoader loader) {
        return new PluginRegistry(loader);
    }

    /** @return the registry over this class's own class loader */
    public static PluginRegistry system() {
        return load(PluginRegistry.class.getClassLoader());
    }

    /**
     * @param name a {@code [FEATS] type} value
     * @return the extractor
     * @throws UserException naming {@code [FEATS] type} and the available names
     */
    public FeatureExtractor extractor(String name) {
        if (!extractors.containsKey(name.trim().toLowerCase(Locale.ROOT))) {
            throw new UserException("plugins", "unknown feature type: " + name + " ([FEATS] "
                    + "type; available: " + String.join(", ", extractorNames()) + ")");
        }
        return extractors.get(name.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * @param name a {@code [MODEL] type} value
     * @return the model type
     * @throws UserException naming {@code [MODEL] type} and the available names
     */
    public Model model(String name) {
        return find(models, name, "unknown model type", "[MODEL] type");
    }

    /**
     * @param name a {@code [MODEL] activation} value
     * @return the activation
     * @throws UserException naming {@code [MODEL] activation} and the available names
     */
    public Activation activation(String name) {
        return find(activations, name, "unknown activation function", "[MODEL] activation");
    }

    /**
     * Runs a look-up whose name comes from a config file, so that an unknown name is reported
     * with the file: {@code exp.ini: unknown model type: svmx ([MODEL] type; available: ...)}.
     *
     * @param file the config file
     * @param lookup e.g. {@code () -> registry.model(name)}
     * @param <T> the provider type
     * @return what the look-up returns
     * @throws UserException the look-up's error, prefixed with the file
     */
    public static <T> T inFile(Path file, java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (UserException e) {
            throw new UserException(e.caller(), file + ": " + e.getMessage(), e);
        }
    }

    /** @return the feature type names, sorted */
    public List<String> extractorNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(extractors.keySet());
        names.add(IMPORT);
        return List.copyOf(names);
    }

    /** @return the model type names, sorted */
    public List<String> modelNames() {
        return List.copyOf(models.keySet());
    }

    /** @return the activation names, sorted */
    public List<String> activationNames() {
        return List.copyOf(activations.keySet());
    }

    /** @return every provider: kind, INI name, class, jar and version */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        Entry core = entry("feature", IMPORT, this);
        out.add(new Entry("feature", IMPORT, "org.nkululeko.core.feats.ImportFeatures",
                core.jar(), core.version()));
        extractors.forEach((n, p) -> out.add(entry("feature", n, p)));
        models.forEach((n, p) -> out.add(entry("model", n, p)));
        activations.forEach((n, p) -> out.add(entry("activation", n, p)));
        return Collections.unmodifiableList(out);
    }

    private static Entry entry(String kind, String name, Object provider) {
        Class<?> type = provider.getClass();
        String version = type.getPackage() == null ? null
                : type.getPackage().getImplementationVersion();
        return new Entry(kind, name, type.getName(), jarOf(type), version == null ? "-" : version);
    }

    private static String jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "-";
        }
        try {
            return Path.of(source.getLocation().toURI()).getFileName().toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }

    private static <T> Map<String, T> load(Class<T> type, Function<T, String> nameOf,
            ClassLoader loader) {
        Map<String, T> found = new TreeMap<>();
        for (T provider : ServiceLoader.load(type, loader)) {
            String name = nameOf.apply(provider).toLowerCase(Locale.ROOT);
            T other = found.putIfAbsent(name, provider);
            if (other != null && !other.getClass().equals(provider.getClass())) {
                throw new UserException("plugins", "two " + type.getSimpleName()
                        + " plugins are named '" + name + "': " + other.getClass().getName()
                        + " and " + provider.getClass().getName());
            }
        }
        return Collections.unmodifiableMap(found);
    }

    private static <T> T find(Map<String, T> map, String name, String what, String key) {
        T found = map.get(name.trim().toLowerCase(Locale.ROOT));
        if (found == null) {
            throw new UserException(key.startsWith("[MODEL] a") ? "model" : "plugins",
                    what + ": " + name + " (" + key + "; available: "
                    + String.join(", ", map.keySet()) + ")");
        }
        return found;
    }
}
