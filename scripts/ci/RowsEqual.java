import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a merged (sharded) run holds the same rows as an unsharded run of the same suite and
 * commit: every cell once on each side, the same cells, and every row that is not a timing
 * identical in every column but {@code run_id}. Timings (units s, ms, us, ns, anything per second,
 * B/op) depend on the load of the machine, so only their presence is compared.
 *
 * <p>Run with the JDK's source launcher, no build needed:
 * {@code java scripts/ci/RowsEqual.java merged/results.csv whole/results.csv}. Prints {@code rows
 * equal: ...} and exits 0, or lists the differences and exits 1 (2 on unreadable input).
 */
public final class RowsEqual {
  private static final List<String> KEY =
      List.of("track", "task", "arch", "operator", "setting", "seed", "metric");
  private static final Set<String> TIME_UNITS = Set.of("s", "ms", "us", "ns", "B/op");

  private RowsEqual() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java RowsEqual.java <merged results.csv> <unsharded results.csv>");
      System.exit(2);
    }
    Table a = Table.read(Path.of(args[0]));
    Table b = Table.read(Path.of(args[1]));
    if (!a.header.equals(b.header)) {
      System.out.println("rows differ: the headers differ: " + a.header + " vs " + b.header);
      System.exit(1);
    }
    List<String> problems = new ArrayList<>();
    problems.addAll(a.duplicates);
    problems.addAll(b.duplicates);
    Set<String> keys = new TreeSet<>(a.rows.keySet());
    keys.addAll(b.rows.keySet());
    int exact = 0;
    int timings = 0;
    int unit = a.header.indexOf("unit");
    for (String key : keys) {
      List<String> ra = a.rows.get(key);
      List<String> rb = b.rows.get(key);
      if (ra == null || rb == null) {
        problems.add((ra == null ? "only in " + args[1] : "only in " + args[0]) + ": " + key);
        continue;
      }
      String u = ra.get(unit);
      if (TIME_UNITS.contains(u) || u.endsWith("/s")) {
        timings++;
        continue;
      }
      exact++;
      for (int c = 0; c < a.header.size(); c++) {
        String column = a.header.get(c);
        if (!column.equals("run_id") && !ra.get(c).equals(rb.get(c))) {
          problems.add("differs in " + column + ": " + key + ": " + ra.get(c) + " vs " + rb.get(c));
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.stream().limit(50).forEach(p -> System.out.println("  " + p));
      System.out.println("rows differ: " + problems.size() + " problems (" + a.rows.size() + " vs "
          + b.rows.size() + " rows)");
      System.exit(1);
    }
    System.out.println("rows equal: " + keys.size() + " rows, each cell once; " + exact
        + " identical in every column but run_id, " + timings + " timings present on both sides");
  }

  /** The rows of one results.csv by key, and the keys seen twice. */
  private static final class Table {
    final List<String> header;
    final Map<String, List<String>> rows = new LinkedHashMap<>();
    final List<String> duplicates = new ArrayList<>();

    private Table(List<String> header) {
      this.header = header;
    }

    static Table read(Path file) throws IOException {
      if (!Files.isRegularFile(file)) {
        System.err.println("error: " + file + " is not a file. Fix: pass two results.csv files");
        System.exit(2);
      }
      List<String> lines = Files.readAllLines(file);
      Table t = new Table(fields(lines.get(0)));
      for (String line : lines.subList(1, lines.size())) {
        if (line.isEmpty()) {
          continue;
        }
        List<String> row = fields(line);
        StringBuilder key = new StringBuilder();
        for (String k : KEY) {
          key.append(row.get(t.header.indexOf(k))).append(" | ");
        }
        if (t.rows.put(key.toString(), row) != null) {
          t.duplicates.add("twice in " + file + ": " + key);
        }
      }
      return t;
    }

    /** One CSV line (RFC 4180 quoting; no line breaks inside fields in results.csv). */
    static List<String> fields(String line) {
      List<String> out = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            cur.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == ',') {
          out.add(cur.toString());
          cur.setLength(0);
        } else {
          cur.append(ch);
        }
      }
      out.add(cur.toString());
      return out;
    }
  }
}
