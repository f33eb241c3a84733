package bibench.harness.hostile;

import java.util.List;

/**
 * Hostile suite files and command lines (issue 15, item 7, and more of the kind), shared by {@link
 * SuiteNumbersTest} and the table of {@code scripts/hostile-cases.sh}.
 *
 * @param id a short unique name
 * @param origin {@code issue} or {@code new}
 * @param input what is wrong, one line
 * @param suite the suite file's text
 * @param extraArgs arguments added to {@code bibench run --suite FILE --out DIR --dry-run}
 * @param expected a fragment the one-line message must contain
 */
public record SuiteCases(String id, String origin, String input, String suite, List<String> extraArgs,
    String expected) {

  private static final String RECIPE =
      "{\"optimizer\": \"adam\", \"lr\": 0.002, \"epochs\": 1, \"batch_size\": 32}";

  /** A valid one-task suite; {@code task} and {@code recipe} replace the defaults' parts. */
  static String suite(String top, String task, String fp32) {
    return "{\"name\": \"hostile-suite\", \"operators\": [\"bnn\"]" + top + ", \"tracks\": {\"learning_task\": {"
        + "\"defaults\": {\"fp32\": " + fp32 + ", \"binary\": " + RECIPE + "},"
        + " \"tasks\": [{\"task\": \"optdigits\", \"arch\": \"mlp\", \"width\": 16, \"max_train\": 100,"
        + " \"max_test\": 50" + task + "}]}}}\n";
  }

  private static String recipe(String key, String value) {
    return RECIPE.contains("\"" + key + "\"")
        ? RECIPE.replaceFirst("\"" + key + "\": [^,}]+", "\"" + key + "\": " + value)
        : RECIPE.replace("}", ", \"" + key + "\": " + value + "}");
  }

  private static SuiteCases fp32(String id, String origin, String input, String key, String value,
      String expected) {
    return new SuiteCases(id, origin, input, suite("", "", recipe(key, value)), List.of(), expected);
  }

  private static SuiteCases task(String id, String origin, String input, String entry, String expected) {
    String key = entry.substring(0, entry.indexOf(':'));
    String base = suite("", "", RECIPE);
    String text = base.contains(key) ? base.replaceFirst(java.util.regex.Pattern.quote(key) + ": [^,}]+",
        java.util.regex.Matcher.quoteReplacement(entry)) : suite("", ", " + entry, RECIPE);
    return new SuiteCases(id, origin, input, text, List.of(), expected);
  }

  private static SuiteCases top(String id, String origin, String input, String entry, String expected) {
    return new SuiteCases(id, origin, input, suite(", " + entry, "", RECIPE), List.of(), expected);
  }

  private static SuiteCases text(String id, String origin, String input, String text, String expected) {
    return new SuiteCases(id, origin, input, text, List.of(), expected);
  }

  private static SuiteCases args(String id, String input, List<String> args, String expected) {
    return new SuiteCases(id, "new", input, suite("", "", RECIPE), args, expected);
  }

  /** The valid base suite with a width of 400,000: an MLP that needs hundreds of gigabytes. */
  public static String hugeWidthSuite() {
    return suite("", "", RECIPE).replace("\"width\": 16", "\"width\": 400000");
  }

  /** Every case. */
  public static List<SuiteCases> all() {
    String good = suite("", "", RECIPE);
    return List.of(
        fp32("lr-overflows-float", "issue", "lr 1e39 (beyond a 32-bit float)", "lr", "1e39",
            "overflows a 32-bit float to infinity"),
        fp32("lr-underflows", "issue", "lr 1e-50 (0 as a 32-bit float)", "lr", "1e-50",
            "underflows to 0"),
        fp32("weight-decay-1e300", "issue", "weight_decay 1e300", "weight_decay", "1e300",
            "weight_decay must be a number >= 0 and <= 1"),
        text("duplicate-key", "issue", "\"epochs\" twice in one recipe",
            good.replace("\"epochs\": 1,", "\"epochs\": 1, \"epochs\": 30,"), "appears twice"),
        top("repeated-seeds", "issue", "seeds [1, 1]", "\"seeds\": [1, 1]", "lists '1' twice"),
        text("comment", "issue", "a // comment", good.replace("{\"name\"", "// my suite\n{\"name\""),
            "not strict JSON"),
        text("unquoted-string", "issue", "an unquoted operator id",
            good.replace("[\"bnn\"]", "[bnn]"), "not strict JSON"),
        fp32("epochs-1e30", "new", "epochs 1e30", "epochs", "1e30", "an integer from 1 to 100,000"),
        fp32("epochs-fraction", "new", "epochs 2.5", "epochs", "2.5", "not a whole number"),
        fp32("lr-zero", "new", "lr 0", "lr", "0", "lr must be a number > 0"),
        fp32("momentum-1.5", "new", "momentum 1.5", "momentum", "1.5", "momentum must be a number >= 0 and <= 1"),
        fp32("batch-zero", "new", "batch_size 0", "batch_size", "0", "batch_size must be an integer from 1"),
        task("max-train-overflows-int", "new", "max_train 3000000000", "\"max_train\": 3000000000",
            "overflows the 32-bit int"),
        task("width-overflows-int", "new", "width 2147483648", "\"width\": 2147483648",
            "width must be an integer from 0 to 1,048,576"),
        task("task-seeds-huge", "new", "seeds [1e20]", "\"seeds\": [1e20]", "overflows a 64-bit integer"),
        text("operators-twice", "new", "operators [\"bnn\", \"bnn\"]",
            good.replace("[\"bnn\"]", "[\"bnn\", \"bnn\"]"), "operators lists 'bnn' twice"),
        text("operator-alias-twice", "new", "operators bnn and BNN's class name",
            good.replace("[\"bnn\"]", "[\"bnn\", \"bibench.operators.impl.Bnn\"]"), "twice"),
        text("trailing-comma", "new", "a trailing comma", good.replace("\"max_test\": 50",
            "\"max_test\": 50,"), "strict JSON"),
        text("nan-literal", "new", "lr NaN", good.replace("\"lr\": 0.002", "\"lr\": NaN"), "not strict JSON"),
        text("number-150-digits", "new", "a 150-digit max_train",
            good.replace("\"max_train\": 100", "\"max_train\": " + "9".repeat(150)), "150 characters"),
        args("cli-operators-twice", "--operators bnn,bnn", List.of("--operators", "bnn,bnn"), "twice"),
        args("cli-tracks-twice", "--tracks learning_task,learning_task",
            List.of("--tracks", "learning_task,learning_task"), "twice"));
  }

  @Override
  public String toString() {
    return id;
  }
}
