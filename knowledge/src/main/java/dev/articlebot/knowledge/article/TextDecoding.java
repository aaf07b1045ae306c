package dev.articlebot.knowledge.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an article file into text: UTF-8 (a byte-order mark dropped), else
 * windows-1252, the encoding of older Windows editors, so a lone "£" or "é" saved that way reads
 * right, else Latin-1. Bytes that are not text at all (a NUL, or more than one control character in
 * a hundred) give nothing.
 */
final class TextDecoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /** The text of {@code bytes}, or empty when they are not text. */
  static Optional<String> decode(byte[] bytes) {
    if (isBinary(bytes)) return Optional.empty();
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, WINDOWS_1252}) {
      try {
        String text =
            cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
      } catch (CharacterCodingException e) {
        // try the next encoding
      }
    }
    return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  private static boolean isBinary(byte[] bytes) {
    int controls = 0;
    int n = Math.min(bytes.length, 64 * 1024);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') controls++;
    }
    return controls * 100 > Math.max(n, 1);
  }
}
