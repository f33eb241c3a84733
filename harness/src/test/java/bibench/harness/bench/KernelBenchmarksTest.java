package bibench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.Options;

class KernelBenchmarksTest {
  @Test
  void annotationProcessingGeneratedEveryBenchmark() throws IOException {
    // JMH 1.37 on JDK 25 silently generates nothing without the annotation processor path.
    String list;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
      assertTrue(in != null, "META-INF/BenchmarkList is missing: no benchmark was generated");
      list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String name : new String[] {"GemmBenchmark_binaryGemm", "GemmBenchmark_floatGemm",
        "GemmBenchmark_floatGemmWithPacking", "GemmBenchmark_ternaryGemm", "ConvBenchmark_ternaryConv",
        "GemmBenchmark_partialGemm", "ConvBenchmark_partialConv", "GemmBenchmark_int8TernaryGemm", "TorchGemmBenchmark_torchMatMul",
        "ConvBenchmark_binaryConv", "ConvBenchmark_binaryConvPacked", "ConvBenchmark_floatConv",
        "TorchConvBenchmark_torchConv", "ScaleOverheadBenchmark_binaryConv",
        "LinearBenchmark_binaryLinear", "LinearBenchmark_floatLinear"}) {
      String generated = "bibench.harness.bench.jmh_generated." + name + "_jmhTest";
      assertTrue(list.contains(generated), name + " not generated");
    }
  }

  @Test
  void optionsSelectTheSubsetWriteJsonAndProfileGc() {
    Options quick = KernelBenchmarks.options("GemmBenchmark", Path.of("/tmp/x.json"), true);
    assertEquals("GemmBenchmark", quick.getIncludes().get(0));
    assertEquals(ResultFormatType.JSON, quick.getResultFormat().get());
    assertEquals("/tmp/x.json", quick.getResult().get());
    assertTrue(quick.getProfilers().stream()
        .anyMatch(p -> p.getKlass().contains("GCProfiler")));
    assertEquals(3, quick.getWarmupIterations().get());
    assertTrue(quick.getWarmupTime().get().convertTo(java.util.concurrent.TimeUnit.SECONDS) >= 1);
    Options full = KernelBenchmarks.options("ConvBenchmark", Path.of("/tmp/y.json"), false);
    assertTrue(full.getWarmupIterations().hasValue() == false, "full runs use the annotations");
  }

  @Test
  void macsPerOpFollowTheShapes() {
    assertEquals(1024L * 1024 * 1024,
        KernelBenchmarks.macsPerOp("x", Map.of("shape", "1024x1024x1024")));
    assertEquals(64L * 3136 * 576, KernelBenchmarks.macsPerOp("x", Map.of("shape", "64x3136x576")));
    assertEquals(64L * 3136 * 576, KernelBenchmarks.macsPerOp("x", Map.of("layer", "C64_56X56")));
    // 256 -> 512, stride 2, 8x8 -> 4x4: 512 * 16 outputs, 256 * 9 products each.
    assertEquals(512L * 16 * 2304,
        KernelBenchmarks.macsPerOp("x", Map.of("layer", "C256TO512_S2_8X8")));
    assertEquals(0, KernelBenchmarks.macsPerOp("x", Map.of()));
  }

  @Test
  void convCasesAreTheResNet18CifarLayers() {
    assertEquals(16, ConvCase.C64TO128_S2_32X32.shape().outH());
    assertEquals(4, ConvCase.C512_4X4.shape().outW());
    assertEquals(8, ConvCase.values().length);
    BadInputException e = assertThrows(BadInputException.class, () -> ConvCase.parse("c9"));
    assertTrue(e.getMessage().contains("C512_4X4"));
    assertThrows(BadInputException.class, () -> GemmShape.parse("12x3"));
  }
}
