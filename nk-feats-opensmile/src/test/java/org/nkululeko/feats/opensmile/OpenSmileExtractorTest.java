package org.nkululeko.feats.opensmile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.nkululeko.api.Audio;
import org.nkululeko.api.FeatureExtractor;
import org.nkululeko.api.Settings;
import org.nkululeko.api.UserException;
import org.slf4j.LoggerFactory;

class OpenSmileExtractorTest {

    private static final List<String> F = ColumnNames.EGEMAPS_FUNCTIONALS;

    private static FeatureExtractor.Extraction functionals() {
        return OpenSmileExtractor.extraction(OpenSmileExtractor.FeatureSet.EGEMAPS_V02,
                OpenSmileExtractor.Level.FUNCTIONALS);
    }

    private static double value(double[] row, String name) {
        return row[F.indexOf(name)];
    }

    @Test
    void foundByServiceLoaderUnderOs() {
        boolean found = false;
        for (FeatureExtractor fe : ServiceLoader.load(FeatureExtractor.class)) {
            found |= fe.name().equals("os") && fe instanceof OpenSmileExtractor;
        }
        assertTrue(found);
    }

    @Test
    void configureReadsSetAndLevel() {
        OpenSmileExtractor os = new OpenSmileExtractor();
        FeatureExtractor.Extraction def = os.configure(Settings.of("FEATS", Map.of()));
        assertEquals("eGeMAPSv02-functionals", def.cacheTag());
        assertEquals(88, def.columnNames().size());
        assertEquals("F0semitoneFrom27.5Hz_sma3nz_amean", def.columnNames().get(0));
        assertEquals("equivalentSoundLevel_dBp", def.columnNames().get(87));

        FeatureExtractor.Extraction g = os.configure(Settings.of("FEATS",
                Map.of("set", "GeMAPSv01b", "level", "lld")));
        assertEquals("GeMAPSv01b-lld", g.cacheTag());
        assertEquals(18, g.columnNames().size());
        assertEquals(62, os.configure(Settings.of("FEATS", Map.of("set", "'GeMAPSv01b'")))
                .columnNames().size());
        FeatureExtractor.Extraction lld = os.configure(Settings.of("FEATS",
                Map.of("level", "lld")));
        assertEquals(ColumnNames.EGEMAPS_LLD, lld.columnNames());
    }

    @Test
    void unknownSetOrLevelIsAUserErrorNamingKeyAndValue() {
        OpenSmileExtractor os = new OpenSmileExtractor();
        UserException e = assertThrows(UserException.class,
                () -> os.configure(Settings.of("FEATS", Map.of("set", "ComParE_2016"))));
        assertTrue(e.getMessage().contains("[FEATS] set = ComParE_2016"), e.getMessage());
        assertTrue(e.getMessage().contains("eGeMAPSv02 or GeMAPSv01b"), e.getMessage());
        UserException l = assertThrows(UserException.class,
                () -> os.configure(Settings.of("FEATS", Map.of("level", "frames"))));
        assertTrue(l.getMessage().contains("[FEATS] level = frames"), l.getMessage());
    }

    @Test
    void harmonicToneOf200HzGivesItsPitchAndLowJitter() {
        Audio a = Signals.pcm16("tone200", 22050, Signals.harmonicTone(22050, 2.0, 200));
        double[] row = functionals().extract(a)[0];
        double expected = 12 * Math.log(200 / 27.5) / Math.log(2);
        assertEquals(34.35, expected, 0.01);
        assertEquals(expected, value(row, "F0semitoneFrom27.5Hz_sma3nz_amean"), 0.05);
        assertEquals(expected, value(row, "F0semitoneFrom27.5Hz_sma3nz_percentile50.0"), 0.05);
        assertTrue(value(row, "jitterLocal_sma3nz_amean") < 0.01,
                "jitter " + value(row, "jitterLocal_sma3nz_amean"));
        assertTrue(value(row, "HNRdBACF_sma3nz_amean") > 10);
        assertTrue(value(row, "VoicedSegmentsPerSec") > 0);
        assertEquals(0, value(row, "StddevVoicedSegmentLengthSec"), 1e-9);
    }

