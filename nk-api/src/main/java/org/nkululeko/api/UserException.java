package org.nkululeko.api;

/**
 * An error the user can fix: bad configuration, missing or unreadable input.
 *
 * <p>The application prints it as one line {@code ERROR: <caller>: <message>} and exits with
 * code 1; the stack trace goes to the log file only. Messages name the file, the
 * {@code [SECTION] key} or the value at fault.
 */
public class UserException extends RuntimeException {

    /** Serialisation version. */
    private static final long serialVersionUID = 1L;

    /** The component that found the problem. */
    private final String caller;

    /**
     * @param caller the component that found the problem, as shown in log lines
     *     ({@code experiment}, {@code dataset}, {@code model}, ...)
     * @param message what is wrong, naming the file, key or value
     */
    public UserException(String caller, String message) {
        super(message);
        this.caller = caller;
    }

    /**
     * @param caller the component that found the problem
     * @param message what is wrong
     * @param cause the underlying exception, kept for the log file
     */
    public UserException(String caller, String message, Throwable cause) {
        super(message, cause);
        this.caller = caller;
    }

    /** @return the component that found the problem, as shown in log lines */
    public String caller() {
        return caller;
    }
}
