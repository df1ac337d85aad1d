package org.nkululeko.core.audio;

import java.io.IOException;

/** Audio that cannot be decoded: not a WAV file, empty, cut short or an unsupported format. */
public class AudioFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, starting with the file name */
    public AudioFormatException(String message) {
        super(message);
    }
}
