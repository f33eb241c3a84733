package bibench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Suite files are strict JSON, with duplicate keys refused (issue 15, item 7). */
class StrictJsonTest {

  private static String refused(String text) {
    BadInputException e = assertThrows(BadInputException.class, () -> StrictJson.parse("s.json", text));
    String m = e.getMessage();
    assertTrue(m.startsWith("s.json"), m);
    assertEquals(1, m.lines().count(), m);
    assertTrue(m.length() < 700, m);
    return m;
  }

  @Test
  void aValidSuiteReadsAsGsonReadsIt() {
    String text = "{\"name\": \"x\", \"seeds\": [1, 2], \"tracks\": {\"a\": {\"lr\": 1e-3, \"on\": true,"
        + " \"n\": null}}}";
    JsonElement strict = StrictJson.parse("s.json", text);
    assertEquals(JsonParser.parseString(text).toString().replace("0.001", "1e-3"),
        strict.toString().replace("0.001", "1e-3"));
    assertEquals(new BigDecimal("1e-3"),
        strict.getAsJsonObject().getAsJsonObject("tracks").getAsJsonObject("a").get("lr")
            .getAsBigDecimal());
  }

  @Test
  void commentsUnquotedStringsAndTrailingCommasAreRefused() {
    assertTrue(refused("{\"a\": 1 // one\n}").contains("not strict JSON"));
    assertTrue(refused("{/* c */ \"a\": 1}").contains("line 1"));
    assertTrue(refused("{\"a\": bnn}").contains("not strict JSON"));
    refused("{'a': 1}");
    refused("{a: 1}");
    refused("{\"a\": [1, 2,]}");
    refused("{\"a\": 1,}");
    refused("{\"a\": NaN}");
    refused("{\"a\": 1} {\"b\": 2}");
    refused("");
    refused("{\"a\": \"tab\there\"}");
  }

  @Test
  void aKeyThatAppearsTwiceIsRefusedWithItsPath() {
    String m = refused("{\"tracks\": {\"learning_task\": {\"tasks\": [{\"task\": \"a\", \"epochs\": 3,"
        + " \"epochs\": 30}]}}}");
    assertTrue(m.contains("key tracks.learning_task.tasks[0].epochs appears twice"), m);
    assertTrue(refused("{\"seeds\": [1], \"seeds\": [2]}").contains("key seeds appears twice"));
  }

  @Test
  void numbersOutOfAnyRangeAndOverlongLiteralsAreRefused() {
    assertTrue(refused("{\"lr\": 1e99999999999}").contains("lr"));
    assertTrue(refused("{\"lr\": " + "9".repeat(150) + "}").contains("lr is a number of 150 characters"));
    assertTrue(refused("{\"lr\": " + "9".repeat(50_000) + "}").contains("$.lr"));
    assertEquals(new BigDecimal("1e300"),
        StrictJson.parse("s.json", "{\"d\": 1e300}").getAsJsonObject().get("d").getAsBigDecimal());
  }

  @Test
  void deepNestingIsRefusedNotAStackOverflow() {
    refused("[".repeat(100_000) + "]".repeat(100_000));
  }
}
