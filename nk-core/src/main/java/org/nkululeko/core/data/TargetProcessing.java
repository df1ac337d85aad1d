package org.nkululeko.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nkululeko.api.Task;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.Section;
import org.nkululeko.core.metrics.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The target and speaker keys of a database, applied after loading, as nkululeko applies them:
 * {@code <db>.rename_speakers} (prefix speaker ids with the database name),
 * {@code <db>.reverse} with {@code <db>.reverse.max} (target := |target - max|, max default the
 * database's maximum), {@code <db>.scale} (z-normalise a numeric target over the database),
 * {@code [DATA] target_divide_by}, and {@code [DATA] type = continuous}: a numeric target binned
 * into classes by {@code [DATA] bins} (edges; bin i gets {@code labels[i]}) or, without bins,
 * at the database's 33 % and 66 % quantiles into {@code 0_low, 1_middle, 2_high}.
 */
final class TargetProcessing {

    private static final Logger LOG = LoggerFactory.getLogger("dataset");

    private final Section data;
    private final Task task;
    private final String target;

    TargetProcessing(Section data, Task task, String target) {
        this.data = data;
        this.task = task;
        this.target = target;
    }

    /** @return true for {@code [DATA] type = continuous}: binned numeric targets */
    boolean continuous() {
        return data.getString("type", "").equals("continuous");
    }

    List<Sample> apply(DatabaseSettings settings, List<Sample> samples) {
        List<Sample> out = samples;
        if (settings.getBoolean("rename_speakers", false)) {
            out = out.stream().map(s -> s.speaker() == null ? s
                    : s.with("speaker", settings.name() + "_" + s.speaker())).toList();
        }
        boolean numeric = task == Task.REGRESSION || continuous();
        if (numeric && !out.isEmpty()) {
            values(settings, out);
        }
        if (numeric && settings.getBoolean("reverse", false)) {
            out = reverse(settings, out);
        }
        if (numeric && settings.getBoolean("scale", false)) {
            out = zScore(settings, out);
        }
        if (numeric && data.enabled("target_divide_by")) {
            double by = data.getDouble("target_divide_by", 1);
            if (by == 0) {
                throw data.invalid("target_divide_by", "a number other than 0");
            }
            out = map(out, v -> v / by);
        }
        if (task == Task.CLASSIFICATION && continuous()) {
            out = bin(settings, out);
        }
        return out;
    }

    private List<Sample> reverse(DatabaseSettings settings, List<Sample> samples) {
        double max = settings.has("reverse.max") ? settings.getDouble("reverse.max", 0)
                : Arrays.stream(values(settings, samples)).max().orElse(0);
        LOG.debug("{}: target reversed: |{} - {}|", settings.name(), target, max);
        return map(samples, v -> Math.abs(v - max));
    }

    private List<Sample> zScore(DatabaseSettings settings, List<Sample> samples) {
        double[] v = values(settings, samples);
        double mean = Arrays.stream(v).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average()
                .orElse(0));
        double scale = sd > 0 ? sd : 1;
        LOG.debug("{}: target z-normalised (mean {}, sd {})", settings.name(), mean, sd);
        return map(samples, x -> (x - mean) / scale);
    }

    private List<Sample> bin(DatabaseSettings settings, List<Sample> samples) {
        double[] v = values(settings, samples);
        double[] edges;
        List<String> names;
        if (data.enabled("bins")) {
            edges = edges();
            names = data.getNames("labels", List.of());
            if (names.size() != edges.length - 1) {
                throw data.invalid("labels", (edges.length - 1) + " names, one per bin of "
                        + "[DATA] bins");
            }
        } else {
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            edges = new double[] {Double.NEGATIVE_INFINITY,
                Metrics.quantileOfSorted(sorted, 0.33), Metrics.quantileOfSorted(sorted, 0.66),
                Double.POSITIVE_INFINITY};
            names = List.of("0_low", "1_middle", "2_high");
        }
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            int bin = bin(v[i], edges);
            if (bin >= 0 && bin < names.size()) {
                out.add(samples.get(i).with(target, names.get(bin)));
            }
        }
        LOG.debug("{}: numeric target binned into {}", settings.name(), names);
        return out;
    }

    private double[] edges() {
        Object raw = data.strictLiteral("bins", "a list of bin edges, e.g. [-1000, 30, 1000]")
                .orElseThrow();
        if (!(raw instanceof List<?> list) || list.size() < 2) {
            throw data.invalid("bins", "a list of at least two bin edges");
        }
        double[] edges = new double[list.size()];
        for (int i = 0; i < edges.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                throw data.invalid("bins", "numbers");
            }
            edges[i] = n.doubleValue();
        }
        return edges;
    }

    /** numpy.digitize(value, edges) - 1: the bin whose left edge is the last one <= value. */
    private static int bin(double value, double[] edges) {
        int i = 0;
        while (i < edges.length && value >= edges[i]) {
            i++;
        }
        return i - 1;
    }

    private double[] values(DatabaseSettings settings, List<Sample> samples) {
        double[] v = new double[samples.size()];
        for (int i = 0; i < v.length; i++) {
            String text = samples.get(i).get(target);
            try {
                v[i] = Double.parseDouble(text);
            } catch (NumberFormatException | NullPointerException e) {
                throw new UserException("dataset", settings.name() + ": the target '" + target
                        + "' of " + samples.get(i).file() + " is '" + text + "', not a number "
                        + "(needed by [EXP] type = regression or [DATA] type = continuous)");
            }
        }
        return v;
    }

    private List<Sample> map(List<Sample> samples, java.util.function.DoubleUnaryOperator f) {
        List<Sample> out = new ArrayList<>();
        for (Sample s : samples) {
            out.add(s.with(target, Double.toString(f.applyAsDouble(
                    Double.parseDouble(s.get(target))))));
        }
        return out;
    }
}
