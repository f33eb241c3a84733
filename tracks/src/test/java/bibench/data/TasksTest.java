package bibench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.catalog.Tasks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TasksTest {

  @Test
  void listsTheTaskIds() {
    assertEquals(List.of("optdigits", "fashion-mnist", "cifar10", "fsdd", "speech-commands",
        "sst2", "cola", "mrpc", "sentiment", "synthetic-shapes", "associative-recall", "modelnet40"), Tasks.ids());
  }

  @Test
  void anUnknownIdListsTheKnownOnes() {
    BadInputException e = assertThrows(BadInputException.class, () -> Tasks.info("mnist"));
    assertTrue(e.getMessage().contains("'mnist'"), e.getMessage());
    assertTrue(e.getMessage().contains("optdigits, fashion-mnist, cifar10"), e.getMessage());
  }

  @Test
  void colaIsScoredByMatthewsMrpcByAccuracyAndF1TheRestByAccuracy() {
    Map<String, TaskMetric> metrics =
        Tasks.all().stream().collect(Collectors.toMap(TaskInfo::id, TaskInfo::metric));
    assertEquals(TaskMetric.MATTHEWS, metrics.get("cola"));
    assertEquals(TaskMetric.ACCURACY_F1, metrics.get("mrpc"));
    assertEquals(metrics.size() - 2, metrics.values().stream().filter(m -> m == TaskMetric.ACCURACY).count(),
        "every other task is scored by accuracy");
  }

  @Test
  void saysWhichTasksTheShippedCopyServes() {
    List<String> shipped = Tasks.all().stream().filter(TaskInfo::shipped).map(TaskInfo::id).toList();
    assertEquals(List.of("optdigits", "fashion-mnist", "fsdd", "sentiment"), shipped);
    assertTrue(Tasks.info("synthetic-shapes").synthetic());
    assertTrue(Tasks.info("synthetic-shapes").title().contains("SYNTHETIC"));
  }

  @Test
  void badLoadOptionsNameTheKey() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> LoadOptions.defaults().withLimits(0, 10));
    assertTrue(e.getMessage().contains("maxTrain"), e.getMessage());
    e = assertThrows(BadInputException.class, () -> LoadOptions.defaults().withVocabularyCap(3));
    assertTrue(e.getMessage().contains("vocabularyCap"), e.getMessage());
  }
}
