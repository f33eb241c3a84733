package bibench.data.points;

import bibench.BadInputException;
import bibench.Excerpt;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A polygon mesh in the Object File Format of ModelNet: the line {@code OFF}, then the counts
 * {@code vertices faces edges}, the vertices ({@code x y z} each), and the faces ({@code k i_1 ..
 * i_k}, optionally followed by a colour). Polygons are split into triangle fans. '#' starts a
 * comment. ModelNet's known quirk of a header glued to the counts ({@code OFF490 518 0}) is
 * accepted. Errors (no header, bad counts, a vertex index out of range, a file that ends early)
 * name the file.
 *
 * @param vertices {@code 3 * vertexCount} coordinates
 * @param triangles {@code 3 * triangleCount} vertex indices
 */
public record OffMesh(double[] vertices, int[] triangles) {

  /** Parses an OFF file's bytes; {@code where} names it in messages. */
  public static OffMesh parse(byte[] bytes, String where) {
    if (bytes.length == 0) {
      throw bad(where, "it is empty (0 bytes)");
    }
    Scanner s = new Scanner(bytes, where);
    String first = s.next("the OFF header");
    String rest;
    if (first.equals("OFF")) {
      rest = null;
    } else if (first.startsWith("OFF") && first.length() > 3) {
      rest = first.substring(3);
    } else {
      throw s.bad("it does not start with the header OFF (found " + Excerpt.quoted(first) + ")");
    }
    int nv = s.toInt(rest != null ? rest : s.next("the vertex count"), "vertex count");
    int nf = s.toInt(s.next("the face count"), "face count");
    s.next("the edge count");
    if (nv <= 0 || nf <= 0) {
      throw s.bad("it declares " + nv + " vertices and " + nf + " faces");
    }
    // A vertex takes at least 6 bytes ("0 0 0\n"), a face at least 8 ("3 0 1 2\n", the last
    // one 7): counts the file cannot hold are refused before anything is allocated for them.
    long needed = 6L * nv + 8L * nf - 1;
    if (needed > bytes.length - s.pos) {
      throw s.bad(String.format(Locale.ROOT,
          "its header claims %,d vertices and %,d faces, which need at least %,d bytes, but only"
              + " %,d follow (truncated, or impossible counts)", nv, nf, needed,
          bytes.length - s.pos));
    }
    double[] v = new double[3 * nv];
    for (int i = 0; i < v.length; i++) {
      v[i] = s.toCoordinate(s.next("vertex " + (i / 3)), i / 3);
    }
    int[] tri = new int[(int) Math.min(6L * nf, 1 << 16)];
    int nt = 0;
    for (int f = 0; f < nf; f++) {
      int k = s.toInt(s.next("face " + f), "corner count of face " + f);
      if (k < 3 || 2L * k > bytes.length - s.pos) {
        throw s.bad("face " + f + " has " + k + " corners"
            + (k < 3 ? "" : String.format(Locale.ROOT, ", more than the %,d bytes left can hold",
            bytes.length - s.pos)));
      }
      int[] idx = new int[k];
      for (int j = 0; j < k; j++) {
        idx[j] = s.toInt(s.next("face " + f), "vertex index of face " + f);
        if (idx[j] < 0 || idx[j] >= nv) {
          throw s.bad("face " + f + " uses vertex " + idx[j] + " of " + nv);
        }
      }
      s.skipLine();
      for (int j = 1; j + 1 < k; j++) {
        if (nt + 3 > tri.length) {
          tri = java.util.Arrays.copyOf(tri, Math.max(tri.length * 2, nt + 3));
        }
        tri[nt++] = idx[0];
        tri[nt++] = idx[j];
        tri[nt++] = idx[j + 1];
      }
    }
    return new OffMesh(v, java.util.Arrays.copyOf(tri, nt));
  }

