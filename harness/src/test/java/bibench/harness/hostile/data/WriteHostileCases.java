package bibench.harness.hostile.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every hostile case for {@code scripts/hostile-cases.sh}: {@code <out>/<id>/data/} (the
 * data directory), {@code <out>/<id>/suite.json} (one task) and {@code suite-good-first.json} (a
 * good optdigits row first, to show its finished cells are kept), and {@code <out>/cases.tsv}
 * (id, kind, origin, task, input, file, expected); and the suite cases ({@code
 * <out>/suite-<id>/suite.json}, {@code <out>/suite-cases.tsv}).
 */
public final class WriteHostileCases {

  private WriteHostileCases() {}

  /** {@code args[0]}: the folder to write into (created). */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/hostile-cases");
    Files.createDirectories(out);
    StringBuilder tsv = new StringBuilder("id\tkind\torigin\ttask\tinput\tfile\texpected\n");
    for (HostileCase c : HostileCases.all()) {
      Path dir = out.resolve(c.id());
      Files.createDirectories(dir.resolve("data"));
      c.writer().write(dir.resolve("data"));
      Files.writeString(dir.resolve("suite.json"), c.suiteJson(false));
      Files.writeString(dir.resolve("suite-good-first.json"), c.suiteJson(true));
      tsv.append(String.join("\t", c.id(), c.kind(), c.origin(), c.task(), c.input(), c.file(),
          c.expected())).append('\n');
    }
    Files.writeString(out.resolve("cases.tsv"), tsv);
    StringBuilder suites = new StringBuilder("id\torigin\tinput\textra args\texpected\n");
    for (bibench.harness.hostile.SuiteCases c : bibench.harness.hostile.SuiteCases.all()) {
      Path dir = out.resolve("suite-" + c.id());
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("suite.json"), c.suite());
      String extra = c.extraArgs().isEmpty() ? "-" : String.join(" ", c.extraArgs());
      suites.append(String.join("\t", c.id(), c.origin(), c.input(), extra,
          c.expected())).append('\n');
    }
    Files.writeString(out.resolve("suite-cases.tsv"), suites);
    Files.createDirectories(out.resolve("suite-width-512gb"));
    Files.writeString(out.resolve("suite-width-512gb/suite.json"),
        bibench.harness.hostile.SuiteCases.hugeWidthSuite());
    System.out.println("wrote " + HostileCases.all().size() + " data cases and "
        + bibench.harness.hostile.SuiteCases.all().size() + " suite cases to " + out);
  }
}
