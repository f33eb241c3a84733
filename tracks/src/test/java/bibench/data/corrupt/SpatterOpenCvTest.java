package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Spatter's water drops against OpenCV 4.6 (the reference code's library), on a fixed 32x32 8-bit
 * liquid layer (severity 3 parameters). Expected values come from {@code cv2.Canny(l8, 50, 150)},
 * {@code cv2.distanceTransform(src, cv2.DIST_L2, 5)}, {@code cv2.equalizeHist} and the whole
 * {@code spatter} water branch of {@code make_cifar_c.py}.
 */
class SpatterOpenCvTest {

  /** The 8-bit layer, one row of hex per image row. */
  private static final String LIQUID8 = """
      00000000000000000000b3daefda0000000000c1cedad9c8c7cbc6b9b2cbecf0
      00000000000000bbba0000b0b6b70000000000c5c9c1b8b5cbd7c7b100b8d6e1
      0000000000000000bab0000000000000000000bcbf000000bacec5b70000bbc5
      00000000000000000000000000000000000000b3b400000000bac7c9bdb2b5b8
      0000000000000000000000000000000000000000000000000000bbc4c1b8b200
      0000b6b3000000000000000000000000000000000000000000000000b3b10000
      00b5cbbd0000000000000000000000000000afb9000000000000000000000000
      00b9c6c3b50000000000000000000000000000b6bec1c5b20000000000000000
      000000b9bdb100000000bbc9bc00000000000000c0d0c8000000000000000000
      000000000000000000bcd4e2d4ba000000000000b3c100000000000000000000
      0000b50000000000b2c3ced3cabcbbc9c3000000000000000000000000000000
      00000000000000b0b7b8b5b4af00bbd6e0d2be00000000000000000000000000
      0000000000000000000000000000b1c2d8e6dbbe00000000b6b2b0b6baba0000
      00000000000000000000000000000000c4d6c40000000000bbc5c4c4c9c9bb00
      bfb200000000000000000000000000b3c0c300000000000000c7ccc7c4c2bcb8
      bbb600000000000000000000000000bfc6ba00000000000000b6bbc0c3c1b600
      ba0000000000000000b3b00000000000b200000000000000000000b4ced1b600
      c60000000000000000b4000000000000000000000000000000000000cecd0000
      d3bbb6bfc2ba000000ba000000000000000000000000000000000000b7b10000
      c6bebbb400b2bbb3b9c300000000000000b20000000000000000000000000000
      000000000000b100bbd0c3000000000000000000b20000000000000000000000
      0000000000000000b7cdc600000000000000b0b4bb000000b2bc000000000000
      000000000000b5b4b4b20000000000000000b2b7bb00000000c5c50000000000
      00000000c2c3b4000000000000000000000000b5b900000000c2c6b900000000
      00000000bec0000000000000bbbf000000000000b10000000000000000000000
      00000000b2b3000000000000cfddc9bfbd000000000000000000000000000000
      00000000000000b6bb0000bbcfd7cececdb20000000000000000000000000000
      00000000000000bbbc000000b00000b3b8b400000000000000000000000000cd
      000000000000000000000000000000000000bcbfb0000000000000000000b7e0
      000000000000000000b0bb00000000000000c0c9b000000000000000000000d2
      00bab500000000000000ba00000000000000b0bb0000000000000000000000c2
      b3dbd6bfb40000b90000b3000000000000000000000000000000b0b400000000
      """;

