package org.dateline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private final TextDecoder decoder = new TextDecoder(1000);

  @Test
  void decodesUtf8AndDropsTheByteOrderMark() throws Exception {
    byte[] bytes = "\uFEFFKyiv — Київ".getBytes(StandardCharsets.UTF_8);
    assertThat(decoder.decode("a.txt", bytes)).isEqualTo("Kyiv — Київ");
  }

  @Test
  void refusesEmptyInput() {
    assertThatThrownBy(() -> decoder.decode("empty.txt", new byte[0]))
        .isInstanceOf(InputException.class).hasMessage("empty.txt: empty input, nothing to extract");
  }

  @Test
  void refusesBinaryData() {
    assertThatThrownBy(() -> decoder.decode("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}))
        .isInstanceOf(InputException.class).hasMessageStartingWith("image.png: binary data");
  }

  @Test
  void refusesInvalidUtf8AndSaysWhere() {
    byte[] latin1 = "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> decoder.decode("old.txt", latin1))
        .isInstanceOf(InputException.class).hasMessageStartingWith("old.txt: not valid UTF-8 at byte 3");
  }

  @Test
  void refusesTextAboveTheLimit() {
    byte[] big = "a".repeat(5000).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> decoder.decode("big.txt", big))
        .isInstanceOf(InputException.class).hasMessageContaining("too large for one article");
  }

  @Test
  void messagesAreOneLine() {
    assertThatThrownBy(() -> decoder.check("feed.jsonl:3", "  "))
        .hasMessage("feed.jsonl:3: empty text, nothing to extract")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
