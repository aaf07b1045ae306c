package dev.articlebot.bot.discord;

import dev.articlebot.bot.reply.RatingControl;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The small form a reason after a 👎 opens on Discord: one optional field, the paragraph that
 * answers. Its id is the reason's {@link RatingControl}, so sending it records the reason and the
 * paragraph together; closing it records nothing more than the 👎.
 */
final class ParagraphModal {
  static final String FIELD = "paragraph";
  static final String TITLE = "What was wrong";
  static final String NOT_A_NUMBER =
      "That is not a paragraph number: give a number such as 14, or leave it empty.";
  private static final Pattern NUMBER = Pattern.compile("^(?:¶|p|para(?:graph)?)?\\s*(\\d{1,5})$");

  private ParagraphModal() {}

  static Modal of(RatingControl control) {
    TextInput input =
        TextInput.create(FIELD, TextInputStyle.SHORT)
            .setRequired(false)
            .setMaxLength(12)
            .setPlaceholder("14")
            .build();
    return Modal.create(control.text(), TITLE)
        .addComponents(Label.of("Which paragraph answers it? (optional)", input))
        .build();
  }

  /** Empty text: no paragraph; a number (with ¶ or not): that one; anything else: empty. */
  static Optional<OptionalInt> paragraph(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.isEmpty()) return Optional.of(OptionalInt.empty());
    Matcher m = NUMBER.matcher(t);
    return m.matches()
        ? Optional.of(OptionalInt.of(Integer.parseInt(m.group(1))))
        : Optional.empty();
  }
}
