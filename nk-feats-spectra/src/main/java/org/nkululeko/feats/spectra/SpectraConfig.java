package org.nkululeko.feats.spectra;

import java.util.Locale;
import org.nkululeko.api.Settings;

/**
 * The {@code [FEATS]} keys of {@code type = spectra}.
 *
 * @param windowMs {@code fft_win_dur}: analysis window in milliseconds, positive (default 25)
 * @param hopMs {@code fft_hop_dur}: frame step in milliseconds, positive (default 10)
 * @param bands {@code fft_nbands}: number of mel bands, at least 1 (default 64)
 * @param frames {@code fft_frames}: frames per file after padding or cropping, at least 1
 *     (default 200: 2 s at a 10 ms hop)
 */
public record SpectraConfig(double windowMs, double hopMs, int bands, int frames) {

    /** The default of {@code fft_frames}. */
    public static final int DEFAULT_FRAMES = 200;

    /** Validates the ranges. */
    public SpectraConfig {
        if (!(windowMs > 0) || !(hopMs > 0) || bands < 1 || frames < 1) {
            throw new IllegalArgumentException("window, hop, bands and frames must be positive");
        }
    }

    /**
     * @param feats the {@code [FEATS]} section
     * @return the configuration
     * @throws org.nkululeko.api.UserException naming the key for a non-positive value
     */
    public static SpectraConfig read(Settings feats) {
        double win = feats.getDouble("fft_win_dur", 25);
        if (!(win > 0) || Double.isInfinite(win)) {
            throw feats.invalid("fft_win_dur", "a positive window length in milliseconds");
        }
        double hop = feats.getDouble("fft_hop_dur", 10);
        if (!(hop > 0) || Double.isInfinite(hop)) {
            throw feats.invalid("fft_hop_dur", "a positive frame step in milliseconds");
        }
        int bands = feats.getInt("fft_nbands", 64);
        if (bands < 1) {
            throw feats.invalid("fft_nbands", "a positive number of mel bands");
        }
        int frames = feats.getInt("fft_frames", DEFAULT_FRAMES);
        if (frames < 1) {
            throw feats.invalid("fft_frames", "a positive number of frames");
        }
        return new SpectraConfig(win, hop, bands, frames);
    }

    /** @return a file-name-safe tag, e.g. {@code logmel-win25-hop10-bands64-frames200} */
    public String tag() {
        return "logmel-win" + number(windowMs) + "-hop" + number(hopMs) + "-bands" + bands
                + "-frames" + frames;
    }

    private static String number(double d) {
        if (d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%s", d).replace('.', 'p');
    }
}
