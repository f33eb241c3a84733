package bibench.data.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokenizer, vocabulary and encoder. */
class TextBasicsTest {

  @Test
  void tokensAreLowerCaseWordsWithInnerApostrophes() {
    assertEquals(List.of("don't", "stop", "it", "s", "a", "kids", "rock", "n", "roll", "2023"),
        Tokenizer.tokens("Don't STOP -- it 's a kids' rock 'n' roll, 2023!"));
    assertEquals(List.of("café", "won't"), Tokenizer.tokens("Café won\u2019t"));
    assertEquals(List.of(), Tokenizer.tokens(" ... "));
  }

  @Test
  void vocabularyIsMostFrequentFirstTiesAlphabeticalCappedWithReservedIds() {
    Vocabulary v = Vocabulary.build(List.of(
        List.of("b", "a", "c", "b"), List.of("c", "b", "d", "a")), 6);
    // counts: b 3, a 2, c 2, d 1 -> b, a, c (cap 6 = 3 reserved + 3 words)
    assertEquals(List.of("b", "a", "c"), v.words());
    assertEquals(6, v.size());
    assertEquals(3, v.id("b"));
    assertEquals(4, v.id("a"));
    assertEquals(5, v.id("c"));
    assertEquals(Vocabulary.UNKNOWN, v.id("d"));
    assertEquals(Vocabulary.UNKNOWN, v.id("never"));
  }

  @Test
  void singleSentencesArePaddedOrCut() {
    Vocabulary v = Vocabulary.build(List.of(List.of("x", "y")), 100);
    float[] dst = new float[8];
    TextEncoder.single(List.of("x", "z", "y"), v, 4, dst, 2);
    assertArrayEquals(new float[] {0, 0, 3, 1, 4, 0, 0, 0}, dst);
    float[] cut = new float[2];
    TextEncoder.single(List.of("y", "x", "x"), v, 2, cut, 0);
    assertArrayEquals(new float[] {4, 3}, cut);
  }

  @Test
  void pairsAreJoinedBySeparatorAndCutLongestFirst() {
    Vocabulary v = Vocabulary.build(List.of(List.of("a", "b", "c", "d", "e", "f")), 100);
    // ids: a 3, b 4, c 5, d 6, e 7, f 8 (all count 1: alphabetical)
    float[] fits = new float[7];
    TextEncoder.pair(List.of("a", "b"), List.of("c"), v, 7, fits, 0);
    assertArrayEquals(new float[] {3, 4, 2, 5, 0, 0, 0}, fits);
    // 4 + 1 + 2 = 7 > 5: cut the first sentence (longer) twice -> a b SEP e f
    float[] cut = new float[5];
    TextEncoder.pair(List.of("a", "b", "c", "d"), List.of("e", "f"), v, 5, cut, 0);
    assertArrayEquals(new float[] {3, 4, 2, 7, 8}, cut);
    // equal lengths: the second loses first -> a b SEP d
    float[] tie = new float[4];
    TextEncoder.pair(List.of("a", "b"), List.of("d", "e"), v, 4, tie, 0);
    assertArrayEquals(new float[] {3, 4, 2, 6}, tie);
  }
}
