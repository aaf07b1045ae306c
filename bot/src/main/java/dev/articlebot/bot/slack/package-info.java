/**
 * The Slack adapter, on the real Slack SDK (Bolt for Java).
 *
 * <p>Wiring: {@code SlackAdapter.create(config.slack(), secrets, services)} builds it without
 * connecting; {@link dev.articlebot.bot.slack.SlackAdapter#start()} checks the bot token with
 * {@code auth.test}, builds the Bolt app and opens Socket Mode (or the HTTP endpoint); {@link
 * dev.articlebot.bot.slack.SlackAdapter#poster()} is the {@code "slack"} {@link
 * dev.articlebot.bot.schedule.ChannelPoster} for the daily summary; {@link
 * dev.articlebot.bot.slack.SlackAdapter#close(java.time.Duration)} stops taking messages, waits for
 * replies in flight and closes the connection.
 *
 * <ul>
 *   <li>{@code SlackConnection}: {@code auth.test}, the Bolt app, Socket Mode ({@code SlackSocket},
 *       which never reopens once closed) or the HTTP endpoint ({@code SlackHttpEndpoint}: Bolt's
 *       signature verification, replays dropped, malformed bodies 400).
 *   <li>{@code SlackEvents}: mentions, DMs, slash commands and buttons, each acked at once.
 *   <li>{@link dev.articlebot.bot.slack.SlackRenderer} turns a {@code Reply} into Block Kit
 *       messages, escaped with {@link dev.articlebot.bot.slack.SlackText} and split within Slack's
 *       limits.
 *   <li>{@link dev.articlebot.bot.slack.SlackPoster} sends them with the bot's retry policy
 *       (Retry-After, backoff, a deadline, the Web API when a response URL fails).
 *   <li>{@link dev.articlebot.bot.slack.EventDeduper} answers each {@code event_id} once.
 * </ul>
 *
 * <h2>What users can do</h2>
 *
 * Mention the bot in a channel (answered in the thread), DM it, or use the slash commands: the
 * command catalog's commands ({@code /ask /quote /speakers /summary /help}), each renamed if {@code
 * slack.commands} maps it to another name. {@code help} works in a mention or DM, as {@code /help},
 * and as the text of any slash command ({@code /ask help}). Every cited passage has a "Show full
 * paragraph" button whose answer only the clicker sees.
 *
 * <h2>The Slack app (manifest)</h2>
 *
 * <pre>
 * display_information:
 *   name: article-bot
 * features:
 *   bot_user: { display_name: article-bot, always_online: true }
 *   app_home: { messages_tab_enabled: true, messages_tab_read_only_enabled: false }
 *   slash_commands:        # renamed ones as in slack.commands; url only in HTTP mode
 *     - { command: /ask, description: Ask about the article, usage_hint: "[question] or help" }
 *     - { command: /quote, description: Quotes by a person, usage_hint: "[name]" }
 *     - { command: /summary, description: The article in a few points }
 *     - { command: /speakers, description: Who is quoted }
 *     - { command: /article, description: The articles the bot knows, usage_hint: "list | add <url> | remove <id> | use <id>" }
 *     - { command: /help, description: What the bot can do }
 * oauth_config:
 *   scopes:
 *     bot: [app_mentions:read, im:history, chat:write, commands, files:read, users:read, usergroups:read]
 * settings:
 *   event_subscriptions:
 *     bot_events: [app_mention, message.im]
 *     # HTTP mode: request_url: https://your.host/slack/events (any path reaches the endpoint)
 *   interactivity: { is_enabled: true }   # HTTP mode: the same request_url
 *   socket_mode_enabled: true             # false for HTTP mode
 * </pre>
 *
 * Socket Mode needs {@code SLACK_APP_TOKEN} (an app-level {@code xapp-} token with {@code
 * connections:write}); HTTP mode needs {@code SLACK_SIGNING_SECRET}; both need {@code
 * SLACK_BOT_TOKEN} ({@code xoxb-}).
 */
package dev.articlebot.bot.slack;
