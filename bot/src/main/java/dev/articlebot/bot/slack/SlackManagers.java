package dev.articlebot.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.articlebot.bot.command.Caller;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may manage the library on Slack: workspace admins and owners ({@code users.info}), and the
 * members of the configured user group ({@code usergroups.users.list}), if one is. Asked only when
 * a command needs it; each answer is remembered for {@link #REMEMBERED}. When Slack cannot be
 * asked, the answer is no.
 */
final class SlackManagers {
  private static final Logger log = LoggerFactory.getLogger(SlackManagers.class);

  static final Duration REMEMBERED = Duration.ofMinutes(5);

  private final MethodsClient methods;
  private final String group;
  private final Clock clock;
  private final Map<String, Remembered> answers = new ConcurrentHashMap<>();

  private record Remembered(boolean manager, Instant until) {}

  SlackManagers(MethodsClient methods, String group, Clock clock) {
    this.methods = methods;
    this.group = group == null ? "" : group.strip();
    this.clock = clock;
  }

  /** The rights of {@code userId}, looked up when first needed. */
  Caller.Rights of(String userId) {
    return () -> isManager(userId);
  }

  boolean isManager(String userId) {
    if (userId == null || userId.isBlank()) return false;
    Remembered r = answers.get(userId);
    Instant now = clock.instant();
    if (r != null && r.until().isAfter(now)) return r.manager();
    boolean manager = ask(userId);
    answers.put(userId, new Remembered(manager, now.plus(REMEMBERED)));
    return manager;
  }

  private boolean ask(String userId) {
    try {
      UsersInfoResponse info = methods.usersInfo(r -> r.user(userId));
      if (info.isOk() && info.getUser() != null) {
        var u = info.getUser();
        if (u.isAdmin() || u.isOwner() || u.isPrimaryOwner()) return true;
      } else {
        log.warn("Slack users.info for {} failed: {}", userId, info.getError());
      }
      if (group.isEmpty()) return false;
      UsergroupsUsersListResponse members = methods.usergroupsUsersList(r -> r.usergroup(group));
      if (!members.isOk()) {
        log.warn("Slack usergroups.users.list for {} failed: {}", group, members.getError());
        return false;
      }
      List<String> users = members.getUsers();
      return users != null && users.contains(userId);
    } catch (IOException | SlackApiException e) {
      log.warn("Could not ask Slack whether {} manages the library: {}", userId, e.getMessage());
      return false;
    }
  }
}
