package org.nkululeko.feats.spectra;

import org.nkululeko.testkit.SharedData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.nkululeko.api.Audio;
import org.nkululeko.api.FeatureExtractor;
import org.nkululeko.api.Settings;
import org.nkululeko.api.UserException;
import org.nkululeko.core.audio.WavReader;

class SpectraExtractorTest {

    private static FeatureExtractor.Extraction extraction(Map<String, String> feats) {
        return new SpectraExtractor().configure(Settings.of("FEATS", feats));
    }

    private static Audio sine(double hz, double seconds, int sr) {
        double[] x = new double[(int) Math.round(seconds * sr)];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 * Math.sin(2 * Math.PI * hz * i / sr);
        }
        return Audio.mono("sine" + hz, sr, x);
    }

    @Test
    void isAServiceWithDefaults() {
        FeatureExtractor found = ServiceLoader.load(FeatureExtractor.class).stream()
                .map(ServiceLoader.Provider::get).filter(e -> e.name().equals("spectra"))
                .findFirst().orElseThrow();
        FeatureExtractor.Extraction ex = found.configure(Settings.of("FEATS", Map.of()));
        assertArrayEquals(new int[] {64, 200}, ex.rowShape());
        assertEquals(64 * 200, ex.columnNames().size());
        assertEquals("mel0_f0", ex.columnNames().get(0));
        assertEquals("mel1_f0", ex.columnNames().get(200));
        assertEquals("logmel-win25-hop10-bands64-frames200", ex.cacheTag());
        assertEquals(0, ex.requiredSampleRateHz());
    }

    @Test
    void cacheTagChangesWithEverySetting() {
        String base = extraction(Map.of()).cacheTag();
        for (var kv : List.of(Map.of("fft_win_dur", "20"), Map.of("fft_hop_dur", "12.5"),
                Map.of("fft_nbands", "40"), Map.of("fft_frames", "100"))) {
            String tag = extraction(kv).cacheTag();
            assertTrue(!tag.equals(base) && tag.matches("[A-Za-z0-9_-]+"), tag);
        }
    }

    @Test
    void sineEnergyLandsInItsMelBand() {
        int sr = 16000;
        int bands = 64;
        double melMax = MelSpectrogram.hzToMel(sr / 2.0);
        for (double hz : new double[] {440, 1000, 3000, 6000}) {
            double[] row = extraction(Map.of("fft_frames", "50"))
                    .extract(sine(hz, 0.5, sr))[0];
            int best = 0;
            double bestMean = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < bands; b++) {
                double mean = 0;
                for (int t = 5; t < 45; t++) {
                    mean += row[b * 50 + t];
                }
                if (mean > bestMean) {
                    bestMean = mean;
                    best = b;
                }
            }
            double centre = MelSpectrogram.melToHz(melMax * (best + 1) / (bands + 1));
            double width = MelSpectrogram.melToHz(melMax * (best + 2) / (bands + 1))
                    - MelSpectrogram.melToHz(melMax * best / (bands + 1));
            assertEquals(hz, centre, width / 2, hz + " Hz peaked in band " + best);
            // a 0.5 amplitude sine under a 400-sample Hann window: (0.25 * 400 * 0.5)^2 = 625,
            // 28 dB, in the peak bin; the band adds its neighbours' leakage
            double peakDb = bestMean / 40;
            assertTrue(peakDb > 25 && peakDb < 36, hz + " Hz: peak band at " + peakDb + " dB");
            int far = best >= 32 ? best - 12 : best + 12;
            double farMean = 0;
            for (int t = 5; t < 45; t++) {
                farMean += row[far * 50 + t];
            }
            assertTrue(farMean / 40 < peakDb - 40, hz + " Hz: band " + far + " at "
                    + farMean / 40 + " dB");
        }
    }

    private static Audio noise(double seconds, int sr) {
        java.util.Random rng = new java.util.Random(7);
        double[] x = new double[(int) Math.round(seconds * sr)];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.1 * rng.nextGaussian();
        }
        return Audio.mono("noise", sr, x);
    }

    @Test
    void padsShortFilesAndCropsLongOnes() {
        var ex = extraction(Map.of());
        double[] oneSecond = ex.extract(noise(1.0, 16000))[0];
        // 1 + 16000 / 160 = 101 centred frames, then padding
        assertTrue(oneSecond[20 * 200 + 100] > -100, "last real frame");
        assertEquals(MelSpectrogram.FLOOR_DB, oneSecond[20 * 200 + 101]);
        assertEquals(MelSpectrogram.FLOOR_DB, oneSecond[63 * 200 + 199]);
        double[] long3s = ex.extract(noise(3.0, 16000))[0];
        assertEquals(64 * 200, long3s.length);
        assertTrue(long3s[20 * 200 + 199] > -100, "cropped, not padded");
        var ex8k = extraction(Map.of("fft_nbands", "32", "fft_frames", "30"));
        double[] at8k = ex8k.extract(noise(0.2, 8000))[0];
        assertEquals(32 * 30, at8k.length);
        // 0.2 s at 8 kHz: 1 + 1600 / 80 = 21 frames, then padding
        assertTrue(at8k[31 * 30 + 20] > -100);
        assertEquals(MelSpectrogram.FLOOR_DB, at8k[31 * 30 + 21]);
    }

    @Test
    void tooShortAndEmptyFilesGivePaddedMatrices() {
        var ex = extraction(Map.of("fft_frames", "20"));
        double[] shortRow = ex.extract(sine(500, 0.005, 16000))[0];
        assertEquals(64 * 20, shortRow.length);
        assertTrue(Double.isFinite(shortRow[0]));
        assertEquals(MelSpectrogram.FLOOR_DB, shortRow[19]);
        double[] empty = ex.extract(Audio.mono("empty.wav", 16000, new double[0]))[0];
        for (double v : empty) {
            assertEquals(MelSpectrogram.FLOOR_DB, v);
        }
        double[] one = ex.extract(Audio.mono("one.wav", 16000, new double[] {0.1}))[0];
        assertTrue(Double.isFinite(one[0]));
    }

    @Test
    void badValuesNameTheKey() {
        UserException e = assertThrows(UserException.class,
                () -> extraction(Map.of("fft_nbands", "0")));
        assertTrue(e.getMessage().contains("fft_nbands"), e.getMessage());
        e = assertThrows(UserException.class, () -> extraction(Map.of("fft_win_dur", "-5")));
        assertTrue(e.getMessage().contains("fft_win_dur = -5"), e.getMessage());
    }

    @Test
    void emodbFileGivesFiniteSpeechLevels() throws Exception {
        Path wav = SharedData.root().resolve("data/emodb/wav/03a01Fa.wav");
        if (!Files.exists(wav)) {
            return;
        }
        double[] row = extraction(Map.of()).extract(WavReader.read(wav))[0];
        double max = Double.NEGATIVE_INFINITY;
        for (double v : row) {
            assertTrue(Double.isFinite(v));
            max = Math.max(max, v);
        }
        assertTrue(max > 0 && max < 80, "loudest band " + max + " dB");
    }
}
