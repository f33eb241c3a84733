package bibench.harness.testing;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic run folder of all six tracks (nine operators, three seeds, ten corruptions),
 * for looking at the report: {@code java ... bibench.harness.testing.SyntheticRunMain <dir>}.
 */
public final class SyntheticRunMain {
  private SyntheticRunMain() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/synthetic-run");
    List<String> ops = List.of("fp32", "bnn", "xnor", "dorefa", "bireal", "xnorpp", "react", "recu", "fda");
    List<String> corruptions = List.of("gaussian_noise", "shot_noise", "impulse_noise", "speckle_noise",
        "gaussian_blur", "contrast", "brightness", "saturate", "jpeg_compression", "pixelate");
    String runId = dir.getFileName().toString();
    RunFolders.write(dir, SyntheticRun.rows(runId, ops, 3, corruptions),
        RunFolders.provenance(runId, "AMD EPYC 7B13 64-Core Processor"));
    System.out.println("wrote " + dir.toAbsolutePath());
  }
}