  /** OpenCV's Canny edges of {@link #LIQUID8}: '#' = edge. */
  private static final String EDGES = """
      .......##.#..#.....#............
      ..........####.....#..#....#.#.#
      .......#.#.........#.#.##..#....
      ...................##...##..#...
      .........................##...##
      .###...............#.......####.
      .#..#.............#.#...........
      .#..##............#..#..........
      ..#......#####.....#..##........
      ........##...##.....###.........
      .#.#...##......###..............
      .###.....######...##............
      ..............##...#....#######.
      ...............#..##....#.....##
      ##.............#.##.....#.....#.
      .#.............#.#.......#.....#
      .#......#.#....###........##..#.
      .#####..#.#................####.
      ......###.#.......#.........##..
      #.###...#.#.....#.#.............
      .....####.#.....#..#............
      ........#.#.......#..#..###.....
      .....#..###.......#..#..#..#....
      ....#..#..........##.....#......
      ....#.#.....###....#............
      ....##.....#...###..............
      .......#...#.....#..............
      ...........######.............##
      ..........#.......###.........#.
      .........#.#......#.#.........##
      ####...#.#.#......###..........#
      #..##.#.#..#..............##....
      """;

  private static int[] liquid8() {
    byte[] b = HexFormat.of().parseHex(LIQUID8.replaceAll("\\s", ""));
    int[] out = new int[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[i] & 0xFF;
    }
    return out;
  }

  @Test
  void cannyMatchesOpenCv() {
    boolean[] edges = EdgeMaps.canny(liquid8(), 32, 32, 50, 150);
    String[] rows = EDGES.strip().split("\\n");
    for (int y = 0; y < 32; y++) {
      StringBuilder got = new StringBuilder();
      for (int x = 0; x < 32; x++) {
        got.append(edges[y * 32 + x] ? '#' : '.');
      }
      assertEquals(rows[y].strip(), got.toString(), "row " + y);
    }
  }

  @Test
  void waterDropStrengthMatchesOpenCvPipeline() {
    float[] m = Spatter.waterDrops(liquid8(), 32, 32, 0.5f);
    int[][] at = {{0, 13}, {1, 29}, {0, 24}, {13, 28}, {18, 2}, {27, 16}, {27, 12}, {18, 1}};
    double[] expected = {0.5, 0.1171240359544754, 0.2533443868160248, 0.1848098486661911,
        0.08458957821130753, 0.16917915642261505, 0.20094572007656097, 0.13981732726097107};
    for (int k = 0; k < at.length; k++) {
      assertEquals(expected[k], m[at[k][0] * 32 + at[k][1]], 1e-6, "at " + at[k][0] + "," + at[k][1]);
    }
    int nonZero = 0;
    for (float v : m) {
      nonZero += v > 0 ? 1 : 0;
    }
    assertEquals(188, nonZero);
  }

  @Test
  void chamferDistanceMatchesOpenCvAroundOnePoint() {
    boolean[] source = new boolean[49];
    source[3 * 7 + 3] = true;
    float[] d = EdgeMaps.chamferDistance(source, 7, 7);
    float[] row0 = {4.2f, 3.5969f, 3.1969f, 3f, 3.1969f, 3.5969f, 4.2f};
    float[] row1 = {3.5969f, 2.8f, 2.1969f, 2f, 2.1969f, 2.8f, 3.5969f};
    float[] row3 = {3f, 2f, 1f, 0f, 1f, 2f, 3f};
    for (int x = 0; x < 7; x++) {
      // OpenCV's 16-bit fixed point is off by at most 2e-5
      assertEquals(row0[x], d[x], 1e-4, "row 0");
      assertEquals(row1[x], d[7 + x], 1e-4, "row 1");
      assertEquals(row3[x], d[21 + x], 1e-4, "row 3");
    }
  }

  @Test
  void equalizeHistogramMatchesOpenCvIncludingHalfwayRounding() {
    // cv2.equalizeHist gives [0, 0, 42, 170, 170, 170, 212, 255]: 42.5 and 212.5 round to even
    assertArrayEquals(new int[] {0, 0, 42, 170, 170, 170, 212, 255},
        EdgeMaps.equalizeHistogram(new int[] {10, 10, 20, 30, 30, 30, 40, 50}));
    assertArrayEquals(new int[] {7, 7, 7}, EdgeMaps.equalizeHistogram(new int[] {7, 7, 7}));
  }
}
