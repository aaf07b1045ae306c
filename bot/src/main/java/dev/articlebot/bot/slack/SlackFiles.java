package dev.articlebot.bot.slack;

import com.slack.api.model.File;
import com.slack.api.util.http.SlackHttpClient;
import dev.articlebot.bot.command.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The files shared with a mention or a direct message, as {@link Attachment}s whose bytes are
 * fetched (with the bot token, through the SDK's own HTTP client) only when a command asks for
 * them.
 *
 * <p>The bot token is sent only to Slack: to a host under {@code slack.com} over https, or to the
 * host of {@code slack.api-base-url} (a proxy, or the tests' stand-in). A download Slack answers
 * with a redirect is refused: that is Slack's answer when the app lacks the {@code files:read}
 * scope (the redirect leads to a sign-in page, not the file).
 */
final class SlackFiles {
  private final SlackHttpClient http;
  private final String token;
  private final String apiHost;

  SlackFiles(SlackHttpClient http, String token, String apiBaseUrl) {
    this.http = Objects.requireNonNull(http);
    this.token = Objects.requireNonNull(token);
    this.apiHost = host(URI.create(apiBaseUrl));
  }

  /** The files of an event, in the order given; none when the event has none. */
  List<Attachment> of(List<File> files) {
    if (files == null) return List.of();
    return files.stream().filter(Objects::nonNull).map(this::attachment).toList();
  }

  private Attachment attachment(File f) {
    String name = firstOf(f.getName(), f.getTitle(), "file");
    String url = firstOf(f.getUrlPrivateDownload(), f.getUrlPrivate(), "");
    long size = f.getSize() == null ? -1 : f.getSize();
    return new Attachment(name, size, f.getMimetype(), max -> download(url, max));
  }

  private byte[] download(String url, long maxBytes) throws IOException {
    if (url.isEmpty()) throw new IOException("Slack gave no download URL (an external file?)");
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IOException("not a URL: " + url, e);
    }
    if (!isSlack(uri)) throw new IOException("not a Slack file URL, so no token sent: " + url);
    try (Response r = http.get(url, Map.of(), token)) {
      if (r.isRedirect() || r.priorResponse() != null) {
        throw new IOException(
            "Slack redirected the download instead of sending the file:"
                + " does the app have the files:read scope?");
      }
      if (!r.isSuccessful()) throw new IOException("HTTP " + r.code() + " for " + url);
      ResponseBody body = r.body();
      if (body == null) throw new IOException("no body for " + url);
      try (InputStream in = body.byteStream()) {
        return Attachment.Download.readAtMost(in, maxBytes);
      }
    }
  }

  /** Slack's own hosts over https, or the configured API host. */
  private boolean isSlack(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = host(uri);
    if (host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) return false;
    if (host.equals(apiHost)) return true;
    return scheme.equals("https") && (host.equals("slack.com") || host.endsWith(".slack.com"));
  }

  private static String host(URI uri) {
    String h = uri.getHost();
    return h == null
        ? ""
        : h.toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  private static String firstOf(String a, String b, String fallback) {
    if (a != null && !a.isBlank()) return a;
    if (b != null && !b.isBlank()) return b;
    return fallback;
  }
}
