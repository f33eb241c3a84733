package bibench.data.corrupt;

import bibench.BadInputException;
import bibench.data.Split;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A contact sheet of corruptions for the report: one test image under every corruption (one row
 * each) and severity (columns: 0 = clean, then 1 to 5), each cell enlarged by pixel repetition
 * (nearest neighbour) so that 32x32 images can be seen, with the corruption's id and parameter
 * names left of its row and each severity's parameter values under its cell.
 *
 * <p>Layout, in pixels: every cell is the image enlarged {@code scale = ceil(96 / max(H, W))} times
 * (at least 1); a left label column is {@value #LABEL_WIDTH} wide and a top header {@value
 * #HEADER_HEIGHT} high; cells are separated and surrounded by {@value #GAP}; under each cell is a
 * caption line {@value #CAPTION_HEIGHT} high. So the sheet is {@code LABEL_WIDTH + GAP + 6 * (scale
 * * W + GAP)} wide and {@code HEADER_HEIGHT + rows * (scale * H + CAPTION_HEIGHT + GAP) + GAP}
 * high.
 *
 * <p>Text is drawn with {@code java.awt} in headless mode ({@code java.awt.headless=true} is set
 * unless the property is already set), which needs a font the JDK can find (fontconfig and any
 * TrueType font, such as Debian's fonts-dejavu-core).
 */
public final class CorruptionSheet {
  static final int LABEL_WIDTH = 150;
  static final int HEADER_HEIGHT = 24;
  static final int GAP = 4;
  static final int CAPTION_HEIGHT = 14;
  private static final int TARGET_CELL = 96;

  private CorruptionSheet() {}

  /**
   * Writes the sheet of image {@code index} of {@code images} as a PNG, creating parent folders.
   *
   * @param png the file to write
   * @param images a split of images ({@code {C, H, W}} with C = 1 or 3, or {@code {H, W}})
   * @param index which image to show
   * @param corruptions the rows, in order
   * @param seed the seed of the random corruptions (the image keeps its index in the stream key)
   * @throws BadInputException when the split holds no images, the index does not exist, or the file
   *     cannot be written
   */
  public static void write(Path png, Split images, int index, List<Corruption> corruptions, long seed) {
    BufferedImage sheet = render(Corruptions.image(images, index), index, corruptions, seed);
    try {
      Path parent = png.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (!ImageIO.write(sheet, "png", png.toFile())) {
        throw new IllegalStateException("this JDK has no PNG writer in javax.imageio");
      }
    } catch (IOException e) {
      throw new BadInputException(
          "cannot write the corruption sheet " + png + ": " + e.getMessage(),
          "give a path in a writable folder", e);
    }
  }

  /** The sheet as an in-memory RGB image (see the class comment for its layout). */
  public static BufferedImage render(ChwImage image, int index, List<Corruption> corruptions, long seed) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    int scale = scale(image);
    int cellW = scale * image.width();
    int cellH = scale * image.height();
    int rowH = cellH + CAPTION_HEIGHT + GAP;
    int width = LABEL_WIDTH + GAP + 6 * (cellW + GAP);
    int height = HEADER_HEIGHT + corruptions.size() * rowH + GAP;
    BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
      for (int col = 0; col <= Corruption.SEVERITIES; col++) {
        String head = col == 0 ? "clean" : "severity " + col;
        centred(g, head, cellX(col, cellW), cellW, HEADER_HEIGHT - 7);
      }
      for (int row = 0; row < corruptions.size(); row++) {
        Corruption c = corruptions.get(row);
        int top = HEADER_HEIGHT + row * rowH;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString(fit(g, c.id(), LABEL_WIDTH - 2 * GAP), GAP, top + cellH / 2);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g.drawString(fit(g, String.join(", ", c.parameterNames()), LABEL_WIDTH - 2 * GAP), GAP,
            top + cellH / 2 + 14);
        paint(sheet, image, scale, cellX(0, cellW), top);
        for (int s = 1; s <= Corruption.SEVERITIES; s++) {
          ChwImage corrupted = c.apply(image, s, seed, index);
          paint(sheet, corrupted, scale, cellX(s, cellW), top);
          g.setColor(Color.DARK_GRAY);
          centred(g, fit(g, values(c.parameters(s)), cellW), cellX(s, cellW), cellW, top + cellH + 11);
        }
      }
    } finally {
      g.dispose();
    }
    return sheet;
  }

  /** The enlargement factor of each cell for an image. */
  static int scale(ChwImage image) {
    int side = Math.max(image.height(), image.width());
    return Math.max(1, (TARGET_CELL + side - 1) / side);
  }

  private static int cellX(int column, int cellW) {
    return LABEL_WIDTH + GAP + column * (cellW + GAP);
  }

  private static void paint(BufferedImage sheet, ChwImage image, int scale, int left, int top) {
    int n = image.planeSize();
    float[] d = image.data();
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        int i = y * image.width() + x;
        int r = JpegCompression.toByte(d[i]);
        int gr = image.channels() == 1 ? r : JpegCompression.toByte(d[n + i]);
        int b = image.channels() == 1 ? r : JpegCompression.toByte(d[2 * n + i]);
        int rgb = (r << 16) | (gr << 8) | b;
        for (int dy = 0; dy < scale; dy++) {
          for (int dx = 0; dx < scale; dx++) {
            sheet.setRGB(left + x * scale + dx, top + y * scale + dy, rgb);
          }
        }
      }
    }
  }

  private static String values(double[] p) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(p[i] == Math.rint(p[i]) ? Long.toString((long) p[i]) : Double.toString(p[i]));
    }
    return sb.toString();
  }

  private static void centred(Graphics2D g, String text, int left, int width, int baseline) {
    FontMetrics m = g.getFontMetrics();
    g.drawString(text, left + Math.max(0, (width - m.stringWidth(text)) / 2), baseline);
  }

  /** The text, cut with an ellipsis so that it is at most {@code width} pixels wide. */
  private static String fit(Graphics2D g, String text, int width) {
    FontMetrics m = g.getFontMetrics();
    if (m.stringWidth(text) <= width) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && m.stringWidth(cut + "…") > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
  }
}
