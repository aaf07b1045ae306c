/**
 * Optional phrasing of answers by a language model, behind a port ({@link
 * dev.articlebot.knowledge.phrase.LanguageModel}) that the application implements with a chat model
 * library; nothing here speaks HTTP or names a chat SDK.
 *
 * <p>The offline pipeline decides first. {@link dev.articlebot.knowledge.phrase.Phraser} then asks
 * the model, for an answer the pipeline is unsure of, whether the passages answer at all (its "no"
 * turns the answer into a refusal), and to write the answer from the numbered passages the pipeline
 * chose. {@link dev.articlebot.knowledge.phrase.Guard} checks every reply before anyone sees it;
 * any failure falls back to the extractive answer.
 */
package dev.articlebot.knowledge.phrase;
