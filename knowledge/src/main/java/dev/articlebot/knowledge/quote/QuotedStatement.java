package dev.articlebot.knowledge.quote;

/**
 * A quoted passage and who said it.
 *
 * @param span index of the passage among the paragraph's quoted passages
 * @param attribution who said it, how
 */
record QuotedStatement(int span, Attribution attribution) {}
