package dev.articlebot.knowledge.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an article file into text: UTF-16 when the file opens with its byte-order mark
 * (what Windows Notepad saves as "Unicode"), else UTF-8 (a byte-order mark dropped), else
 * windows-1252, the encoding of older Windows editors, so a lone "£" or "é" saved that way reads
 * right, else Latin-1. Bytes that are not text at all (a NUL or more than one control character in
 * a hundred outside UTF-16, or UTF-16 that does not decode) give nothing.
 */
final class TextDecoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /** The text of {@code bytes}, or empty when they are not text. */
  static Optional<String> decode(byte[] bytes) {
    Charset utf16 = utf16ByBom(bytes);
    if (utf16 != null) {
      Optional<String> text = strict(utf16, bytes);
      return text.map(t -> t.startsWith("\uFEFF") ? t.substring(1) : t)
          .filter(t -> t.indexOf('\0') < 0);
    }
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

  /** UTF-16 in the byte order its byte-order mark gives, or null when there is none. */
  private static Charset utf16ByBom(byte[] bytes) {
    if (bytes.length < 2) return null;
    int b0 = bytes[0] & 0xFF;
    int b1 = bytes[1] & 0xFF;
    if (b0 == 0xFF && b1 == 0xFE) return StandardCharsets.UTF_16LE;
    if (b0 == 0xFE && b1 == 0xFF) return StandardCharsets.UTF_16BE;
    return null;
  }

  private static Optional<String> strict(Charset cs, byte[] bytes) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
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
