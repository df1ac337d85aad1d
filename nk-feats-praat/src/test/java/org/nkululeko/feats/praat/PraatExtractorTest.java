package org.nkululeko.feats.praat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nkululeko.api.Audio;
import org.nkululeko.api.FeatureExtractor;
import org.nkululeko.api.Settings;
import org.nkululeko.core.audio.WavReader;

class PraatExtractorTest {

    private static FeatureExtractor.Extraction extraction() {
        return new PraatExtractor().configure(Settings.of("FEATS", Map.of()));
    }

    @Test
    void isFoundByServiceLoaderUnderItsIniName() {
        boolean found = false;
        for (FeatureExtractor fe : ServiceLoader.load(FeatureExtractor.class)) {
            found |= fe.name().equals("praat") && fe instanceof PraatExtractor;
        }
        assertTrue(found, "praat extractor not registered");
    }

    @Test
    void hasNkululekosFortyFiveColumnsInOrder() {
        List<String> cols = extraction().columnNames();
        assertEquals(45, cols.size());
        assertEquals("duration", cols.get(0));
        assertEquals("proportion_pause_duration", cols.get(35));
        assertEquals(List.of("JitterPCA", "ShimmerPCA", "pF"), cols.subList(36, 39));
        assertEquals("vtl_delta_f", cols.get(44));
    }

    @Test
    void tooShortAudioGivesNaNNotAnException() {
        double[] samples = new double[200];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = 0.1 * Math.sin(2 * Math.PI * 150 * i / 16000.0);
        }
        double[][] row = extraction().extract(Audio.mono("tiny.wav", 16000, samples));
        assertEquals(1, row.length);
        assertEquals(45, row[0].length);
        assertEquals(200 / 16000.0, row[0][0], 1e-15);
        assertTrue(Double.isNaN(row[0][1]), "meanF0Hz of a 12.5 ms file");
        assertTrue(Double.isNaN(row[0][PraatFeatures.NSYLL]), "nsyll without intensity");
    }

    @Test
    void silenceGivesUndefinedVoiceMeasures() {
        double[][] row = extraction().extract(Audio.mono("silence.wav", 22050, new double[22050]));
        double[] v = row[0];
        assertEquals(1.0, v[0], 0);
        for (int c = 1; c <= 22; c++) {
            assertTrue(Double.isNaN(v[c]), PraatFeatures.COLUMNS.get(c) + " = " + v[c]);
        }
        assertEquals(0, v[PraatFeatures.NSYLL]);
    }

    @Test
    void synthesisedVowelHasItsPitch() {
        // 1 s of a 120-Hz pulse-like tone with harmonics
        int fs = 16000;
        double[] x = new double[fs];
        for (int i = 0; i < fs; i++) {
            for (int h = 1; h <= 10; h++) {
                x[i] += 0.05 / h * Math.sin(2 * Math.PI * 120 * h * i / fs);
            }
        }
        double[] v = extraction().extract(Audio.mono("tone.wav", fs, x))[0];
        assertEquals(120, v[1], 0.05);
        assertTrue(v[2] < 0.1, "stdevF0 of a steady tone: " + v[2]);
        assertTrue(v[3] > 30, "HNR of a periodic tone: " + v[3]);
        assertTrue(v[4] < 1e-3, "local jitter of a steady tone: " + v[4]);
    }

    @Test
    void extractIsThreadSafe() throws Exception {
        Audio a = WavReader.read(Fidelity.shared().resolve("data/emodb/wav/03a01Fa.wav"));
        FeatureExtractor.Extraction ex = extraction();
        double[] single = ex.extract(a)[0];
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<double[]>> jobs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                jobs.add(pool.submit(() -> ex.extract(a)[0]));
            }
            for (Future<double[]> f : jobs) {
                assertArrayEquals(single, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void finishDatasetFillsTheDatasetColumnsOnly() throws Exception {
        FeatureExtractor.Extraction ex = extraction();
        double[][] rows = new double[3][];
        String[] names = {"03a01Fa", "08a02Tb", "16b10Wb"};
        for (int i = 0; i < 3; i++) {
            rows[i] = ex.extract(WavReader.read(Fidelity.shared().resolve(
                    "data/emodb/wav/" + names[i] + ".wav")))[0];
            assertTrue(Double.isNaN(rows[i][PraatFeatures.JITTER_PCA]));
        }
        double[] before = rows[1].clone();
        ex.finishDataset(rows);
        double pf = 0;
        for (double[] r : rows) {
            assertFalse(Double.isNaN(r[PraatFeatures.JITTER_PCA]));
            pf += r[PraatFeatures.PF];
        }
        assertEquals(0, pf, 1e-12, "pF is a mean of z-scores: sums to 0 over the rows");
        for (int c = 0; c < 45; c++) {
            if (c < PraatFeatures.JITTER_PCA || c > PraatFeatures.PF) {
                assertEquals(before[c], rows[1][c], 0, PraatFeatures.COLUMNS.get(c));
            }
        }
    }

    @Test
    void prunedHarmonicityRefinementChangesNoFrame() throws Exception {
        for (String name : new String[] {"03a01Fa", "13a05Nb", "16b10Wb"}) {
            Audio a = WavReader.read(Fidelity.shared().resolve("data/emodb/wav/" + name + ".wav"));
            Sound s = new Sound(a.mono(), a.sampleRateHz());
            double[] fast = Harmonicity.frames(s, 0.01, 75, 0.1, 1.0);
            double[] full;
            PitchAnalysis.FULL_REFINEMENT = true;
            try {
                full = Harmonicity.frames(s, 0.01, 75, 0.1, 1.0);
            } finally {
                PitchAnalysis.FULL_REFINEMENT = false;
            }
            assertArrayEquals(full, fast, name);
        }
    }

    @Test
    void pcaNanRuleFollowsNkululeko() {
        double[][] rows = new double[12][45];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 11; j++) {
                rows[i][PraatFeatures.JITTER + j] = Math.sin(i * 1.3 + j) + (j == 6 ? 3 * i : 0);
            }
        }
        rows[5][PraatFeatures.JITTER] = Double.NaN;
        DatasetLevel.fill(rows);
        assertEquals(0, rows[0][PraatFeatures.JITTER_PCA], 0);
        assertTrue(Double.isNaN(rows[1][PraatFeatures.JITTER_PCA]));
        rows[0][PraatFeatures.JITTER] = Double.NaN;
        DatasetLevel.fill(rows);
        assertFalse(Double.isNaN(rows[1][PraatFeatures.JITTER_PCA]), "NaN -> 0 when row 0 has one");
    }
}
