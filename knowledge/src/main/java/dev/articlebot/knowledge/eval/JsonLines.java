package dev.articlebot.knowledge.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Question sets as JSON Lines: one object a line, blank lines skipped, UTF-8. A line that is no
 * JSON or that its reader refuses is a {@link QuestionSetException} naming the line.
 */
final class JsonLines {
  private JsonLines() {}

  /** What one line becomes, given its object and its line number (from 1). */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonNode line, int number);
  }

  static <T> List<T> read(InputStream in, Reader<T> each) {
    ObjectMapper mapper = new ObjectMapper();
    List<T> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        JsonNode node;
        try {
          node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
          throw new QuestionSetException(
              "line " + n + " is not JSON: " + e.getOriginalMessage(), e);
        }
        try {
          out.add(each.read(node, n));
        } catch (IllegalArgumentException e) {
          throw new QuestionSetException("line " + n + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
