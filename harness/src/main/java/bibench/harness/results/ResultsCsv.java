package bibench.harness.results;

import bibench.BadInputException;
import bibench.results.ResultRow;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The tidy result file, {@code results.csv}: one measurement per row, the columns of {@link
 * #HEADER}. Written whole to a temporary file and moved into place, so a reader never sees half a
 * file; read strictly, so a file with another schema or a torn line is one clear error.
 */
public final class ResultsCsv {
  /** The columns, in order. */
  public static final List<String> HEADER = List.of("run_id", "track", "task", "arch", "operator",
      "setting", "seed", "metric", "value", "unit", "higher_is_better", "n", "stddev");

  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
      .setHeader(HEADER.toArray(String[]::new)).setRecordSeparator("\n").get();
  private static final CSVFormat READ = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).get();

  private ResultsCsv() {}

  /** Writes {@code rows} to {@code file}, replacing it atomically. */
  public static void write(Path file, List<ResultRow> rows) {
    AtomicFiles.write(file, out -> {
      try (Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
          CSVPrinter printer = new CSVPrinter(writer, WRITE)) {
        for (ResultRow r : rows) {
          printer.printRecord(r.runId(), r.track(), r.task(), r.arch(), r.operator(), r.setting(), r.seed(),
              r.metric(), number(r.value()), r.unit(), r.higherIsBetter(), r.n(),
              Double.isNaN(r.stddev()) ? "" : number(r.stddev()));
        }
      }
    });
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /**
   * Reads a result file.
   *
   * @throws BadInputException if the file is missing, has another schema or a malformed line
   */
  public static List<ResultRow> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(READ).get()) {
      if (!parser.getHeaderNames().equals(HEADER)) {
        throw new BadInputException("result file " + file + " has the columns " + parser.getHeaderNames()
            + ", not BiBench-J's " + HEADER, "use a results.csv written by this version of BiBench-J, "
            + "or refresh the baseline from a new run (see README, Regression gate)");
      }
      List<ResultRow> rows = new ArrayList<>();
      java.util.Map<String, Long> lines = new java.util.HashMap<>();
      for (CSVRecord record : parser) {
        ResultRow row = parse(file, record);
        Long first = lines.putIfAbsent(key(row), record.getRecordNumber() + 1);
        if (first != null) {
          throw new BadInputException("result file " + file + ", line " + (record.getRecordNumber() + 1)
              + " repeats the row of line " + first + " (same run, track, task, architecture, operator, setting, seed "
              + "and metric): " + bibench.Excerpt.quoted(String.join(",", record.values())), "keep each row once: "
              + "delete the repeated lines, or use the results.csv that bibench run or bibench merge wrote");
        }
        rows.add(row);
      }
      return rows;
    } catch (NoSuchFileException e) {
      throw new BadInputException("result file " + file + " does not exist",
          "give the folder of a finished run (target/bibench/<run-id>) or its results.csv");
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException("cannot read result file " + file + ": "
          + bibench.Excerpt.of(String.valueOf(e.getMessage())),
          "check that it is a CSV written by BiBench-J", e);
    }
  }

  private static ResultRow parse(Path file, CSVRecord record) {
    if (record.size() != HEADER.size()) {
      throw new BadInputException("result file " + file + ", line " + (record.getRecordNumber() + 1)
          + " has " + record.size() + " fields instead of " + HEADER.size() + " (a torn or edited line): "
          + bibench.Excerpt.quoted(String.join(",", record.values())),
          "delete that line or rerun the cells it belongs to");
    }
    try {
      return new ResultRow(record.get(0), record.get(1), record.get(2), record.get(3), record.get(4),
          record.get(5), Long.parseLong(record.get(6)), record.get(7), number(record.get(8), "value"),
          record.get(9), parseBoolean(record.get(10)), Integer.parseInt(record.get(11)),
          record.get(12).isEmpty() ? Double.NaN : number(record.get(12), "stddev"));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("result file " + file + ", line " + (record.getRecordNumber() + 1)
          + " has a malformed value (" + bibench.Excerpt.of(String.valueOf(e.getMessage()))
          + "): " + bibench.Excerpt.quoted(String.join(",", record.values())),
          "delete that line or rerun the cells it belongs to");
    }
  }

  private static String key(ResultRow r) {
    return String.join("\u0000", r.runId(), r.track(), r.task(), r.arch(), r.operator(), r.setting(),
        Long.toString(r.seed()), r.metric());
  }

  /** A value or standard deviation: a finite number, or NaN (what a diverged model scores). */
  private static double number(String text, String column) {
    double v = Double.parseDouble(text);
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException(column + " " + text + " is not a finite number (NaN marks a diverged model)");
    }
    return v;
  }

  private static boolean parseBoolean(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new IllegalArgumentException("higher_is_better must be true or false, got '" + text + "'");
  }
}
