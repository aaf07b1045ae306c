package dev.articlebot.knowledge.quote;

/**
 * Who said something, how, and where in the paragraph the statement sits.
 *
 * @param person the speaker
 * @param context how it was said ("told NewsChina"), possibly ""
 * @param position token index used to order statements within the paragraph
 */
record Attribution(Person person, String context, int position) {}
