package dev.articlebot.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One Slack message: Block Kit blocks and the fallback {@code text} that notifications, screen
 * readers and old clients show. Both are already escaped.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
  public SlackMessage {
    if (text == null || text.isBlank())
      throw new IllegalArgumentException("fallback text is required");
    blocks = List.copyOf(blocks);
  }
}
