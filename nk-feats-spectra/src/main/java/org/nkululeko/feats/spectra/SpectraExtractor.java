package org.nkululeko.feats.spectra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nkululeko.api.Audio;
import org.nkululeko.api.FeatureExtractor;
import org.nkululeko.api.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code [FEATS] type = spectra}: a log-mel matrix per file for the CNN, bands x frames at the
 * file's own sample rate (decisions.md, Features), padded or cropped to {@code fft_frames}
 * frames so that every file gives the same shape.
 *
 * <p>One row per file: the matrix flattened row-major (band 0 frames 0..F-1, then band 1, ...),
 * columns {@code mel<b>_f<t>}; {@link Extraction#rowShape()} is {@code [bands, frames]}. A file
 * shorter than {@code fft_frames} frames is padded at the end with the dB value of the power
 * floor (-100 dB); a longer one keeps its first {@code fft_frames} frames.
 */
public final class SpectraExtractor implements FeatureExtractor {

    private static final Logger LOG = LoggerFactory.getLogger("featureset");

    @Override
    public String name() {
        return "spectra";
    }

    @Override
    public String description() {
        return "log-mel spectrogram matrix (bands x frames) for the CNN";
    }

    @Override
    public Extraction configure(Settings feats) {
        return new LogMel(SpectraConfig.read(feats));
    }

    /** One configured log-mel extraction. */
    static final class LogMel implements Extraction {

        private final SpectraConfig config;
        private final List<String> columns;
        private final Map<Integer, MelSpectrogram> byRate = new ConcurrentHashMap<>();

        LogMel(SpectraConfig config) {
            this.config = config;
            List<String> names = new ArrayList<>(config.bands() * config.frames());
            for (int b = 0; b < config.bands(); b++) {
                for (int t = 0; t < config.frames(); t++) {
                    names.add("mel" + b + "_f" + t);
                }
            }
            columns = Collections.unmodifiableList(names);
        }

        @Override
        public String cacheTag() {
            return config.tag();
        }

        @Override
        public List<String> columnNames() {
            return columns;
        }

        @Override
        public int[] rowShape() {
            return new int[] {config.bands(), config.frames()};
        }

        @Override
        public double[][] extract(Audio audio) {
            MelSpectrogram mel = byRate.computeIfAbsent(audio.sampleRateHz(), sr ->
                    new MelSpectrogram(sr, config.windowMs(), config.hopMs(), config.bands()));
            double[] samples = audio.mono();
            if (samples.length < mel.windowSamples()) {
                LOG.warn("{}: {} samples, shorter than one {} ms window; the spectrogram is "
                        + "padded with {} dB", audio.name(), samples.length, config.windowMs(),
                        MelSpectrogram.FLOOR_DB);
            }
            double[][] matrix = mel.compute(samples, config.frames());
            double[] row = new double[config.bands() * config.frames()];
            for (int b = 0; b < config.bands(); b++) {
                System.arraycopy(matrix[b], 0, row, b * config.frames(), config.frames());
            }
            return new double[][] {row};
        }
    }
}
