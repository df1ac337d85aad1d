package org.nkululeko.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nkululeko.core.config.ExperimentConfig;
import org.nkululeko.core.config.Section;

/**
 * nkululeko's experiment name, which every result file is named after:
 * {@code <db1>-<db2>_<target>_<model type>_<feature types>[_<layers>]} plus
 * {@code _<key>-<value>} for each option set, with layer sizes in the order written and no
 * spaces, brackets, commas or dots in the result (decisions.md, Output).
 */
public final class ExperimentName {

    private static final Set<String> ANN = Set.of("mlp", "mlp_reg", "cnn");

    private ExperimentName() {
    }

    /**
     * @param config the experiment configuration
     * @return the experiment name
     */
    public static String of(ExperimentConfig config) {
        Section data = config.section("DATA");
        Section model = config.section("MODEL");
        Section feats = config.section("FEATS");
        String type = model.getString("type", "");
        StringBuilder name = new StringBuilder(String.join("-", config.databases()));
        name.append('_').append(data.getString("target", "none")).append('_').append(type);
        name.append('_').append(String.join("-", feats.getNames("type", List.of("os"))));
        if (ANN.contains(type)) {
            layerSizes(model).ifPresent(l -> name.append('_').append(l));
        }
        option(name, model, "C_val", Set.of("svm", "svr").contains(type));
        option(name, model, "kernel", Set.of("svm", "svr").contains(type));
        option(name, model, "drop", ANN.contains(type));
        option(name, model, "activation", ANN.contains(type));
        option(name, model, "class_weight", true);
        option(name, model, "loss", ANN.contains(type));
        option(name, model, "learning_rate", ANN.contains(type) || type.startsWith("xg"));
        option(name, model, "optimizer", ANN.contains(type));
        option(name, feats, "balancing", true);
        option(name, feats, "scale", true);
        option(name, feats, "set", true);
        String result = name.toString().replace("__", "_");
        return result.length() > 240 ? result.substring(0, 240) : result;
    }

    private static java.util.Optional<String> layerSizes(Section model) {
        Object layers = model.literal("layers").orElse(null);
        List<String> sizes = new ArrayList<>();
        if (layers instanceof List<?> list) {
            list.forEach(v -> sizes.add(String.valueOf(v)));
        } else if (layers instanceof Map<?, ?> map) {
            map.values().forEach(v -> sizes.add(String.valueOf(v)));
        }
        return sizes.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(String.join("-", sizes));
    }

    private static void option(StringBuilder name, Section section, String key, boolean used) {
        if (!used || !section.has(key)) {
            return;
        }
        String value = section.getString(key, "");
        value = value.replaceAll("^\\.+|\\.+$", "");
        name.append('_').append(key).append('-').append(safe(value));
    }

    /**
     * @param value an option value
     * @return it with dots as dashes and without spaces, brackets, quotes or commas:
     *     {@code [0.2, 0.1]} becomes {@code 0-2-0-1}
     */
    static String safe(String value) {
        return value.replace('.', '-').replaceAll("[\\[\\]{}()'\"\\s]", "")
                .replace(',', '-').replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }
}
