package org.nkululeko.core.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.nkululeko.api.Audio;
import org.nkululeko.core.io.AtomicFiles;

/** Writes 16-bit PCM WAV files; for tests, examples and synthetic signals. */
public final class WavWriter {

    private WavWriter() {
    }

    /**
     * Writes every channel as 16-bit integer PCM, clipping to [-1, 1).
     *
     * @param audio the audio
     * @param file the target; written whole or not at all
     * @throws IOException if writing fails
     */
    public static void write16(Audio audio, Path file) throws IOException {
        int channels = audio.channels().length;
        int frames = audio.frameCount();
        int dataBytes = frames * channels * 2;
        ByteBuffer buf = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        buf.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        buf.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels);
        buf.putInt(audio.sampleRateHz()).putInt(audio.sampleRateHz() * channels * 2);
        buf.putShort((short) (channels * 2)).putShort((short) 16);
        buf.put("data".getBytes()).putInt(dataBytes);
        for (int i = 0; i < frames; i++) {
            for (double[] ch : audio.channels()) {
                long v = Math.round(ch[i] * 32768.0);
                buf.putShort((short) Math.max(-32768, Math.min(32767, v)));
            }
        }
        AtomicFiles.write(file, buf.array());
    }
}
