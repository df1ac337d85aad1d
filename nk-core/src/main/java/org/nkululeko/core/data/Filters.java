package org.nkululeko.core.data;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.nkululeko.api.UserException;
import org.nkululeko.core.config.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The global {@code [DATA]} filters: {@code filter}, {@code min_duration_of_sample},
 * {@code max_duration_of_sample}, {@code check_size}, {@code limit_samples_per_speaker} and
 * {@code limit_samples} (seeded), applied to every split; and the same keys per database
 * ({@code <db>.filter}, ...), applied to that database before splitting. A filter that empties
 * the data is an error naming it.
 */
final class Filters {

    private static final Logger LOG = LoggerFactory.getLogger("datafilter");

    private final Section data;
    private final long seed;
    private final String prefix;

    /** The global filters, {@code [DATA] filter} etc. */
    Filters(Section data, long seed) {
        this(data, seed, "");
    }

    /**
     * @param prefix {@code ""} for the global filters, {@code "<db>."} for one database's own
     *     ({@code [DATA] emodb.limit_samples}), applied before splitting
     */
    Filters(Section data, long seed, String prefix) {
        this.data = data;
        this.seed = seed;
        this.prefix = prefix;
    }

    private String k(String key) {
        return prefix + key;
    }

    /**
     * @param samples one database's samples
     * @return those its own filters keep
     */
    List<Sample> apply(List<Sample> samples) {
        return apply(new Splits(samples, List.of(), List.of())).train();
    }

    Splits apply(Splits splits) {
        Splits out = splits;
        out = step(out, "filter", this::byColumn);
        out = step(out, "min_duration_of_sample", s -> byDuration(s, true));
        out = step(out, "max_duration_of_sample", s -> byDuration(s, false));
        out = step(out, "check_size", this::bySize);
        out = step(out, "limit_samples_per_speaker", this::perSpeaker);
        out = step(out, "limit_samples", this::limit);
        return out;
    }

    private Splits step(Splits in, String key, UnaryOperator<List<Sample>> filter) {
        String full = k(key);
        if (!data.enabled(full)) {
            return in;
        }
        Splits out = new Splits(filter.apply(in.train()), filter.apply(in.dev()),
                filter.apply(in.test()));
        int before = in.all().size();
        int after = out.all().size();
        LOG.debug("[DATA] {}: {} of {} samples kept", full, after, before);
        if (after == 0) {
            throw new UserException("datafilter", "[DATA] " + full + " = "
                    + data.raw(full).orElse("") + " removes every sample (" + before
                    + " before)");
        }
        return out;
    }

    private List<Sample> byColumn(List<Sample> samples) {
        Object spec = data.strictLiteral(k("filter"), "{'column': ['value', ...]} or "
                + "[['column', 'value'], ...]").orElseThrow();
        Map<String, Set<String>> allowed = new HashMap<>();
        if (spec instanceof Map<?, ?> map) {
            map.forEach((k, v) -> allowed.put(String.valueOf(k), values(v)));
        } else if (spec instanceof List<?> list) {
            for (Object pair : list) {
                if (!(pair instanceof List<?> p) || p.size() != 2) {
                    throw data.invalid(k("filter"), "[['column', 'value'], ...]");
                }
                allowed.computeIfAbsent(String.valueOf(p.get(0)), k -> new java.util.HashSet<>())
                        .addAll(values(p.get(1)));
            }
        } else {
            throw data.invalid(k("filter"), "{'column': ['value', ...]}");
        }
        return samples.stream().filter(s -> allowed.entrySet().stream()
                .allMatch(e -> e.getValue().contains(s.get(e.getKey())))).toList();
    }

    private static Set<String> values(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return Set.of(String.valueOf(v));
    }

    private List<Sample> byDuration(List<Sample> samples, boolean min) {
        String key = min ? "min_duration_of_sample" : "max_duration_of_sample";
        double limit = data.getDouble(k(key), 0);
        return samples.stream().filter(s -> {
            double d = Double.parseDouble(s.values().getOrDefault("duration", "NaN"));
            return min ? d >= limit : d <= limit;
        }).toList();
    }

    private List<Sample> bySize(List<Sample> samples) {
        String raw = data.getString(k("check_size"), "1000").toLowerCase(java.util.Locale.ROOT);
        long minBytes = Set.of("true", "yes", "on").contains(raw) ? 1000
                : (long) data.getDouble(k("check_size"), 1000);
        return samples.stream().filter(s -> new File(s.file()).length() >= minBytes).toList();
    }

    private List<Sample> perSpeaker(List<Sample> samples) {
        int max = data.getInt(k("limit_samples_per_speaker"), Integer.MAX_VALUE);
        Map<String, Integer> taken = new HashMap<>();
        List<Sample> out = new ArrayList<>();
        for (Sample s : DataSplitter.shuffled(samples, seed)) {
            if (taken.merge(String.valueOf(s.speaker()), 1, Integer::sum) <= max) {
                out.add(s);
            }
        }
        return keepOrder(samples, out);
    }

    private List<Sample> limit(List<Sample> samples) {
        int max = data.getInt(k("limit_samples"), Integer.MAX_VALUE);
        List<Sample> chosen = DataSplitter.shuffled(samples, seed);
        return keepOrder(samples, chosen.subList(0, Math.min(max, chosen.size())));
    }

    private static List<Sample> keepOrder(List<Sample> original, List<Sample> kept) {
        Set<Sample> set = new java.util.HashSet<>(kept);
        return original.stream().filter(set::contains).toList();
    }
}
