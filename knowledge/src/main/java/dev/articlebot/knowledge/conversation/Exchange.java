package dev.articlebot.knowledge.conversation;

import dev.articlebot.knowledge.answer.Answer;

/**
 * One turn of a conversation answered: how the message was read, the answer, and the turn to keep
 * for the messages after it.
 */
public record Exchange(Reading reading, Answer answer, Turn turn) {}
