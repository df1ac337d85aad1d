package org.nkululeko.feats.opensmile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkululeko.api.Audio;

/** Unit-level checks of egemaps.md §7 step 4. */
class ComponentsTest {

    @Test
    void framingRoundsSecondsAsOpenSmile() {
        Framing f = Framing.of(22050);
        assertEquals(221, f.hopSamples());
        assertEquals(441, f.shortFrameSamples());
        assertEquals(1323, f.longFrameSamples());
        assertEquals(512, f.shortFftSize());
        assertEquals(2048, f.longFftSize());
        assertEquals(198, f.shortFrameCount(44100));
        assertEquals(194, f.longFrameCount(44100));
        Framing g = Framing.of(16000);
        assertEquals(199, g.shortFrameCount(32000));
        assertEquals(195, g.longFrameCount(32000));
        assertEquals(441, Framing.of(44100).hopSamples());
        assertEquals(2646, Framing.of(44100).longFrameSamples());
        assertEquals(4096, Framing.of(48000).longFftSize());
        assertEquals(0, f.longFrameCount(1322));
        assertEquals(1, f.longFrameCount(1323));
    }

    @Test
    void samplesAreScaledAsOpenSmilesWavReader() {
        Audio a16 = new Audio("a", 16000, Audio.Encoding.PCM_INT, 16,
                new double[][] {{32767 / 32768.0, -1.0, 0.5}});
        assertArrayEquals(new float[] {1f, -32768f / 32767f, 16384f / 32767f},
                OpenSmileSignal.samples(a16), 0f);
        Audio a24 = new Audio("b", 16000, Audio.Encoding.PCM_INT, 24,
                new double[][] {{0.5}});
        assertEquals(4194304f / (32767f * 256f), OpenSmileSignal.samples(a24)[0], 0f);
        Audio stereo = new Audio("c", 16000, Audio.Encoding.PCM_INT, 16,
                new double[][] {{1000 / 32768.0}, {-3001 / 32768.0}});
        assertEquals(-1000.5f / 32767f, OpenSmileSignal.samples(stereo)[0], 0f);
        Audio f = Audio.mono("d", 16000, new double[] {0.25});
        assertEquals(0.25f, OpenSmileSignal.samples(f)[0], 0f);
    }

    @Test
    void melBankSpansTheDocumentedBins() {
        assertArrayEquals(new int[] {1, 185},
                new ShortFrameAnalysis(Framing.of(22050)).melBinRange());
        assertArrayEquals(new int[] {2, 255},
                new ShortFrameAnalysis(Framing.of(16000)).melBinRange());
    }

    @Test
    void slopeEdgesAndWeightsAt22050() {
        ShortFrameAnalysis a = new ShortFrameAnalysis(Framing.of(22050));
        assertEquals(0, a.slope0().left);
        assertEquals(1.0, a.slope0().leftWeight, 1e-12);
        assertEquals(11, a.slope0().right);
        assertEquals(0.60998, a.slope0().rightWeight, 1e-5);
        assertEquals(11, a.slope500().left);
        assertEquals(0.39002, a.slope500().leftWeight, 1e-5);
        assertEquals(34, a.slope500().right);
        assertEquals(0.82993, a.slope500().rightWeight, 1e-5);
    }

    @Test
    void subharmonicShifts() {
        int[] s = new PitchShs(Framing.of(22050)).shifts();
        int[] expected = {116, 184, 233, 270, 301, 327, 350, 369, 387, 403, 418, 431, 444, 455};
        for (int h = 2; h <= 15; h++) {
            assertEquals(expected[h - 2], s[h], "h = " + h);
        }
        int[] s16 = new PitchShs(Framing.of(16000)).shifts();
        assertArrayEquals(new int[] {61, 97, 123, 143},
                new int[] {s16[2], s16[3], s16[4], s16[5]});
    }

    @Test
    void silenceLoudnessAndLeqFloors() {
        float[][] e = new ShortFrameAnalysis(Framing.of(22050)).analyze(new float[4410], 0).lld;
        assertEquals(1.033966e-3, e[0][ShortFrameAnalysis.LOUDNESS], 1e-9);
        assertEquals(-120f, EgemapsAnalyzer.equivalentSoundLevel(new float[10]), 1e-4);
    }

