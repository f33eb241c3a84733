package bibench.harness.hostile.data;

import java.util.List;

/** Hostile OFF meshes in the ModelNet40 layout, including NaN and infinite coordinates. */
final class MeshCases {

  private static final String OFF = "ModelNet40/cube/train/evil.off";

  private MeshCases() {}

  static List<HostileCase> all() {
    return List.of(
        off("off-overclaiming-counts", "mesh", "header claims 2,000,000,000 vertices in 40 bytes",
            "2,000,000,000 vertices", "OFF\n2000000000 1 0\n0 0 0\n3 0 0 0\n"),
        off("off-huge-face", "mesh", "a face claiming 2,000,000,000 corners",
            "2000000000 corners", "OFF\n3 1 0\n0 0 0\n1 0 0\n0 1 0\n2000000000 0 1 2\n"),
        off("off-nan-coordinate", "samples", "a vertex coordinate 'nan'", "NaN",
            "OFF\n3 1 0\n0 0 0\n1 NaN 0\n0 1 0\n3 0 1 2\n"),
        off("off-infinite-coordinate", "samples", "a vertex coordinate 1e999 (overflows double)",
            "not finite", "OFF\n3 1 0\n0 0 0\n1 1e999 0\n0 1 0\n3 0 1 2\n"),
        off("off-overflowing-area", "samples", "coordinates of 1e300 (area overflows)",
            "infinite total area", "OFF\n3 1 0\n0 0 0\n1e300 0 0\n0 1e300 0\n3 0 1 2\n"),
        off("off-truncated", "mesh", "a mesh cut inside its face list", "truncated",
            GoodSets.CUBE.substring(0, GoodSets.CUBE.length() - 30)),
        off("off-empty", "mesh", "an empty .off", "is empty", ""),
        off("off-bad-index", "mesh", "a face using vertex 7 of 3", "uses vertex 7 of 3",
            "OFF\n3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 7\n"),
        off("off-not-off", "mesh", "a PLY file named .off", "header OFF",
            "ply\nformat ascii 1.0\nend_header\n"));
  }

  private static HostileCase off(String id, String kind, String input, String expected,
      String text) {
    return new HostileCase(id, kind, "new", "modelnet40", input, OFF, expected, dir -> {
      GoodSets.modelNet(dir);
      Writers.write(dir, OFF, text);
    });
  }
}
