package bibench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Error messages quote at most about 200 characters of a value, on one line (issue 15, item 8). */
class ExcerptTest {

  @Test
  void aShortOneLineMessageIsUnchanged() {
    String m = "unknown operator 'bnnn'. Fix: use one of: bnn, xnor";
    assertEquals(m, new BadInputException("unknown operator 'bnnn'", "use one of: bnn, xnor").getMessage());
  }

  @Test
  void aHugeValueInAnyMessageIsCutToItsFirstTwoHundredCharacters() {
    String line = "y".repeat(52_000_000);
    BadInputException e = new BadInputException("unknown task '" + line + "'", "use one of: a, b");
    String m = e.getMessage();
    assertTrue(m.length() < 400, m.length() + " characters");
    assertTrue(m.contains("(52,000,002 characters in all)"), m);
    assertTrue(m.endsWith(". Fix: use one of: a, b"), m);
  }

  @Test
  void aValueAlreadyQuotedByExcerptIsNotCutAgain() {
    String quoted = Excerpt.quoted("x".repeat(1000));
    String m = new BadInputException("line 9 holds " + quoted, "fix it").getMessage();
    assertEquals("line 9 holds " + quoted + ". Fix: fix it", m);
    assertTrue(m.contains("x... (1,000 characters in all)'"), m);
  }

  @Test
  void lineBreaksAndControlCharactersAreEscapedSoTheMessageIsOneLine() {
    String m = new BadInputException("bad name 'a\nb\tc\u0000'", "rename it").getMessage();
    assertEquals("bad name 'a\\nb\\tc\\u0000'. Fix: rename it", m);
  }

  @Test
  void aMessageOfManyShortWordsIsCutInItsMiddle() {
    String words = "word ".repeat(100_000);
    String m = new BadInputException("a list: " + words, "shorten it").getMessage();
    assertTrue(m.length() < Excerpt.MAX_MESSAGE + 200, m.length() + "");
    assertTrue(m.startsWith("a list: word word"), m);
    assertTrue(m.contains("characters ...]"), m);
    assertTrue(m.endsWith("Fix: shorten it"), m);
  }
}
