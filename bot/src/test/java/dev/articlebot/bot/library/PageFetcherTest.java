package dev.articlebot.bot.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each refusal against a real HTTP server on 127.0.0.1. */
class PageFetcherTest {
  private static final String PAGE =
      "<html><head><title>Harbour pilots strike</title></head><body><p>The pilots voted.</p>"
          + "</body></html>";

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/page", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE));
    server.createContext(
        "/big", ex -> send(ex, 200, "text/plain", "word ".repeat(2_000))); // 10,000 bytes
    server.createContext(
        "/chunked-big",
        ex -> {
          requests.incrementAndGet();
          ex.getResponseHeaders().set("Content-Type", "text/plain");
          ex.sendResponseHeaders(200, 0); // chunked: no length given
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 100; i++) out.write("word ".repeat(100).getBytes());
          }
        });
    server.createContext("/image", ex -> send(ex, 200, "image/png", "\u0089PNG"));
    server.createContext(
        "/loop",
        ex -> {
          requests.incrementAndGet();
          ex.getResponseHeaders().set("Location", "/loop");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.createContext(
        "/moved",
        ex -> {
          requests.incrementAndGet();
          ex.getResponseHeaders().set("Location", "/page");
          ex.sendResponseHeaders(301, -1);
          ex.close();
        });
    server.createContext(
        "/slow",
        ex -> {
          requests.incrementAndGet();
          try {
            release.await(30, TimeUnit.SECONDS); // answers only when the test is over
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.close();
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private void send(HttpExchange ex, int status, String type, String body) throws IOException {
    requests.incrementAndGet();
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Private addresses allowed, as an intranet would configure: the local server can be used. */
  private static PageFetcher local() {
    return new PageFetcher(new PageFetcher.Limits(5_000, Duration.ofSeconds(2), 3, true));
  }

  private static PageFetcher.Reason reason(PageFetcher f, String url) {
    try {
      f.fetch(url);
    } catch (PageFetcher.Refused r) {
      return r.reason();
    }
    throw new AssertionError(url + " was fetched");
  }

  @Test
  void aPageIsFetchedAndNamedForItsType() throws Exception {
    PageFetcher.Page p = local().fetch(url("/page"));
    assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(p.fileName()).isEqualTo("page.html");
  }

  @Test
  void loopbackPrivateAndLinkLocalAddressesAreRefusedBeforeAnyRequest() {
    PageFetcher guarded =
        new PageFetcher(new PageFetcher.Limits(5_000, Duration.ofSeconds(2), 3, false));
    assertThat(reason(guarded, url("/page"))).isEqualTo(PageFetcher.Reason.PRIVATE_ADDRESS);
    assertThat(reason(guarded, "http://localhost:" + server.getAddress().getPort() + "/page"))
        .isEqualTo(PageFetcher.Reason.PRIVATE_ADDRESS);
    assertThat(reason(guarded, "http://10.1.2.3/article"))
        .isEqualTo(PageFetcher.Reason.PRIVATE_ADDRESS);
    assertThat(reason(guarded, "http://192.168.0.10/article"))
        .isEqualTo(PageFetcher.Reason.PRIVATE_ADDRESS);
    assertThat(reason(guarded, "http://169.254.169.254/latest/meta-data"))
        .isEqualTo(PageFetcher.Reason.PRIVATE_ADDRESS);
    assertThat(reason(guarded, "http://[::1]:" + server.getAddress().getPort() + "/page"))
        .isEqualTo(PageFetcher.Reason.PRIVATE_ADDRESS);
    assertThat(reason(guarded, "http://[fd00::1]/article"))
        .isEqualTo(PageFetcher.Reason.PRIVATE_ADDRESS);
    assertThat(requests.get()).isZero();
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    assertThat(reason(local(), "file:///etc/passwd")).isEqualTo(PageFetcher.Reason.NOT_HTTP);
    assertThat(reason(local(), "ftp://127.0.0.1/a.txt")).isEqualTo(PageFetcher.Reason.NOT_HTTP);
    assertThat(reason(local(), "not a url")).isEqualTo(PageFetcher.Reason.NOT_A_URL);
  }

  @Test
  void anOversizePageIsRefusedWithOrWithoutALength() {
    assertThat(reason(local(), url("/big"))).isEqualTo(PageFetcher.Reason.TOO_LARGE);
    assertThat(reason(local(), url("/chunked-big"))).isEqualTo(PageFetcher.Reason.TOO_LARGE);
  }

  @Test
  void aTypeThatIsNotAnArticleIsRefused() {
    assertThat(reason(local(), url("/image"))).isEqualTo(PageFetcher.Reason.NOT_AN_ARTICLE_TYPE);
  }

  @Test
  void redirectsAreFollowedUpToTheCap() throws Exception {
    assertThat(local().fetch(url("/moved")).url()).endsWith("/page");
    requests.set(0);
    assertThat(reason(local(), url("/loop"))).isEqualTo(PageFetcher.Reason.TOO_MANY_REDIRECTS);
    assertThat(requests.get()).isEqualTo(4); // the first request and three redirects
  }

  @Test
  void aRedirectToAPrivateAddressIsRefused() throws Exception {
    // A public-looking start cannot be served here; the check on each hop is the same check, so
    // a redirect from the local server is refused once private addresses are not allowed.
    PageFetcher guarded =
        new PageFetcher(new PageFetcher.Limits(5_000, Duration.ofSeconds(2), 3, false));
    assertThat(reason(guarded, url("/moved"))).isEqualTo(PageFetcher.Reason.PRIVATE_ADDRESS);
  }

  @Test
  void aPageThatDoesNotArriveInTimeIsRefused() {
    PageFetcher quick =
        new PageFetcher(new PageFetcher.Limits(5_000, Duration.ofMillis(300), 3, true));
    assertThatThrownBy(() -> quick.fetch(url("/slow")))
        .isInstanceOfSatisfying(
            PageFetcher.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(PageFetcher.Reason.TIMED_OUT));
  }
}
