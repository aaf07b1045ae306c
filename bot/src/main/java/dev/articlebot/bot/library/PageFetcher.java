package dev.articlebot.bot.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches an article a chat gives by URL, guarded: only http and https; never a host that resolves
 * to a loopback, private, link-local, unique-local or unspecified address unless {@link
 * Limits#allowPrivate} (each redirect is checked the same way); at most {@link Limits#maxRedirects}
 * redirects; at most {@link Limits#maxBytes} read; only HTML, plain text or Markdown; the whole
 * fetch within {@link Limits#timeout}. A refusal says why, for the person who asked.
 */
public final class PageFetcher {
  /**
   * The limits of a fetch.
   *
   * @param maxBytes a larger page is refused (read no further)
   * @param timeout to connect, and for the response to arrive
   * @param maxRedirects redirects followed at most
   * @param allowPrivate whether hosts on loopback, private and link-local addresses may be fetched
   *     (an intranet's articles)
   */
  public record Limits(long maxBytes, Duration timeout, int maxRedirects, boolean allowPrivate) {
    public Limits {
      if (maxBytes < 1) throw new IllegalArgumentException("maxBytes");
      if (timeout == null || timeout.isNegative() || timeout.isZero())
        throw new IllegalArgumentException("timeout");
      if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects");
    }
  }

  /** A page fetched: where it ended up, and what it holds. */
  public record Page(String url, String fileName, byte[] bytes) {}

  /** Why a URL was not fetched. */
  public enum Reason {
    NOT_A_URL,
    NOT_HTTP,
    PRIVATE_ADDRESS,
    UNKNOWN_HOST,
    TOO_MANY_REDIRECTS,
    TOO_LARGE,
    NOT_AN_ARTICLE_TYPE,
    TIMED_OUT,
    HTTP_ERROR,
    UNREACHABLE
  }

  /** A URL refused or that could not be fetched; {@link #reason} says which. */
  public static final class Refused extends Exception {
    private final Reason reason;

    Refused(Reason reason, String detail) {
      super(reason + ": " + detail);
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }

  private static final Set<String> TYPES =
      Set.of(
          "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown");

  private final Limits limits;
  private final HttpClient client;

  public PageFetcher(Limits limits) {
    this.limits = limits;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(limits.timeout())
            .followRedirects(HttpClient.Redirect.NEVER) // followed here, each hop checked
            .build();
  }

  /** Fetches {@code url} within the limits. */
  public Page fetch(String url) throws Refused {
    URI uri = parse(url);
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    for (int hop = 0; ; hop++) {
      check(uri);
      Duration left = Duration.ofNanos(deadline - System.nanoTime());
      if (left.isNegative() || left.isZero()) throw new Refused(Reason.TIMED_OUT, uri.toString());
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(left)
              .header("Accept", "text/html, text/plain, text/markdown;q=0.9")
              .header("User-Agent", "article-bot")
              .GET()
              .build();
      HttpResponse<InputStream> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        throw new Refused(Reason.TIMED_OUT, uri.toString());
      } catch (IOException e) {
        throw new Refused(Reason.UNREACHABLE, uri + ": " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Refused(Reason.UNREACHABLE, uri + ": interrupted");
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(response);
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) throw new Refused(Reason.HTTP_ERROR, status + " without Location");
        if (hop >= limits.maxRedirects()) {
          throw new Refused(Reason.TOO_MANY_REDIRECTS, "more than " + limits.maxRedirects());
        }
        uri = parse(uri.resolve(location.get()).toString());
        continue;
      }
      if (status != 200) {
        close(response);
        throw new Refused(Reason.HTTP_ERROR, "status " + status);
      }
      String type =
          response
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .split(";")[0]
              .strip()
              .toLowerCase(Locale.ROOT);
      if (!TYPES.contains(type)) {
        close(response);
        throw new Refused(Reason.NOT_AN_ARTICLE_TYPE, type.isEmpty() ? "no type" : type);
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > limits.maxBytes()) {
        close(response);
        throw new Refused(Reason.TOO_LARGE, declared + " bytes");
      }
      byte[] bytes;
      try (InputStream in = response.body()) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      } catch (HttpTimeoutException e) {
        throw new Refused(Reason.TIMED_OUT, uri.toString());
      } catch (IOException e) {
        throw new Refused(Reason.UNREACHABLE, uri + ": " + e);
      }
      if (bytes.length > limits.maxBytes()) throw new Refused(Reason.TOO_LARGE, "over the limit");
      return new Page(uri.toString(), fileName(uri, type), bytes);
    }
  }

  private static URI parse(String url) throws Refused {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw new Refused(Reason.NOT_A_URL, String.valueOf(url));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new Refused(scheme.isEmpty() ? Reason.NOT_A_URL : Reason.NOT_HTTP, scheme);
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new Refused(Reason.NOT_A_URL, url);
    }
    return uri;
  }

  /** Refuses a host any of whose addresses is not public, unless private ones are allowed. */
  private void check(URI uri) throws Refused {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new Refused(Reason.UNKNOWN_HOST, uri.getHost());
    }
    if (limits.allowPrivate()) return;
    for (InetAddress a : addresses) {
      if (!isPublic(a)) throw new Refused(Reason.PRIVATE_ADDRESS, uri.getHost());
    }
  }

  /** Whether {@code a} is an address on the public internet. */
  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) return false; // fc00::/7 unique local
      return true;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0) return false; // this network
    if (first == 100 && second >= 64 && second < 128) return false; // carrier-grade NAT
    return true;
  }

  private static String fileName(URI uri, String type) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "");
    String stem = last.replaceFirst("\\.[A-Za-z0-9]+$", "");
    if (stem.isBlank()) stem = uri.getHost().replaceAll("[^A-Za-z0-9.-]", "");
    String ext = type.contains("html") ? ".html" : type.contains("markdown") ? ".md" : ".txt";
    return stem + ext;
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // nothing was to be read from it
    }
  }
}
