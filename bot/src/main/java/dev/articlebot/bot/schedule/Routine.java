package dev.articlebot.bot.schedule;

import java.time.Instant;

/** Work that a {@link RoutineRunner} runs at the instants of a {@link DailySchedule}. */
public interface Routine {

  /** A short name for logs ("daily-summary"). */
  String name();

  /**
   * Runs the occurrence scheduled for {@code scheduledFor}. Called on time, late (the run that was
   * due when the runner started, or after the machine slept), and possibly more than once for the
   * same instant (a restart, a second replica): a routine decides itself whether a late run is
   * still worth doing and must not repeat work it has done. Must not block for long; work to do
   * later is scheduled, not waited for.
   */
  void run(Instant scheduledFor);

  /** Stops scheduling further work; called by the runner on its thread when it shuts down. */
  default void shutdown() {}
}
