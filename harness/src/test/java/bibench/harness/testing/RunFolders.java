package bibench.harness.testing;

import bibench.harness.results.Provenance;
import bibench.harness.results.ResultsCsv;
import bibench.results.ResultRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes small run folders (results.csv and provenance.json) for tests. */
public final class RunFolders {
  private RunFolders() {}

  /** A provenance of a run on a machine with this CPU model. */
  public static Map<String, String> provenance(String runId, String cpuModel) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("run_id", runId);
    p.put("suite", "quick");
    p.put("commit", "0123456789abcdef0123456789abcdef01234567");
    p.put("date", "2025-11-20T10:00:00Z");
    p.put("cpu_model", cpuModel);
    p.put("cpu_flags_hash", "1a2b3c");
    p.put("cores", "2");
    p.put("jdk", "Eclipse Adoptium 25+36-LTS");
    p.put("os", "Linux 6.1 amd64");
    p.put("engine", "PyTorch 2.7.1");
    p.put("threads", "1");
    p.put("seeds", "[1, 2, 3]");
    return p;
  }

  /** Writes {@code rows} and {@code provenance} (when not null) into {@code dir}. */
  public static Path write(Path dir, List<ResultRow> rows, Map<String, String> provenance) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ResultsCsv.write(dir.resolve("results.csv"), rows);
    if (provenance != null) {
      new Provenance(provenance).write(dir.resolve("provenance.json"));
    }
    return dir;
  }
}
