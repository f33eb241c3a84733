package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * JPEG and pixelate against what Pillow 9.4 (the library of the reference code) gives on the same
 * 8-bit 16x16 image: {@code 30 + 5x + 5y + 20c + 3 ((x y) mod 7)} at row y, column x, channel c.
 * The expected bytes were produced with {@code im.save(buf, 'JPEG', quality=q)} and {@code
 * im.resize((int(16 f), int(16 f)), BOX).resize((16, 16), BOX)}, stored row-major, channels
 * interleaved (HWC), as hex.
 */
class PillowReferenceTest {

  private static final String JPEG80 = """
      1a2f4224394c2b40532c41543045583a4f623f54673f5467495e71465b6e4e637652677a5c71845f7487596e81697e91
      1e3346293e5133485b364b5e3c5164475c6f4d62754c6174495e7153687b62778a657a8d718699788da06d829573889b
      293e51354a5d3f546742576a465b6e4e63765065784e6376556a7d5f7487677c8f607588697e91768b9e70859874899c
      2d42553a4f6244596c475c6f4a5f725065785065784c6174657a8d697e916d8295667b8e6d8295778c9f74899c7f94a7
      2c41543a4f62455a6d4a5f724f6477566b7e586d80556a7d62778a62778a6f8497778c9f7f94a77d92a5758a9d889db0
      384d6044596c4d62754f647753687b5a6f825d72855a6f826e8396677c8f7186997a8fa28095a87b90a3778c9f91a6b9
      42576a4c617453687b52677a54697c5a6f825d72855b70837e93a6788da07c91a47a8fa27f94a78196a98297aa9bb0c3
      3e5366485d704f64774f647753687b5c718461768960758864798c6b8093778c9f758a9d7b90a38196a97f94a78ea3b6
      495e71495e71576c7f61768964798c72879a778c9f677c8f6d8295798ea1869bae8398ab8ea3b69aafc290a5b891a6b9
      455a6d516679617689657a8d62778a6a7f927186996e83967b90a38196a98a9fb2869bae8ea3b697acbf91a6b999aec1
      4f64776176896b80936c8194708598758a9d778c9f7a8fa2879caf899eb193a8bb93a8bb99aec19bb0c397acbfa7bccf
      54697c63788b63788b657a8d788da07e93a6778c9f778c9f8499ac859aad92a7ba97acbf9db2c59aafc296abbeabc0d3
      5d72856c81946a7f926b80937d92a58398ab7b90a37c91a491a6b98ea3b699aec19eb3c6a4b9cca2b7ca9fb4c7b8cde0
      61768972879a798ea1778c9f7a8fa27e93a68095a88398ab9cb1c497acbf9cb1c49cb1c4a2b7caa4b9cca4b9ccbcd1e4
      5d7285687d90758a9d768b9e73889b7b90a38398ab8095a890a5b88fa4b795aabd96abbe9eb3c6a3b8cb9fb4c7afc4d7
      6c81946b8093778c9f8095a88297aa92a7ba9aafc28ba0b393a8bb98adc0a6bbceaabfd2b6cbdebacfe2afc4d7b7ccdf
      """;

  private static final String JPEG40 = """
      11283a1e3547283f512a4153334a5c3f566841586a3b5264435a6c4b6274566d7f5c73855e75875f7688637a8c667d8f
      1f36482c4355354c5e384f614057694c63754e6577475e704d6476556c7e5f7688657c8e677e906980926d8496708799
      294052364d5f3f566841586a496072556c7e566d7f4f6678556c7e5d7486657c8e6b82946d84966f8698748b9d788fa1
      2b4254384f6140576942596b496072546b7d566d7f4e65775970825f7688677e906b82946d8496708799768d9f7c93a5
      2f46583c5365445b6d455c6e4b6274566d7f576e80506779607789667d8f6c83956f869871889a768d9f7d94a6839aac
      395062455c6e4d64764d6476536a7c5e75875e7587576e806c8395708799758c9e788fa17a91a37f96a8889fb18fa6b8
      3e55674a617352697b52697b586f8162798b62798b5a71836f8698738a9c778ea0788fa17a91a38097a98aa1b392a9bb
      3d5466496072506779506779566d7f607789607789586f816a81936e859771889a738a9c758c9e7b92a4859cae8da4b6
      42596b4f6678586f815b7284637a8c70879972899b6b829469809272899b7e95a7869daf889fb1889fb189a0b28ca3b5
      496072566d7f5f7688607789687f91748b9d758c9e6e85977a91a38299ab8ca3b593aabc94abbd96adbf9ab1c39db4c6
      52697b5f7688667d8f677e906d8496788fa17990a271889a8097a9869daf8da4b691a8ba93aabc97aec09db4c6a3bacc
      586f81647b8d6b82946b82947087997a91a37a91a3738a9c849bad89a0b28ea5b791a8ba92a9bb98afc1a0b7c9a7bed0
      597082657c8e6d84966d849672899b7c93a57c93a5748b9d8fa6b893aabc98afc19bb2c49db4c6a2b9cbabc2d4b2c9db
      5b7284677e906f8698708799768d9f8198aa8198aa7a91a38ba2b491a8ba98afc19cb3c59eb5c7a1b8caa8bfd1aec5d7
      5e75876b8294738a9c758c9e7d94a6889fb18aa1b3839aac859cae8da4b697aec09db4c69fb6c8a0b7c9a4bbcda8bfd1
      61788a6e8597778ea07a91a38299ab8fa6b891a8ba8aa1b38ea5b797aec0a4bbcdabc2d4adc4d6adc4d6afc6d8b1c8da
      """;

