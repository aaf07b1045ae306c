package dev.articlebot.knowledge.quote;

/**
 * A paraphrased statement: the reported clause as a token range of its paragraph.
 *
 * @param attribution who reported, how
 * @param from first token of the reported clause
 * @param to index after its last token
 */
record ReportedSpeech(Attribution attribution, int from, int to) {}
