package bibench.harness.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The commit the code was built from, read with git when it is there. */
public final class GitInfo {
  private GitInfo() {}

  /** The full commit hash plus "+dirty" when the work tree has changes, or "unknown". */
  public static String commit() {
    String head = git("rev-parse", "HEAD");
    if (head.isEmpty()) {
      return "unknown";
    }
    return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "+dirty";
  }

  /** The first 8 characters of the commit, or "nogit". */
  public static String shortCommit(String commit) {
    return commit.equals("unknown") ? "nogit" : commit.substring(0, Math.min(8, commit.length()));
  }

  private static String git(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return "";
      }
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
