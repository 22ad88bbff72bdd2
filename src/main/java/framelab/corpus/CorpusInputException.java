package framelab.corpus;

/**
 * Malformed input: names the file, the line (or byte offset) and what was expected, and says what
 * to do. The CLI turns it into exit code 3 with no stack trace.
 */
public final class CorpusInputException extends RuntimeException {
    private final String location;

    public CorpusInputException(String location, String problem, String hint) {
        super(location + ": " + problem + (hint == null || hint.isEmpty() ? "" : "\n  what to do: " + hint));
        this.location = location;
    }

    public CorpusInputException(String location, String problem, String hint, Throwable cause) {
        this(location, problem, hint);
        initCause(cause);
    }

    /** {@code file}, {@code file:line} or {@code file@byte}. */
    public String location() {
        return location;
    }
}