    @Test
    void segmentLengthsAreFramesMinusOneAndBridgeSingleGaps() {
        float[] x = {0, 0, 5, 5, 5, 5, 0, 0, 0, 5, 5, 0, 0};
        assertEquals(List.of(3), Functionals.segments(x, true));
        float[] bridged = {5, 5, 0, 5, 5, 0, 0};
        assertEquals(List.of(4), Functionals.segments(bridged, true));
        float[] open = {0, 0, 5, 5, 5, 5};
        assertEquals(List.of(3), Functionals.segments(open, true));
        assertEquals(List.of(2), Functionals.segments(x, false));
    }

    @Test
    void smoothingKeepsZerosAndReplicatesEdges() {
        float[] x = {3, 0, 6, 9, -201};
        assertArrayEquals(new float[] {3, 0, 7.5f, -62, -131}, Smoothing.sma3nz(x, 5), 1e-5f);
        assertArrayEquals(new float[] {2, 4, 6}, Smoothing.sma3(new float[] {0, 6, 6}, 3),
                1e-6f);
        // c = nEmit - 1 = 2: frame c padded, frame c+1 = x_c, last frame = x_{L60-1}
        float[] tail = Smoothing.lldTail(new float[] {1, 2, 3, 4}, 2);
        assertArrayEquals(new float[] {4 / 3f, 2, 8 / 3f, 3, 4}, tail, 1e-5f);
    }

    @Test
    void percentilesInterpolateLinearly() {
        float[] p = Functionals.percentiles(new float[] {4, 1, 3, 2, 5});
        assertArrayEquals(new float[] {1.8f, 3f, 4.2f, 2.4f}, p, 1e-5f);
    }

    @Test
    void otherSampleRatesFollowTheFrameCountRules() {
        int[][] cases = {{16000, 199, 195}, {44100, 199, 195}, {48000, 199, 195},
            {22050, 198, 194}};
        for (int[] c : cases) {
            int fs = c[0];
            double[] tone = Signals.harmonicTone(fs, 2.0, 200);
            EgemapsAnalyzer.Analysis an = EgemapsAnalyzer.forRate(fs)
                    .analyze(OpenSmileSignal.samples(Signals.pcm16("t", fs, tone)));
            assertEquals(c[1], an.e.length, fs + " Hz L20");
            assertEquals(c[2], an.f.length, fs + " Hz L60");
            assertEquals(c[2] + 1, EgemapsAnalyzer.lldRows(an).length, fs + " Hz LLD rows");
            assertTrue(an.emitted <= c[2] - 1 && an.emitted >= c[2] - 40, "nEmit " + an.emitted);
            float[] fun = EgemapsAnalyzer.functionals(an);
            double expected = 12 * Math.log(200 / 27.5) / Math.log(2);
            assertEquals(expected, fun[0], 0.05, fs + " Hz F0 mean");
            double peaks = fun[81] * c[1] * 0.01;
            assertEquals(Math.rint(peaks), peaks, 1e-3, "peaks per second uses L20 frames");
            double segs = fun[82] * an.emitted * 0.01;
            assertEquals(Math.rint(segs), segs, 1e-3, "segments per second uses nEmit frames");
        }
    }

    @Test
    void recordingOfSeveralMinutes() {
        int fs = 16000;
        double seconds = 200;
        double[] x = new double[(int) (seconds * fs)];
        double[] tone = Signals.harmonicTone(fs, 0.5, 140);
        for (int start = 0; start + tone.length <= x.length; start += fs) {
            System.arraycopy(tone, 0, x, start, tone.length);
        }
        EgemapsAnalyzer.Analysis an = EgemapsAnalyzer.forRate(fs)
                .analyze(OpenSmileSignal.samples(Signals.pcm16("long", fs, x)));
        Framing f = Framing.of(fs);
        assertEquals(f.shortFrameCount(x.length), an.e.length);
        assertEquals((x.length - 960) / 160 + 1, an.f.length);
        assertTrue(an.emitted >= an.f.length - 41 && an.emitted < an.f.length);
        float[] fun = EgemapsAnalyzer.functionals(an);
        for (float v : fun) {
            assertTrue(Float.isFinite(v));
        }
        // one 0.5 s voiced burst per second
        assertEquals(1.0, fun[82], 0.05);
        assertEquals(0.48, fun[83], 0.03);
    }
}
