package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HsvTest {

  private static float[] toHsv(float r, float g, float b) {
    float[] h = {r};
    float[] s = {g};
    float[] v = {b};
    Hsv.rgbToHsv(h, s, v);
    return new float[] {h[0], s[0], v[0]};
  }

  @Test
  void primaryAndSecondaryColoursHaveTheirTextbookHues() {
    float[][] rgbAndHsv = {
        {1, 0, 0, 0f, 1, 1},
        {0, 1, 0, 1 / 3f, 1, 1},
        {0, 0, 1, 2 / 3f, 1, 1},
        {1, 1, 0, 1 / 6f, 1, 1},
        {0, 1, 1, 0.5f, 1, 1},
        {1, 0, 1, 5 / 6f, 1, 1},
        {0.5f, 0.25f, 0.25f, 0f, 0.5f, 0.5f},
        {0.4f, 0.4f, 0.4f, 0f, 0f, 0.4f},
        {0, 0, 0, 0f, 0f, 0f}};
    for (float[] c : rgbAndHsv) {
      float[] hsv = toHsv(c[0], c[1], c[2]);
      assertEquals(c[3], hsv[0], 1e-6, "hue");
      assertEquals(c[4], hsv[1], 1e-6, "saturation");
      assertEquals(c[5], hsv[2], 1e-6, "value");
    }
  }

  @Test
  void roundTripGivesTheColourBack() {
    int n = 1000;
    float[] r = new float[n];
    float[] g = new float[n];
    float[] b = new float[n];
    for (int i = 0; i < n; i++) {
      r[i] = (i * 37 % 101) / 100f;
      g[i] = (i * 53 % 101) / 100f;
      b[i] = (i * 71 % 101) / 100f;
    }
    float[] h = r.clone();
    float[] s = g.clone();
    float[] v = b.clone();
    Hsv.rgbToHsv(h, s, v);
    Hsv.hsvToRgb(h, s, v);
    for (int i = 0; i < n; i++) {
      assertEquals(r[i], h[i], 1e-5);
      assertEquals(g[i], s[i], 1e-5);
      assertEquals(b[i], v[i], 1e-5);
    }
  }
}