  private static final String GRAY_JPEG58 = """
      18232b2c313b4140454b555b5e606265222d36393d464a4950565f65686a6d70293641444950524f5a60686e7173777a
      2c3a464a4d5354505e646b7073767b7e313e4a4e5157575363686e73767a7f833a465052555c5d5a6a6f74787b80868a
      3f4a5253565d615e6e72777a7d82898e404a5050535b5f5e6d7075787b80878d434f5a5f646e7271737a83898c8e9093
      505c65666970726f7b81898f9295989b545f67686a70726e81858b8f93979ca155616a6d70787b79898d9195989da4a9
      5e6a73767a81848292969a9ea1a6adb2616c7475777d7e7b8e92989c9fa4a9ae606c7476797f827f8b91999ea2a4a8ab
      66737e8288919694969da6acafb1b4b6
      """;

  private static final String PIXELATE95 = """
      1e324623374b283c502d415532465a374b5f3c506444586c44586c4b5f7350647855697d5a6e825f738764788c697d91
      23374b2b3f5333475b3b4f6343576b4b5f7353677b4a5e724a5e72566a7e5e7286667a8e6e8296768a9e697d91718599
      283c5033475b3e5266495d713f53674a5e7255697d5165795165796175896c809462768a6d8195788ca06e8296798da1
      2d41553b4f63495d7142566a506478495d71576b7f576b7f576b7f6c809465798d73879b6c80947a8ea273879b8195a9
      32465a43576b3f53675064784c60745d7185596d815e72865e728662768a73879b6f83978094a87c90a4788ca0899db1
      374b5f4b5f734a5e72495d715d71855c70845b6f8364788c64788c6d81956c80948094a87f93a77e92a67d91a591a5b9
      3c506453677b55697d576b7f596d815b6f835d71856b7f936b7f93788ca07a8ea27c90a47e92a68094a88296aa99adc1
      44586c4a5e72516579576b7f5e728664788c6b7f936a7e926a7e9274889c7a8ea28195a9879baf8ea2b68a9eb290a4b8
      44586c4a5e72516579576b7f5e728664788c6b7f936a7e926a7e9274889c7a8ea28195a9879baf8ea2b68a9eb290a4b8
      4b5f73566a7e6175896c809462768a6d8195788ca074889c74889c8498ac8fa3b78599ad90a4b89bafc391a5b99cb0c4
      5064785e72866c809465798d73879b6c80947a8ea27a8ea27a8ea28fa3b7889cb096aabe8fa3b79db1c596aabea4b8cc
      55697d667a8e62768a73879b6f83978094a87c90a48195a98195a98599ad96aabe92a6baa3b7cb9fb3c79bafc3acc0d4
      5a6e826e82966d81956c80948094a87f93a77e92a6879baf879baf90a4b88fa3b7a3b7cba2b6caa1b5c9a0b4c8b4c8dc
      5f7387768a9e788ca07a8ea27c90a47e92a68094a88ea2b68ea2b69bafc39db1c59fb3c7a1b5c9a3b7cba5b9cdbcd0e4
      64788c697d916e829673879b788ca07d91a58296aa8a9eb28a9eb291a5b996aabe9bafc3a0b4c8a5b9cdaabed2afc3d7
      697d91718599798da18195a9899db191a5b999adc190a4b890a4b89cb0c4a4b8ccacc0d4b4c8dcbcd0e4afc3d7b7cbdf
      """;

