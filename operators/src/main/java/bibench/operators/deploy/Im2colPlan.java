package bibench.operators.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precomputed address and validity tables of one convolution geometry, shared by the binary and
 * the FP32 im2col.
 *
 * <p>Output positions {@code p = y * outW + x} are grouped in panels of 64 columns. For every
 * kernel tap {@code t = ky * kernelW + kx} and position, {@link #mask} is -1 when the input pixel
 * exists and 0 when it falls in the zero padding. In shift mode (stride 1 and outW == inW, the usual
 * "same" convolution) the input pixel of position p is {@code p + shift[t]} in its plane, so im2col
 * is a shifted, masked copy; otherwise {@link #index} holds its plane offset (0 where padded).
 *
 * <p>Padding exactness for binary kernels: padded pixels are packed as bit 0, so their XOR counts
 * the weight's 1 bits there. Positions with padded taps are listed per panel ({@link #borderStart},
 * {@link #borderColumn}, {@link #borderClass}); a class is one set of padded taps ({@link
 * #classTaps}; {@link #columnClass} gives each position's class + 1, or 0, when there are at most
 * {@link #MAX_LOOKUP_CLASSES}). The kernels correct those weight bits per class and use {@link
 * #validK} (valid taps times channels; K away from the border) instead of K, so a border window
 * counts only its valid positions.
 */
final class Im2colPlan {
  /** Border classes a 16-entry in-register table can hold (entry 0 is "no padded tap"). */
  static final int MAX_LOOKUP_CLASSES = 15;

  final ConvShape shape;
  final int columns;
  final int panels;
  final int paddedColumns;
  final boolean shiftMode;
  final int[] shift;
  final int[] index;
  final int[] mask;
  final int[] validK;
  final int[] borderStart;
  final int[] borderColumn;
  final int[] borderClass;
  final int[][] classTaps;
  final int[] columnClass;

  Im2colPlan(ConvShape s) {
    this.shape = s;
    int outH = s.outH();
    int outW = s.outW();
    int taps = s.taps();
    columns = outH * outW;
    panels = (columns + PopcountGemm.PANEL - 1) / PopcountGemm.PANEL;
    paddedColumns = panels * PopcountGemm.PANEL;
    shiftMode = s.strideH() == 1 && s.strideW() == 1 && outW == s.inW();
    shift = new int[taps];
    index = shiftMode ? null : new int[taps * paddedColumns];
    mask = new int[taps * paddedColumns];
    int[] paddedTaps = new int[columns];
    for (int t = 0; t < taps; t++) {
      int dy = (t / s.kernelW()) * s.dilationH() - s.padH();
      int dx = (t % s.kernelW()) * s.dilationW() - s.padW();
      shift[t] = dy * s.inW() + dx;
      for (int p = 0; p < columns; p++) {
        int iy = (p / outW) * s.strideH() + dy;
        int ix = (p % outW) * s.strideW() + dx;
        boolean valid = iy >= 0 && iy < s.inH() && ix >= 0 && ix < s.inW();
        mask[t * paddedColumns + p] = valid ? -1 : 0;
        if (index != null) {
          index[t * paddedColumns + p] = valid ? iy * s.inW() + ix : 0;
        }
        if (!valid) {
          paddedTaps[p]++;
        }
      }
    }
    validK = new int[paddedColumns];
    Map<String, Integer> classIds = new HashMap<>();
    List<int[]> classes = new ArrayList<>();
    List<Integer> borderCols = new ArrayList<>();
    List<Integer> borderCls = new ArrayList<>();
    borderStart = new int[panels + 1];
    for (int p = 0; p < columns; p++) {
      validK[p] = s.inPerGroup() * (taps - paddedTaps[p]);
      if (p % PopcountGemm.PANEL == 0) {
        borderStart[p / PopcountGemm.PANEL] = borderCols.size();
      }
      if (paddedTaps[p] > 0) {
        int[] set = new int[paddedTaps[p]];
        int n = 0;
        for (int t = 0; t < taps; t++) {
          if (mask[t * paddedColumns + p] == 0) {
            set[n++] = t;
          }
        }
        String key = Arrays.toString(set);
        Integer id = classIds.get(key);
        if (id == null) {
          id = classes.size();
          classIds.put(key, id);
          classes.add(set);
        }
        borderCols.add(p % PopcountGemm.PANEL);
        borderCls.add(id);
      }
    }
    borderStart[panels] = borderCols.size();
    borderColumn = borderCols.stream().mapToInt(Integer::intValue).toArray();
    borderClass = borderCls.stream().mapToInt(Integer::intValue).toArray();
    classTaps = classes.toArray(new int[0][]);
    columnClass = classTaps.length <= MAX_LOOKUP_CLASSES ? new int[paddedColumns] : null;
    for (int e = 0; columnClass != null && e < borderColumn.length; e++) {
      columnClass[positionOf(e)] = borderClass[e] + 1;
    }
  }

  /**
   * Each column's padding class + 1 (0 without padded taps), whatever the number of classes: the
   * ternary and partial kernels look their K up per output channel and class from it.
   */
  int[] columnClasses() {
    int[] cls = new int[paddedColumns];
    for (int pn = 0; pn < panels; pn++) {
      for (int e = borderStart[pn]; e < borderStart[pn + 1]; e++) {
        cls[pn * PopcountGemm.PANEL + borderColumn[e]] = borderClass[e] + 1;
      }
    }
    return cls;
  }

  /** The output position of border entry e. */
  private int positionOf(int e) {
    int pn = 0;
    while (borderStart[pn + 1] <= e) {
      pn++;
    }
    return pn * PopcountGemm.PANEL + borderColumn[e];
  }

  /** Valid (unpadded) output columns of a panel. */
  int columnsIn(int panel) {
    return Math.min(PopcountGemm.PANEL, columns - panel * PopcountGemm.PANEL);
  }

  /** 16-lane vectors needed for the columns of a panel. */
  int vectorsIn(int panel) {
    return (columnsIn(panel) + PopcountGemm.LANES - 1) / PopcountGemm.LANES;
  }
}
