package org.nkululeko.core.config;

import java.util.Map;
import java.util.Set;

/**
 * The keys each section understands, for the unknown-key warning and its "did you mean"
 * suggestion. Keys nkululeko reads that this port does not act on are listed too, so that a
 * nkululeko config does not warn for them.
 */
final class KnownKeys {

    static final Map<String, Set<String>> SECTIONS = Map.of(
            "EXP", Set.of("root", "name", "type", "runs", "epochs", "save", "save_test",
                    "traindevtest", "sample_selection", "filter.sample_selection", "no_warnings",
                    "export_onnx", "balancing", "fig_dir", "res_dir", "model_dir", "store",
                    "cache", "random_seed"),
            "DATA", Set.of("databases", "target", "labels", "bins", "type", "no_reuse", "tests",
                    "trains", "root_folders", "target_divide_by", "limit_samples",
                    "limit_samples_per_speaker", "min_duration_of_sample",
                    "max_duration_of_sample", "filter", "check_size", "check_vad",
                    "label_data", "label_result", "sample_selection", "balance",
                    "size_diff_weight"),
            "FEATS", Set.of("type", "set", "level", "scale", "nan_strategy", "store_format",
                    "no_reuse", "needs_feature_extraction", "features", "os.features",
                    "print_feats", "fail_threshold", "balancing", "balancing_random_state",
                    "fft_win_dur", "fft_hop_dur", "fft_nbands", "fft_frames", "import_file",
                    "n_jobs", "threads"),
            "MODEL", Set.of("type", "layers", "activation", "drop", "learning_rate",
                    "optimizer", "weight_decay", "momentum", "batch_size", "loss",
                    "label_smoothing", "measure", "patience", "random_seed", "device", "save",
                    "only_test", "n_jobs", "nan_strategy", "class_weight", "c_val", "kernel",
                    "k_val", "knn_weights", "gmm_components", "gmm_covariance_type",
                    "n_estimators", "max_depth", "subsample", "early_stopping_rounds",
                    "eval_metric", "validation_split", "logo", "k_fold_cross", "tuning_params",
                    "scoring", "loso", "gamma", "degree", "num_trees", "min_samples_leaf"),
            "PLOT", Set.of("name", "epochs", "epoch_progression", "anim_progression", "fps",
                    "best_model", "combine_per_speaker", "runs_compare", "format", "titles",
                    "uncertainty_threshold", "ccc", "fill_areas", "kind", "value_counts"),
            "REPORT", Set.of("show", "fresh", "latex", "title", "author"));

    /** Per-database keys, written {@code <db>.<key>} in [DATA]. */
    static final Set<String> DATABASE = Set.of("type", "split_strategy", "test_size",
            "dev_size", "train_tables", "test_tables", "dev_tables", "target_tables",
            "files_tables", "label", "columns", "colnames", "mapping", "absolute_path",
            "audio_path", "required", "rename_speakers", "reverse", "reverse.max", "scale",
            "limit_samples", "limit_samples_per_speaker", "filter", "min_duration_of_sample",
            "max_duration_of_sample", "as_test", "as_train", "test", "dev", "train",
            "value_counts");

    /**
     * Keys of nkululeko features this version does not offer, warned about when set rather than
     * silently skipped: labelling extra databases with a trained model ({@code label_data},
     * {@code label_result}), the {@code balanced} split's weights (decisions.md: not offered),
     * value-count plots, and imblearn resampling ({@code balancing}).
     */
    static final Map<String, Set<String>> IGNORED = Map.of(
            "DATA", Set.of("label_data", "label_result", "balance", "size_diff_weight"),
            "FEATS", Set.of("balancing"),
            "EXP", Set.of("balancing"));

    /** Per-database keys this version does not offer, as {@link #IGNORED}. */
    static final Set<String> DATABASE_IGNORED = Set.of("value_counts");

    private KnownKeys() {
    }

    /**
     * @param key an unknown key
     * @param known the keys it could have meant
     * @return the known key most alike (longest common subsequence relative to both lengths,
     *     as Python's difflib rates strings), or null when none reaches a ratio of 0.6
     */
    static String closest(String key, Iterable<String> known) {
        String best = null;
        double bestRatio = 0.6;
        for (String candidate : known) {
            double ratio = 2.0 * commonSubsequence(key, candidate)
                    / (key.length() + candidate.length());
            if (ratio > bestRatio) {
                bestRatio = ratio;
                best = candidate;
            }
        }
        return best;
    }

    private static int commonSubsequence(String a, String b) {
        int[][] table = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                table[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.length()][b.length()];
    }
}
