package dev.articlebot.knowledge.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers body paragraphs from 1 in the order they are added, files each under the heading last
 * given, and keeps captions apart with the number of the paragraph they follow.
 */
final class BodyBuilder {
  private final SentenceSplitter splitter;
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final List<Caption> captions = new ArrayList<>();
  private String section = "";

  BodyBuilder(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  void heading(String heading) {
    section = heading;
  }

  void caption(String text) {
    captions.add(new Caption(text, paragraphs.size()));
  }

  void paragraph(String text) {
    paragraphs.add(new Paragraph(paragraphs.size() + 1, section, text, splitter.split(text)));
  }

  List<Paragraph> paragraphs() {
    return paragraphs;
  }

  List<Caption> captions() {
    return captions;
  }
}