  private static final String PIXELATE65 = """
      24384c24384c2e4256384c60384c60415569465a6e465a6e4e62764e6276576b7f6175896175896b7f936a7e926a7e92
      24384c24384c2e4256384c60384c60415569465a6e465a6e4e62764e6276576b7f6175896175896b7f936a7e926a7e92
      2e42562e42563e526644586c44586c4a5e725064785064785c70845c70846c8094687c90687c90788ca074889c74889c
      384c60384c6044586c4c60744c607453677b566a7e566a7e65798d65798d6c809474889c74889c7b8fa37e92a67e92a6
      384c60384c6044586c4c60744c607453677b566a7e566a7e65798d65798d6c809474889c74889c7b8fa37e92a67e92a6
      4155694155694a5e7253677b53677b5c70845b6f835b6f836e82966e82966c80948094a88094a87e92a6879baf879baf
      465a6e465a6e506478566a7e566a7e5b6f8360748860748872869a72869a778b9f7c90a47c90a48195a98ca0b48ca0b4
      465a6e465a6e506478566a7e566a7e5b6f8360748860748872869a72869a778b9f7c90a47c90a48195a98ca0b48ca0b4
      4e62764e62765c708465798d65798d6e829672869a72869a7a8ea27a8ea2889cb08ca0b48ca0b49aaec294a8bc94a8bc
      4e62764e62765c708465798d65798d6e829672869a72869a7a8ea27a8ea2889cb08ca0b48ca0b49aaec294a8bc94a8bc
      576b7f576b7f6c80946c80946c80946c8094778b9f778b9f889cb0889cb0889cb093a7bb93a7bb9db1c59db1c59db1c5
      617589617589687c9074889c74889c8094a87c90a47c90a48ca0b48ca0b493a7bb9fb3c79fb3c7a0b4c8a7bbcfa7bbcf
      617589617589687c9074889c74889c8094a87c90a47c90a48ca0b48ca0b493a7bb9fb3c79fb3c7a0b4c8a7bbcfa7bbcf
      6b7f936b7f93788ca07b8fa37b8fa37e92a68195a98195a99aaec29aaec29db1c5a0b4c8a0b4c8a3b7cbb1c5d9b1c5d9
      6a7e926a7e9274889c7e92a67e92a6879baf8ca0b48ca0b494a8bc94a8bc9db1c5a7bbcfa7bbcfb1c5d9b0c4d8b0c4d8
      6a7e926a7e9274889c7e92a67e92a6879baf8ca0b48ca0b494a8bc94a8bc9db1c5a7bbcfa7bbcfb1c5d9b0c4d8b0c4d8
      """;

  private static int pillowInput(int c, int y, int x) {
    return 30 + 5 * x + 5 * y + 20 * c + 3 * ((x * y) % 7);
  }

  private static ChwImage input(int channels) {
    float[] d = new float[channels * 256];
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < 16; y++) {
        for (int x = 0; x < 16; x++) {
          d[(c * 16 + y) * 16 + x] = pillowInput(c, y, x) / 255f;
        }
      }
    }
    return new ChwImage(d, channels, 16, 16);
  }

  /** Largest and mean absolute difference in 8-bit levels between an image and Pillow's bytes. */
  private static double[] levelsApart(ChwImage mine, String pillowHex) {
    byte[] ref = HexFormat.of().parseHex(pillowHex.replaceAll("\\s", ""));
    int c = mine.channels();
    assertEquals(c * 256, ref.length);
    double max = 0;
    double sum = 0;
    for (int y = 0; y < 16; y++) {
      for (int x = 0; x < 16; x++) {
        for (int ch = 0; ch < c; ch++) {
          int theirs = ref[(y * 16 + x) * c + ch] & 0xFF;
          int ours = Math.round(mine.get(ch, y, x) * 255f);
          max = Math.max(max, Math.abs(ours - theirs));
          sum += Math.abs(ours - theirs);
        }
      }
    }
    return new double[] {max, sum / ref.length};
  }

  @Test
  void jpegMatchesPillowAtQuality80And40() {
    Corruption jpeg = Corruptions.byId("jpeg_compression");
    for (Object[] row : new Object[][] {{1, JPEG80}, {5, JPEG40}}) {
      double[] apart = levelsApart(jpeg.apply(input(3), (int) row[0], 0L, 0), (String) row[1]);
      // identical on this JDK; one level of decoder rounding is tolerated
      assertTrue(apart[0] <= 1 && apart[1] < 0.05, "severity " + row[0] + ": " + apart[0] + ", " + apart[1]);
    }
  }

  @Test
  void grayJpegMatchesPillowAtQuality58() {
    double[] apart = levelsApart(Corruptions.byId("jpeg_compression").apply(input(1), 3, 0L, 0), GRAY_JPEG58);
    assertTrue(apart[0] <= 1 && apart[1] < 0.05, apart[0] + ", " + apart[1]);
  }

  @Test
  void pixelateMatchesPillowBoxUpToItsRounding() {
    Corruption pixelate = Corruptions.byId("pixelate");
    for (Object[] row : new Object[][] {{1, PIXELATE95}, {5, PIXELATE65}}) {
      double[] apart = levelsApart(pixelate.apply(input(3), (int) row[0], 0L, 0), (String) row[1]);
      // Pillow rounds to 8 bits after each pass; we round once at the end
      assertTrue(apart[0] <= 1, "severity " + row[0] + ": " + apart[0]);
    }
  }

  @Test
  void theReferenceIsNotTrivial() {
    double[] apart = levelsApart(input(3), JPEG40);
    assertTrue(apart[1] > 0.5, "quality 40 should change the image: " + apart[1]);
  }
}
