package bibench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.train.TorchLogLevel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run prints none of PyTorch's warnings below TORCH_CPP_LOG_LEVEL: the warm start of a binarized
 * model (DJL's NDArray.set) triggers c10's "AutoNonVariableTypeMode is deprecated" warning, which
 * libtorch filters only once its logging is initialized ({@link TorchLogLevel}).
 */
class EngineWarningsTest {
  private static final String WARNING = "AutoNonVariableTypeMode is deprecated";

  @TempDir Path out;

  private List<String> run(String level, String name) throws Exception {
    ChildRun run = ChildRun.withTorchLogLevel(level, "run", "--suite", "smoke", "--tracks", "learning_task", "--operators", "bnn",
        "--out", out.resolve(name).toString());
    assertEquals(0, run.waitFor(), String.join("\n", run.lines()));
    return run.lines();
  }

  @Test
  void torchCppLogLevelDecidesWhetherTheEngineWarns() throws Exception {
    List<String> quiet = run("ERROR", "quiet");
    assertTrue(quiet.stream().noneMatch(l -> l.contains(WARNING)), String.join("\n", quiet));
    List<String> loud = run("WARNING", "loud");
    assertTrue(loud.stream().anyMatch(l -> l.contains(WARNING)), "the warning this test guards against no longer "
        + "appears even when asked for:\n" + String.join("\n", loud));
  }

  @Test
  void theLoggingFunctionIsFoundInTheEngine() {
    assertTrue(TorchLogLevel.apply(), "c10::initLogging() not found in the loaded PyTorch libraries");
  }
}
