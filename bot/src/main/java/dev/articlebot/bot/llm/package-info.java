/**
 * The optional language model's adapters: {@link dev.articlebot.knowledge.phrase.LanguageModel}
 * over langchain4j. Nothing outside this package names a chat model class, and nothing here is
 * loaded unless {@code llm.enabled} (only {@link dev.articlebot.bot.llm.LlmProvider#create} reaches
 * it).
 */
package dev.articlebot.bot.llm;