    @Test
    void whiteNoiseIsUnvoiced() {
        Audio a = Signals.pcm16("noise", 22050, Signals.whiteNoise(22050, 2.0, 7));
        double[] row = functionals().extract(a)[0];
        assertEquals(0, value(row, "VoicedSegmentsPerSec"), 1e-9);
        double[][] lld = OpenSmileExtractor.extraction(OpenSmileExtractor.FeatureSet.EGEMAPS_V02,
                OpenSmileExtractor.Level.LLD).extract(a);
        int voiced = 0;
        for (double[] r : lld) {
            voiced += r[10] != 0 ? 1 : 0;
        }
        assertTrue(voiced <= lld.length / 20, voiced + " voiced frames of " + lld.length);
        assertTrue(value(row, "loudness_sma3_amean") > 0.1);
    }

    @Test
    void digitalSilenceGivesOpenSmilesSilenceValues() {
        Audio a = Signals.pcm16("silence", 22050, new double[22050]);
        double[] row = functionals().extract(a)[0];
        assertEquals(1.033966e-3, value(row, "loudness_sma3_amean"), 1e-9);
        assertEquals(-120, value(row, "equivalentSoundLevel_dBp"), 1e-4);
        assertEquals(0.92, value(row, "MeanUnvoicedSegmentLength"), 1e-6);
        assertEquals(0, value(row, "StddevUnvoicedSegmentLength"), 1e-9);
        assertEquals(-201, value(row, "F1amplitudeLogRelF0_sma3nz_amean"), 1e-9);
        assertEquals(0, value(row, "F1amplitudeLogRelF0_sma3nz_stddevNorm"), 1e-9);
        assertEquals(0, value(row, "F0semitoneFrom27.5Hz_sma3nz_amean"), 1e-9);
        assertEquals(0, value(row, "mfcc1_sma3_amean"), 1e-9);
        assertEquals(0, value(row, "alphaRatioUV_sma3nz_amean"), 1e-9);
        assertEquals(0, value(row, "VoicedSegmentsPerSec"), 1e-9);
        for (double v : row) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void tooShortFileGivesNanAndAWarningNamingIt() {
        Logger log = (Logger) LoggerFactory.getLogger("featureset");
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        try {
            Audio a = Signals.pcm16("wav/short.wav", 22050, new double[1000]);
            double[][] out = functionals().extract(a);
            assertEquals(1, out.length);
            assertEquals(88, out[0].length);
            for (double v : out[0]) {
                assertTrue(Double.isNaN(v));
            }
            assertTrue(events.list.stream().anyMatch(e -> e.getLevel().toString().equals("WARN")
                    && e.getFormattedMessage().contains("wav/short.wav")));
        } finally {
            log.detachAppender(events);
        }
    }

    @Test
    void hardInputGivesFiniteValuesOrSentinels() {
        int fs = 22050;
        double[] tone = Signals.harmonicTone(fs, 1.0, 150);
        double[] dc = new double[tone.length];
        double[] clipped = new double[tone.length];
        for (int i = 0; i < tone.length; i++) {
            dc[i] = 0.3 + 0.5 * tone[i];
            clipped[i] = Math.max(-0.2, Math.min(0.2, 4 * tone[i]));
        }
        List<Audio> inputs = List.of(
                Signals.pcm16("dc", fs, dc),
                Signals.pcm16("clipped", fs, clipped),
                Signals.pcm16("exactly60ms", fs, java.util.Arrays.copyOf(tone, 1323)),
                Signals.pcm16("8k", 8000, Signals.harmonicTone(8000, 1.0, 150)),
                Signals.pcm16("48k", 48000, Signals.harmonicTone(48000, 1.0, 150)),
                Signals.pcm16("stereo", fs, tone, Signals.whiteNoise(fs, 1.0, 3)),
                Signals.pcm16("fullscale", fs, Signals.whiteNoise(fs, 1.0, 5)),
                Audio.mono("float", 16000, Signals.harmonicTone(16000, 1.0, 220)));
        for (Audio a : inputs) {
            for (double v : functionals().extract(a)[0]) {
                assertTrue(Double.isFinite(v), a.name() + " gave " + v);
            }
        }
        Logger log = (Logger) LoggerFactory.getLogger("featureset");
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        try {
            double[] tenMs = functionals().extract(
                    Signals.pcm16("ten_ms", fs, new double[221]))[0];
            assertTrue(Double.isNaN(tenMs[0]));
            assertTrue(events.list.stream()
                    .anyMatch(e -> e.getFormattedMessage().contains("ten_ms")));
        } finally {
            log.detachAppender(events);
        }
    }

    @Test
    void unusualSampleRatesGiveFiniteValues() {
        for (int fs : new int[] {4000, 11025, 32000, 96000}) {
            Audio a = Signals.pcm16("rate" + fs, fs, Signals.harmonicTone(fs, 0.5, 150));
            for (double v : functionals().extract(a)[0]) {
                assertTrue(Double.isFinite(v), fs + " Hz gave " + v);
            }
        }
    }

    @Test
    void stereoIsMixedDownAsOpenSmileDoes() {
        double[] tone = Signals.harmonicTone(22050, 1.0, 180);
        double[] half = new double[tone.length];
        for (int i = 0; i < tone.length; i++) {
            half[i] = tone[i] * 0.5;
        }
        double[][] stereo = functionals().extract(Signals.pcm16("st", 22050, tone, half));
        double[] mix = new double[tone.length];
        Audio st = Signals.pcm16("st", 22050, tone, half);
        for (int i = 0; i < tone.length; i++) {
            mix[i] = (st.channels()[0][i] + st.channels()[1][i]) * 32768 / 2 / 32767;
        }
        double[][] mono = functionals().extract(Audio.mono("mono", 22050, mix));
        assertArrayEquals(mono[0], stereo[0], 1e-5);
    }

    @Test
    void gemapsValuesEqualTheEgemapsColumnsOfTheSameName() {
        Audio a = ReferenceData.audio("03a01Fa");
        double[] e = functionals().extract(a)[0];
        FeatureExtractor.Extraction g = OpenSmileExtractor.extraction(
                OpenSmileExtractor.FeatureSet.GEMAPS_V01B, OpenSmileExtractor.Level.FUNCTIONALS);
        double[] gv = g.extract(a)[0];
        assertEquals(62, gv.length);
        for (int i = 0; i < gv.length; i++) {
            assertEquals(e[F.indexOf(g.columnNames().get(i))], gv[i], 0.0);
        }
        assertEquals("F0semitoneFrom27.5Hz_sma3nz_amean", g.columnNames().get(0));
        assertEquals("StddevUnvoicedSegmentLength", g.columnNames().get(61));
    }

    @Test
    void parallelExtractionEqualsSequential() throws Exception {
        List<String> names = List.of("03a01Fa", "08a02Ab", "16b10Wb", "11b02Ab");
        FeatureExtractor.Extraction ex = functionals();
        List<double[]> seq = new ArrayList<>();
        for (String n : names) {
            seq.add(ex.extract(ReferenceData.audio(n))[0]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> par = new ArrayList<>();
            for (String n : names) {
                par.add(pool.submit(() -> ex.extract(ReferenceData.audio(n))[0]));
            }
            for (int i = 0; i < names.size(); i++) {
                assertArrayEquals(seq.get(i), par.get(i).get(), 0.0);
            }
        } finally {
            pool.shutdown();
        }
    }
}
