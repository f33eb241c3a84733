package bibench.models;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.operators.Operators;
import org.junit.jupiter.api.Test;

/** A task that does not fit an architecture is a bad-input error that says what fits. */
class ArchitectureInputTest {

  private static String failure(String id, ModelSpec spec) {
    return assertThrows(BadInputException.class, () -> Architectures.byId(id).build(Operators.create("bnn"), spec))
        .getMessage();
  }

  @Test
  void cnnsNeedImages() {
    String message = failure("resnet20", new ModelSpec(new int[] {3, 1024}, 40, 0, 0));
    assertTrue(message.contains("'resnet20'") && message.contains("[3, 1024]") && message.contains("Fix:"), message);
  }

  @Test
  void vggSmallNeedsEightByEightPixels() {
    String message = failure("vgg-small", new ModelSpec(new int[] {1, 4, 4}, 10, 0, 0));
    assertTrue(message.contains("8x8"), message);
  }

  @Test
  void encodersNeedTokenIdsAndAWidthThatSplitsIntoHeads() {
    assertTrue(failure("transformer", new ModelSpec(new int[] {1, 28, 28}, 10, 0, 0)).contains("{tokens}"));
    assertTrue(failure("transformer", new ModelSpec(new int[] {32}, 2, 0, 0)).contains("no vocabulary"));
    assertTrue(failure("transformer", new ModelSpec(new int[] {32}, 2, 100, 10)).contains("multiple of 4"));
  }

  @Test
  void pointNetNeedsPointsAndDfsmnASpectrogram() {
    assertTrue(failure("pointnet", new ModelSpec(new int[] {3, 32, 32}, 10, 0, 0)).contains("{coordinates, points}"));
    assertTrue(failure("dfsmn", new ModelSpec(new int[] {784}, 10, 0, 0)).contains("{mels, frames}"));
  }

  @Test
  void unknownIdsListTheKnownOnes() {
    String message = assertThrows(BadInputException.class, () -> Architectures.byId("resnet50")).getMessage();
    for (String id : ModelFixtures.IDS) {
      assertTrue(message.contains(id), message);
    }
  }
}
