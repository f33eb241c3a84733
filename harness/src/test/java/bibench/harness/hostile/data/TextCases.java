package bibench.harness.hostile.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Hostile text files: CoLA in its {@code raw/} layout, SST-2 and the optdigits CSV. */
final class TextCases {

  private static final String COLA = "glue-cola/raw/in_domain_train.tsv";

  private TextCases() {}

  static List<HostileCase> all() {
    return List.of(
        new HostileCase("sst2-word-label", "text", "held", "sst2",
            "SST-2 train.tsv whose label is the word 'positive'", "glue-sst2/train.tsv",
            "damaged or a different version", dir -> {
              Writers.write(dir, "glue-sst2/train.tsv", "sentence\tlabel\ngood film\tpositive\n");
              Writers.write(dir, "glue-sst2/dev.tsv", "sentence\tlabel\ngood\t1\n");
            }),
        cola("cola-word-label", "new", "a CoLA row whose label is 'acceptable'",
            "label 'acceptable' is not 0 or 1",
            GoodSets.utf8(GoodSets.colaRows(0) + "gj04\tacceptable\t\tthe dog ran .\n")),
        cola("cola-empty", "new", "an empty in_domain_train.tsv", "is empty", new byte[0]),
        cola("cola-binary", "new", "a gzip file named in_domain_train.tsv", "NUL byte",
            Writers.gzip(GoodSets.utf8(GoodSets.colaRows(0)))),
        cola("cola-latin1", "new", "a row in Latin-1 (byte 0xE9, not UTF-8)", "not valid UTF-8",
            latin1(GoodSets.colaRows(0) + "gj04\t1\t\tle caf\u00e9 est ouvert .\n")),
        cola("cola-52mb-line", "issue", "a 52 MB line without tabs (error message length)",
            "x... (52,000,000 characters in all)'", GoodSets.utf8(GoodSets.colaRows(0) + "x".repeat(52_000_000)
                + "\n")),
        cola("cola-columns", "new", "a row of 2 columns instead of 4",
            "expected 4 tab-separated columns",
            GoodSets.utf8(GoodSets.colaRows(0) + "gj04\t1\n")),
        new HostileCase("optdigits-gzip-cut", "gzip", "new", "optdigits",
            "optdigits digits.csv.gz cut in half (a known file)", "optdigits/digits.csv.gz",
            "damaged or a different version", dir -> {
              byte[] csv = GoodSets.utf8("0,".repeat(64) + "3\n");
              byte[] gz = Writers.gzip(csv);
              Writers.write(dir, "optdigits/digits.csv.gz", Arrays.copyOf(gz, gz.length / 2));
            }));
  }

  private static HostileCase cola(String id, String origin, String input, String expected,
      byte[] bytes) {
    return new HostileCase(id, "text", origin, "cola", input, COLA, expected, dir -> {
      GoodSets.cola(dir);
      Writers.write(dir, COLA, bytes);
    });
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
