/**
 * The daily-summary scheduler, independent of any chat platform.
 *
 * <ul>
 *   <li>{@link dev.articlebot.bot.schedule.DailySummarySettings} (with {@link
 *       dev.articlebot.bot.schedule.ScheduleParsers} for the config layer) describes when and
 *       where; {@link dev.articlebot.bot.schedule.DailySchedule} turns it into run instants, in the
 *       configured zone and across daylight-saving changes.
 *   <li>{@link dev.articlebot.bot.schedule.RoutineRunner} wakes a {@link
 *       dev.articlebot.bot.schedule.Routine} at those instants on its own single-threaded {@link
 *       java.util.concurrent.ScheduledExecutorService}, reading the injected {@link
 *       java.time.Clock} each time; on start it catches up the run that is due.
 *   <li>{@link dev.articlebot.bot.schedule.DailySummaryRoutine} posts the {@link
 *       dev.articlebot.bot.schedule.DailySummarySource}'s reply to each target through a {@link
 *       dev.articlebot.bot.schedule.ChannelPoster}, the port that each platform adapter implements
 *       (it lives here, with its only client; {@link dev.articlebot.bot.schedule.ConsolePoster} is
 *       the one without a platform).
 *   <li>{@link dev.articlebot.bot.schedule.DailySummaryScheduler} wires them and reports a {@link
 *       dev.articlebot.bot.schedule.ScheduleStatus} for the health endpoint.
 * </ul>
 *
 * <h2>At most once, and once if at all possible</h2>
 *
 * <p>Before posting to a channel, a run claims a marker for (platform, channel, local date) in a
 * {@link dev.articlebot.bot.schedule.PostMarkerStore}; {@link
 * dev.articlebot.bot.schedule.FilePostMarkerStore} creates {@code
 * <stateDir>/daily-posts/<date>@<platform>@<channel>.marker} with {@code CREATE_NEW}, which exactly
 * one thread, scheduler instance or process sharing the directory can do. Only the claimer posts,
 * then records the message id (write a temporary file, atomic rename). Any marker, in any state,
 * stops every other run (restart, second replica, catch-up) from posting that day. The Discord
 * adapter also passes the nonce {@code sum-YYYYMMDD} so that Discord drops a repeat.
 *
 * <p>Decisions: a crash between claim and record leaves the marker claimed, and a claimed marker is
 * not re-posted (at most once; the log names the file to delete to allow a post). A failed post is
 * retried with backoff while the next attempt is within the grace period, then marked failed and
 * not tried again that day. A shutdown while waiting for a retry releases the claim, so that a
 * restart within the grace period tries again. A run that starts later than the grace period (the
 * bot was down) posts nothing and logs it.
 */
package dev.articlebot.bot.schedule;
