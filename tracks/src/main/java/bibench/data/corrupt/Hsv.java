package bibench.data.corrupt;

/**
 * RGB to HSV and back, as {@code skimage.color.rgb2hsv} and {@code hsv2rgb} compute them, on whole
 * planes (one plain loop over pixels each, which the JIT vectorises where it can).
 *
 * <p>{@code V = max(R, G, B)}, {@code S = (V - min) / V} (0 where V = 0), and the hue in [0, 1):
 * {@code ((G - B) / d) / 6} when R is the maximum, {@code (2 + (B - R) / d) / 6} for G, {@code (4
 * + (R - G) / d) / 6} for B, taken modulo 1, and 0 for gray pixels ({@code d = V - min = 0}).
 */
final class Hsv {
  private Hsv() {}

  /** Converts RGB planes to H, S, V planes in place: on return r holds H, g holds S, b holds V. */
  static void rgbToHsv(float[] r, float[] g, float[] b) {
    for (int i = 0; i < r.length; i++) {
      float red = r[i];
      float green = g[i];
      float blue = b[i];
      float max = Math.max(red, Math.max(green, blue));
      float min = Math.min(red, Math.min(green, blue));
      float delta = max - min;
      float hue;
      if (delta == 0f) {
        hue = 0f;
      } else {
        if (blue == max) {
          hue = 4f + (red - green) / delta;
        } else if (green == max) {
          hue = 2f + (blue - red) / delta;
        } else {
          hue = (green - blue) / delta;
        }
        hue /= 6f;
        hue -= (float) Math.floor(hue);
      }
      r[i] = hue;
      g[i] = max == 0f ? 0f : delta / max;
      b[i] = max;
    }
  }

  /** Converts H, S, V planes to RGB in place: on return h holds R, s holds G, v holds B. */
  static void hsvToRgb(float[] h, float[] s, float[] v) {
    for (int i = 0; i < h.length; i++) {
      float h6 = h[i] * 6f;
      int sector = (int) Math.floor(h6);
      float f = h6 - sector;
      float value = v[i];
      float sat = s[i];
      float p = value * (1f - sat);
      float q = value * (1f - f * sat);
      float t = value * (1f - (1f - f) * sat);
      float red;
      float green;
      float blue;
      switch (Math.floorMod(sector, 6)) {
        case 0 -> {
          red = value;
          green = t;
          blue = p;
        }
        case 1 -> {
          red = q;
          green = value;
          blue = p;
        }
        case 2 -> {
          red = p;
          green = value;
          blue = t;
        }
        case 3 -> {
          red = p;
          green = q;
          blue = value;
        }
        case 4 -> {
          red = t;
          green = p;
          blue = value;
        }
        default -> {
          red = value;
          green = p;
          blue = q;
        }
      }
      h[i] = red;
      s[i] = green;
      v[i] = blue;
    }
  }
}
