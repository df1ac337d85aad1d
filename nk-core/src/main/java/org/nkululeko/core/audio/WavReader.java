package org.nkululeko.core.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.nkululeko.api.Audio;

/**
 * Reads RIFF/WAVE files: integer PCM of 8, 16, 24 or 32 bits and IEEE float of 32 or 64 bits,
 * any number of channels, any sample rate, including {@code WAVE_FORMAT_EXTENSIBLE}.
 *
 * <p>Samples are returned per channel in [-1, 1), integers divided by 2<sup>bits-1</sup> (see
 * {@link Audio}). Unsigned 8-bit samples are centred first.
 */
public final class WavReader {

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private WavReader() {
    }

    /**
     * Reads a whole file.
     *
     * @param file the WAV file
     * @return the decoded audio, named by {@code file}
     * @throws AudioFormatException if the file is missing, empty, not WAV, cut short or in an
     *     unsupported format; the message names the file
     * @throws IOException if reading fails otherwise
     */
    public static Audio read(Path file) throws IOException {
        return read(file, 0, Double.NaN);
    }

    /**
     * Reads a segment of a file.
     *
     * @param file the WAV file
     * @param startSeconds segment start, 0 or more
     * @param endSeconds segment end, or NaN for the end of the file
     * @return the decoded segment
     * @throws AudioFormatException if the file cannot be decoded; the message names it
     * @throws IOException if reading fails otherwise
     */
    public static Audio read(Path file, double startSeconds, double endSeconds)
            throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AudioFormatException(file + ": no such file");
        }
        if (bytes.length == 0) {
            throw new AudioFormatException(file + ": empty file");
        }
        return decode(file.toString(), bytes, startSeconds, endSeconds);
    }

    static Audio decode(String name, byte[] bytes, double startSeconds, double endSeconds)
            throws AudioFormatException {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !tag(bytes, 0, "RIFF") || !tag(bytes, 8, "WAVE")) {
            throw new AudioFormatException(name + ": not a WAV file (no RIFF/WAVE header)");
        }
        Format fmt = null;
        int pos = 12;
        while (pos + 8 <= bytes.length) {
            long size = buf.getInt(pos + 4) & 0xFFFFFFFFL;
            int body = pos + 8;
            if (tag(bytes, pos, "fmt ")) {
                fmt = readFormat(name, buf, body, size);
            } else if (tag(bytes, pos, "data")) {
                if (fmt == null) {
                    throw new AudioFormatException(name + ": data chunk before fmt chunk");
                }
                long available = bytes.length - body;
                if (size > available) {
                    if (size != 0xFFFFFFFFL && size != 0) {
                        throw new AudioFormatException(name + ": cut short (header says "
                                + size + " data bytes, file has " + available + ")");
                    }
                    size = available;
                }
                return samples(name, buf, body, (int) size, fmt, startSeconds, endSeconds);
            }
            pos = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        throw new AudioFormatException(name + (fmt == null ? ": no fmt chunk" : ": no data chunk")
                + " (broken or cut-short WAV)");
    }

    private record Format(Audio.Encoding encoding, int channels, int rateHz, int bits) {
        int frameBytes() {
            return channels * (bits / 8);
        }
    }

    private static Format readFormat(String name, ByteBuffer buf, int body, long size)
            throws AudioFormatException {
        if (size < 16 || body + 16 > buf.capacity()) {
            throw new AudioFormatException(name + ": fmt chunk too short");
        }
        int tag = buf.getShort(body) & 0xFFFF;
        int channels = buf.getShort(body + 2) & 0xFFFF;
        int rate = buf.getInt(body + 4);
        int bits = buf.getShort(body + 14) & 0xFFFF;
        if (tag == FORMAT_EXTENSIBLE && size >= 40 && body + 26 <= buf.capacity()) {
            tag = buf.getShort(body + 24) & 0xFFFF;
        }
        if (channels < 1 || rate <= 0) {
            throw new AudioFormatException(name + ": invalid fmt chunk (channels " + channels
                    + ", rate " + rate + ")");
        }
        if (tag == FORMAT_PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32)) {
            return new Format(Audio.Encoding.PCM_INT, channels, rate, bits);
        }
        if (tag == FORMAT_FLOAT && (bits == 32 || bits == 64)) {
            return new Format(Audio.Encoding.FLOAT, channels, rate, bits);
        }
        throw new AudioFormatException(name + ": unsupported WAV format (tag " + tag + ", "
                + bits + " bits)");
    }

    private static Audio samples(String name, ByteBuffer buf, int body, int size, Format fmt,
            double startSeconds, double endSeconds) throws AudioFormatException {
        int total = size / fmt.frameBytes();
        int first = (int) Math.min(total, Math.max(0, Math.round(startSeconds * fmt.rateHz())));
        int last = Double.isNaN(endSeconds) ? total
                : (int) Math.min(total, Math.round(endSeconds * fmt.rateHz()));
        if (total == 0) {
            throw new AudioFormatException(name + ": no audio samples (empty data chunk)");
        }
        int n = Math.max(0, last - first);
        double[][] out = new double[fmt.channels()][n];
        int bytesPer = fmt.bits() / 8;
        double scale = fmt.encoding() == Audio.Encoding.PCM_INT ? Math.pow(2, fmt.bits() - 1) : 1;
        for (int i = 0; i < n; i++) {
            int offset = body + (first + i) * fmt.frameBytes();
            for (int c = 0; c < fmt.channels(); c++) {
                out[c][i] = sample(buf, offset + c * bytesPer, fmt) / scale;
            }
        }
        return new Audio(name, fmt.rateHz(), fmt.encoding(), fmt.bits(), out);
    }

    private static double sample(ByteBuffer buf, int at, Format fmt) {
        if (fmt.encoding() == Audio.Encoding.FLOAT) {
            return fmt.bits() == 32 ? buf.getFloat(at) : buf.getDouble(at);
        }
        switch (fmt.bits()) {
            case 8:
                return (buf.get(at) & 0xFF) - 128;
            case 16:
                return buf.getShort(at);
            case 24:
                return (buf.get(at) & 0xFF) | ((buf.get(at + 1) & 0xFF) << 8)
                        | (buf.get(at + 2) << 16);
            default:
                return buf.getInt(at);
        }
    }

    private static boolean tag(byte[] bytes, int at, String tag) {
        if (at + 4 > bytes.length) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (bytes[at + i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
