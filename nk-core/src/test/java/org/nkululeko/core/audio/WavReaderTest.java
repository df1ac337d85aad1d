package org.nkululeko.core.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkululeko.api.Audio;

/** WAV decoding of every supported format, and the errors for broken files. */
class WavReaderTest {

    /** Builds a WAV file: fmt chunk, optional extra chunk before data, then data. */
    static byte[] wav(int tag, int channels, int rate, int bits, byte[] data, byte[] extra) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        ByteBuffer fmt = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        fmt.put("fmt ".getBytes()).putInt(16).putShort((short) tag).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits);
        chunks.writeBytes(fmt.array());
        if (extra != null) {
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            head.put("LIST".getBytes()).putInt(extra.length);
            chunks.writeBytes(head.array());
            chunks.writeBytes(extra);
            if (extra.length % 2 == 1) {
                chunks.write(0);
            }
        }
        ByteBuffer dh = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        dh.put("data".getBytes()).putInt(data.length);
        chunks.writeBytes(dh.array());
        chunks.writeBytes(data);
        byte[] body = chunks.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(4 + body.length).put("WAVE".getBytes()).put(body);
        return out.array();
    }

    static Audio decode(byte[] bytes) throws AudioFormatException {
        return WavReader.decode("test.wav", bytes, 0, Double.NaN);
    }

    @Test
    void pcm8IsUnsignedAndCentred() throws IOException {
        Audio a = decode(wav(1, 1, 8000, 8, new byte[] {(byte) 0, (byte) 128, (byte) 255},
                null));
        assertArrayEquals(new double[] {-1, 0, 127 / 128.0}, a.channels()[0], 0);
        assertEquals(Audio.Encoding.PCM_INT, a.encoding());
        assertEquals(8, a.bitsPerSample());
        assertEquals(128.0, a.fullScale());
    }

    @Test
    void pcm16() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) -32768).putShort((short) 32767).putShort((short) 1).putShort((short) 0);
        Audio a = decode(wav(1, 1, 16000, 16, b.array(), null));
        assertArrayEquals(new double[] {-1, 32767 / 32768.0, 1 / 32768.0, 0},
                a.channels()[0], 0);
        assertEquals(16000, a.sampleRateHz());
        assertEquals(1.0, a.channels()[0][2] * a.fullScale());
    }

    @Test
    void pcm24() throws IOException {
        byte[] data = {(byte) 0x00, (byte) 0x00, (byte) 0x80, // -8388608
            (byte) 0xFF, (byte) 0xFF, (byte) 0x7F, // 8388607
            (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, // -1
            (byte) 0x01, (byte) 0x00, (byte) 0x00}; // 1
        Audio a = decode(wav(1, 1, 44100, 24, data, null));
        double s = 8388608.0;
        assertArrayEquals(new double[] {-1, 8388607 / s, -1 / s, 1 / s}, a.channels()[0], 0);
    }

    @Test
    void pcm32() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(Integer.MIN_VALUE).putInt(Integer.MAX_VALUE).putInt(-5);
        Audio a = decode(wav(1, 1, 8000, 32, b.array(), null));
        double s = Math.pow(2, 31);
        assertArrayEquals(new double[] {-1, Integer.MAX_VALUE / s, -5 / s}, a.channels()[0], 0);
    }

    @Test
    void float32And64() throws IOException {
        ByteBuffer f = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        f.putFloat(0.25f).putFloat(-0.5f);
        Audio a = decode(wav(3, 1, 8000, 32, f.array(), null));
        assertArrayEquals(new double[] {0.25, -0.5}, a.channels()[0], 0);
        assertEquals(Audio.Encoding.FLOAT, a.encoding());
        assertEquals(1.0, a.fullScale());
        ByteBuffer d = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        d.putDouble(0.1).putDouble(-0.3);
        Audio b = decode(wav(3, 1, 8000, 64, d.array(), null));
        assertArrayEquals(new double[] {0.1, -0.3}, b.channels()[0], 0);
        assertEquals(64, b.bitsPerSample());
    }

    @Test
    void stereoIsKeptAndMixedToMono() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 16384).putShort((short) 0).putShort((short) -8192)
                .putShort((short) 8192);
        Audio a = decode(wav(1, 2, 8000, 16, b.array(), null));
        assertEquals(2, a.channels().length);
        assertEquals(2, a.frameCount());
        assertArrayEquals(new double[] {0.5, -0.25}, a.channels()[0], 0);
        assertArrayEquals(new double[] {0, 0.25}, a.channels()[1], 0);
        assertArrayEquals(new double[] {0.25, 0}, a.mono(), 0);
    }

    @Test
    void oddSizedChunkIsPadded() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 100).putShort((short) -100);
        Audio a = decode(wav(1, 1, 8000, 16, b.array(), new byte[] {'a', 'b', 'c'}));
        assertArrayEquals(new double[] {100 / 32768.0, -100 / 32768.0}, a.channels()[0], 0);
    }

    @Test
    void extensibleFormat() throws IOException {
        byte[] plain = wav(1, 1, 8000, 16, new byte[] {1, 0, 2, 0}, null);
        // rewrite as WAVE_FORMAT_EXTENSIBLE: fmt size 40, sub-format PCM
        ByteBuffer in = ByteBuffer.wrap(plain).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.allocate(plain.length + 24).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(plain.length + 24 - 8).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(40).putShort((short) 0xFFFE);
        out.put(Arrays.copyOfRange(plain, 22, 36));
        out.putShort((short) 22).putShort((short) 16).putInt(3).putShort((short) 1)
                .put(new byte[14]);
        out.put(Arrays.copyOfRange(plain, 36, plain.length));
        assertEquals(16, in.getShort(34));
        Audio a = decode(out.array());
        assertArrayEquals(new double[] {1 / 32768.0, 2 / 32768.0}, a.channels()[0], 0);
    }

    @Test
    void segmentIsCut(@TempDir Path dir) throws IOException {
        double[] x = new double[800];
        for (int i = 0; i < x.length; i++) {
            x[i] = i / 1000.0;
        }
        Path f = dir.resolve("seg.wav");
        WavWriter.write16(Audio.mono("seg", 8000, x), f);
        Audio a = WavReader.read(f, 0.01, 0.02);
        assertEquals(80, a.frameCount());
        assertEquals(Math.round(0.080 * 32768) / 32768.0, a.channels()[0][0], 0);
        assertEquals(800, WavReader.read(f).frameCount());
    }

    @Test
    void writerRoundTrip(@TempDir Path dir) throws IOException {
        double[] x = {0, 0.5, -0.5, -1, 0.999};
        Path f = dir.resolve("rt.wav");
        WavWriter.write16(Audio.mono("rt", 22050, x), f);
        Audio a = WavReader.read(f);
        assertEquals(22050, a.sampleRateHz());
        assertArrayEquals(x, a.channels()[0], 1.0 / 32768);
    }

    @Test
    void brokenFilesNameTheFile(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
        Path text = Files.writeString(dir.resolve("text.wav"), "hello, not audio");
        byte[] good = wav(1, 1, 8000, 16, new byte[400], null);
        Path cut = Files.write(dir.resolve("cut.wav"), Arrays.copyOf(good, 100));
        Path headerOnly = Files.write(dir.resolve("hdr.wav"), Arrays.copyOf(good, 30));
        Path noData = Files.write(dir.resolve("nodata.wav"), wav(1, 1, 8000, 16, new byte[0],
                null));
        Path adpcm = Files.write(dir.resolve("adpcm.wav"), wav(2, 1, 8000, 4, new byte[8],
                null));
        for (Path p : new Path[] {empty, text, cut, headerOnly, noData, adpcm,
            dir.resolve("missing.wav")}) {
            AudioFormatException e = assertThrows(AudioFormatException.class,
                    () -> WavReader.read(p), p.toString());
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        }
        assertTrue(assertThrows(AudioFormatException.class, () -> WavReader.read(cut))
                .getMessage().contains("cut short"));
        assertTrue(assertThrows(AudioFormatException.class, () -> WavReader.read(adpcm))
                .getMessage().contains("unsupported"));
    }
}
