package bibench;

/**
 * A problem with what the user gave us (an id, a file, a setting), as opposed to a bug.
 *
 * <p>Every such problem is reported once, in plain words, naming the thing that is wrong and how
 * to fix it. The command line prints {@link #getMessage()} without a stack trace and exits with
 * code 2. The message is one line, and an offending value quoted in it is cut to about {@value
 * Excerpt#MAX} characters ({@link Excerpt#message}), however long the value was.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String fix;

  /**
   * @param problem what is wrong, naming the offending thing (file, id, key)
   * @param fix what the user can do about it
   */
  public BadInputException(String problem, String fix) {
    super(Excerpt.message(problem) + (fix == null || fix.isBlank() ? "" : ". Fix: " + Excerpt.message(fix)));
    this.fix = fix;
  }

  /** Same, keeping the low-level cause for {@code --stacktrace}. */
  public BadInputException(String problem, String fix, Throwable cause) {
    this(problem, fix);
    initCause(cause);
  }

  /** The suggested fix alone. */
  public String fix() {
    return fix;
  }
}
