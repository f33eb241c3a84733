package bibench.data.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.Fixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WavDecoderTest {

  @Test
  void decodes16BitStereoByAveragingChannels() {
    short[] interleaved = {16384, 0, -32768, -32768, 32767, -32767};
    WavDecoder.Audio a = WavDecoder.decode(Fixtures.wav16(8000, 2, interleaved), "x");
    assertEquals(8000, a.sampleRate());
    assertArrayEquals(new float[] {0.25f, -1f, 0f}, a.samples(), 1e-6f);
  }

  @Test
  void decodes8BitUnsignedAndFloatSamples() {
    WavDecoder.Audio a = WavDecoder.decode(
        Fixtures.wav8(16000, new byte[] {(byte) 128, (byte) 255, 0, 64}), "x");
    assertArrayEquals(new float[] {0f, 127 / 128f, -1f, -0.5f}, a.samples(), 1e-6f);
    WavDecoder.Audio f = WavDecoder.decode(
        Fixtures.wavFloat(8000, new float[] {0.5f, -0.125f}), "x");
    assertArrayEquals(new float[] {0.5f, -0.125f}, f.samples());
  }

  @Test
  void aFileThatIsNotRiffWaveIsNamed() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> WavDecoder.decode("ID3 this is an mp3".getBytes(), "/d/0_x_1.wav"));
    assertTrue(e.getMessage().contains("/d/0_x_1.wav"), e.getMessage());
    assertTrue(e.getMessage().contains("not a RIFF/WAVE file"), e.getMessage());
  }

  @Test
  void aCompressedFormatIsRefusedWithItsTag() {
    byte[] adpcm = Fixtures.wav(2, 8000, 1, 4, new byte[100]);
    BadInputException e = assertThrows(BadInputException.class,
        () -> WavDecoder.decode(adpcm, "/d/a.wav"));
    assertTrue(e.getMessage().contains("format tag 2"), e.getMessage());
  }

  @Test
  void aTruncatedDataChunkIsNamed() {
    byte[] whole = Fixtures.wav16(8000, 1, new short[100]);
    byte[] cut = Arrays.copyOf(whole, whole.length - 50);
    BadInputException e = assertThrows(BadInputException.class,
        () -> WavDecoder.decode(cut, "/d/a.wav"));
    assertTrue(e.getMessage().contains("declares 200 bytes but only 150 follow"), e.getMessage());
  }

  @Test
  void aHeaderWithoutDataIsNamed() {
    byte[] whole = Fixtures.wav16(8000, 1, new short[4]);
    byte[] noData = Arrays.copyOf(whole, 12 + 24);
    BadInputException e = assertThrows(BadInputException.class,
        () -> WavDecoder.decode(noData, "/d/a.wav"));
    assertTrue(e.getMessage().contains("no data chunk"), e.getMessage());
  }
}
