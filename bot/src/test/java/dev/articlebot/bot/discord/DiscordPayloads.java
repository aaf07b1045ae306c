package dev.articlebot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Reads message payloads as Discord would and checks them against Discord's rules. */
final class DiscordPayloads {
  static final ObjectMapper JSON = new ObjectMapper();

  private DiscordPayloads() {}

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(MessageCreateData data) {
    return json(data.toData().toString());
  }

  /** Discord's size limits for one message. */
  static void assertWithinLimits(JsonNode msg) {
    assertThat(msg.path("content").asText("").length()).isLessThanOrEqualTo(2000);
    JsonNode embeds = msg.path("embeds");
    assertThat(embeds.size()).isLessThanOrEqualTo(10);
    int total = 0;
    for (JsonNode e : embeds) {
      int title = e.path("title").asText("").length();
      int description = e.path("description").asText("").length();
      int footer = e.path("footer").path("text").asText("").length();
      assertThat(title).isLessThanOrEqualTo(256);
      assertThat(description).isLessThanOrEqualTo(4096);
      assertThat(footer).isLessThanOrEqualTo(2048);
      assertThat(e.path("fields").size()).isLessThanOrEqualTo(25);
      total += title + description + footer;
      for (JsonNode f : e.path("fields")) {
        int name = f.path("name").asText("").length();
        int value = f.path("value").asText("").length();
        assertThat(name).isBetween(1, 256);
        assertThat(value).isBetween(1, 1024);
        total += name + value;
      }
    }
    assertThat(total).as("embed text in one message").isLessThanOrEqualTo(6000);
    for (JsonNode row : msg.path("components")) {
      assertThat(row.path("components").size()).isLessThanOrEqualTo(5);
      for (JsonNode button : row.path("components")) {
        assertThat(button.path("custom_id").asText().length()).isBetween(1, 100);
      }
    }
  }

  /** No mention of any kind may ping: {@code allowed_mentions} allows nothing. */
  static void assertAllowsNoMentions(JsonNode msg) {
    JsonNode allowed = msg.path("allowed_mentions");
    assertThat(allowed.isObject()).as("allowed_mentions in %s", msg).isTrue();
    assertThat(allowed.path("parse").isArray()).as("allowed_mentions.parse in %s", msg).isTrue();
    assertThat(allowed.path("parse").size()).as("allowed_mentions.parse in %s", msg).isZero();
    assertThat(allowed.path("users").size()).isZero();
    assertThat(allowed.path("roles").size()).isZero();
    assertThat(allowed.path("replied_user").asBoolean(false)).isFalse();
  }

  /** The descriptions of a message's embeds, in order. */
  static List<String> descriptions(JsonNode msg) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : msg.path("embeds")) {
      if (e.has("description")) out.add(e.get("description").asText());
    }
    return out;
  }

  /** Every text a reader sees in a message: content, titles, descriptions, fields, footers. */
  static String visibleText(JsonNode msg) {
    StringBuilder sb = new StringBuilder(msg.path("content").asText(""));
    for (JsonNode e : msg.path("embeds")) {
      sb.append('\n').append(e.path("title").asText(""));
      sb.append('\n').append(e.path("description").asText(""));
      for (JsonNode f : e.path("fields")) {
        sb.append('\n').append(f.path("name").asText("")).append('\n');
        sb.append(f.path("value").asText(""));
      }
      sb.append('\n').append(e.path("footer").path("text").asText(""));
    }
    return sb.toString();
  }
}
