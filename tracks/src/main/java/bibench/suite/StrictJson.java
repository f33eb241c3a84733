package bibench.suite;

import bibench.BadInputException;
import bibench.Excerpt;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * Parses a suite file as strict JSON (RFC 8259), which is what the suite format is documented to
 * be: no comments, no unquoted or single-quoted strings, no trailing commas, no NaN or Infinity,
 * one value in the file. Beyond what Gson's strict reader checks, a key that appears twice in one
 * object is an error naming its path (Gson would keep the last value silently), and numbers are
 * kept exactly as written ({@link BigDecimal}), so that each reader can check the range in the
 * type it will use. Every problem is one {@link BadInputException} naming the file, the line and
 * column, and the path.
 */
public final class StrictJson {

  /** The longest number literal accepted (a longer one is no suite value). */
  static final int MAX_NUMBER_LENGTH = 100;

  private static final String FIX =
      "write strict JSON: double-quoted keys and strings, no comments, no trailing commas"
          + " (start from a copy of a built-in suite: bibench list suite quick)";

  private final String file;
  private final JsonReader reader;

  private StrictJson(String file, String text) {
    this.file = file;
    this.reader = new JsonReader(new StringReader(text));
    this.reader.setStrictness(Strictness.STRICT);
  }

  /**
   * The JSON value in {@code text}.
   *
   * @param file the file's name, for messages
   * @throws BadInputException if the text is not one strict JSON value, or repeats a key
   */
  public static JsonElement parse(String file, String text) {
    StrictJson json = new StrictJson(file, text);
    try {
      JsonElement root = json.value("");
      if (json.reader.peek() != JsonToken.END_DOCUMENT) {
        throw json.bad("more text follows the first JSON value " + json.position());
      }
      return root;
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw new BadInputException(file + " is not valid strict JSON: " + plain(e), FIX, e);
    }
  }

  private JsonElement value(String path) throws IOException {
    return switch (reader.peek()) {
      case BEGIN_OBJECT -> object(path);
      case BEGIN_ARRAY -> array(path);
      case STRING -> new JsonPrimitive(reader.nextString());
      case NUMBER -> number(path);
      case BOOLEAN -> new JsonPrimitive(reader.nextBoolean());
      case NULL -> {
        reader.nextNull();
        yield JsonNull.INSTANCE;
      }
      default -> throw bad("a value was expected " + position());
    };
  }

  private JsonObject object(String path) throws IOException {
    JsonObject object = new JsonObject();
    reader.beginObject();
    while (reader.hasNext()) {
      String key = reader.nextName();
      String at = path.isEmpty() ? key : path + "." + key;
      if (object.has(key)) {
        throw new BadInputException(file + ": key " + Excerpt.of(at) + " appears twice "
            + position() + "; JSON keeps one of them silently",
            "keep one \"" + Excerpt.of(key) + "\" in that object");
      }
      object.add(key, value(at));
    }
    reader.endObject();
    return object;
  }

  private JsonArray array(String path) throws IOException {
    JsonArray array = new JsonArray();
    reader.beginArray();
    for (int i = 0; reader.hasNext(); i++) {
      array.add(value(path + "[" + i + "]"));
    }
    reader.endArray();
    return array;
  }

  private JsonPrimitive number(String path) throws IOException {
    String literal = reader.nextString();
    if (literal.length() > MAX_NUMBER_LENGTH) {
      throw new BadInputException(file + ": " + Excerpt.of(path) + " is a number of "
          + literal.length() + " characters " + position(), "give a number a suite can use");
    }
    try {
      return new JsonPrimitive(new BigDecimal(literal));
    } catch (NumberFormatException e) {
      throw new BadInputException(file + ": " + Excerpt.of(path) + " is the number "
          + Excerpt.quoted(literal) + ", whose exponent is out of any range " + position(),
          "give a number a suite can use");
    }
  }

  private String position() {
    String where = reader.getPath();
    String location = reader.toString();
    int at = location.indexOf(" at line ");
    return at >= 0 ? "(" + location.substring(at + 1) + ")" : "(" + where + ")";
  }

  private IllegalStateException bad(String problem) {
    return new IllegalStateException(problem);
  }

  /** Gson's message without its advice to read leniently and its link. */
  private static String plain(Exception e) {
    String m = String.valueOf(e.getMessage());
    int see = m.indexOf("\nSee ");
    if (see >= 0) {
      m = m.substring(0, see);
    }
    m = m.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON",
        "not strict JSON (a comment, an unquoted or single-quoted string, or a stray character)");
    return Excerpt.of(m.strip());
  }
}