  /**
   * {@code n} points drawn uniformly over the surface: a triangle with probability proportional
   * to its area, then a uniform point inside it.
   *
   * @throws BadInputException when the mesh has no area
   */
  public double[][] sample(int n, SplittableRandom r, String where) {
    int count = triangles.length / 3;
    double[] cumulative = new double[count];
    double total = 0;
    for (int t = 0; t < count; t++) {
      total += area(t);
      cumulative[t] = total;
    }
    if (!(total > 0)) {
      throw bad(where, "its faces have no area");
    }
    if (!Double.isFinite(total)) {
      throw bad(where, "its faces have an infinite total area (coordinates too large for doubles)");
    }
    double[][] pts = new double[n][3];
    for (double[] p : pts) {
      double u = r.nextDouble() * total;
      int t = java.util.Arrays.binarySearch(cumulative, u);
      t = t >= 0 ? t : Math.min(count - 1, -t - 1);
      Primitive.triangle(r, p, corner(t, 0), corner(t, 1), corner(t, 2));
    }
    return pts;
  }

  /** The area of triangle {@code t}. */
  public double area(int t) {
    double[] a = corner(t, 0);
    double[] b = corner(t, 1);
    double[] c = corner(t, 2);
    double ux = b[0] - a[0];
    double uy = b[1] - a[1];
    double uz = b[2] - a[2];
    double vx = c[0] - a[0];
    double vy = c[1] - a[1];
    double vz = c[2] - a[2];
    double cx = uy * vz - uz * vy;
    double cy = uz * vx - ux * vz;
    double cz = ux * vy - uy * vx;
    return 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
  }

  private double[] corner(int t, int k) {
    int v = triangles[3 * t + k];
    return new double[] {vertices[3 * v], vertices[3 * v + 1], vertices[3 * v + 2]};
  }

  static BadInputException bad(String where, String problem) {
    return new BadInputException(
        "OFF mesh " + where + " cannot be read: " + problem,
        "replace it with an intact OFF file (ModelNet layout)");
  }

  /**
   * Whitespace-separated tokens of ASCII bytes, skipping '#' comments, counting lines for
   * messages.
   */
  private static final class Scanner {
    private final byte[] b;
    private final String where;
    private int pos;
    private int line = 1;
    private int tokenLine = 1;

    Scanner(byte[] b, String where) {
      this.b = b;
      this.where = where;
    }

    String next(String what) {
      while (pos < b.length) {
        if (b[pos] == '#') {
          skipLine();
        } else if (b[pos] <= ' ') {
          line += b[pos] == '\n' ? 1 : 0;
          pos++;
        } else {
          break;
        }
      }
      if (pos >= b.length) {
        throw OffMesh.bad(where, String.format(Locale.ROOT,
            "it ends at line %,d (byte %,d) before %s (truncated)", line, pos, what));
      }
      int start = pos;
      tokenLine = line;
      while (pos < b.length && b[pos] > ' ' && b[pos] != '#' && pos - start <= 64) {
        pos++;
      }
      return new String(b, start, pos - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    void skipLine() {
      while (pos < b.length && b[pos] != '\n') {
        pos++;
      }
    }

    int toInt(String token, String what) {
      try {
        return Integer.parseInt(token);
      } catch (NumberFormatException e) {
        throw bad("its " + what + " " + Excerpt.quoted(token) + " is not an integer");
      }
    }

    double toCoordinate(String token, int vertex) {
      double d;
      try {
        d = Double.parseDouble(token);
      } catch (NumberFormatException e) {
        throw bad("the coordinate " + Excerpt.quoted(token) + " of vertex " + vertex
            + " is not a number");
      }
      if (!Double.isFinite(d)) {
        throw bad("the coordinate " + Excerpt.quoted(token) + " of vertex " + vertex + " is "
            + (Double.isNaN(d) ? "NaN" : "not finite") + "; every coordinate must be a finite"
            + " number");
      }
      return d;
    }

    BadInputException bad(String problem) {
      return OffMesh.bad(where, String.format(Locale.ROOT, "line %,d: %s", tokenLine, problem));
    }
  }
}
