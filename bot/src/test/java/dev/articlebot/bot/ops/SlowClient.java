package dev.articlebot.bot.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A client that sends its request a byte at a time, one every {@code pace}: a slow connection, or
 * someone holding connections open on purpose. It stops when closed or when the server hangs up.
 */
public final class SlowClient implements AutoCloseable {
  private final Socket socket;
  private final Thread thread;
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch stop = new CountDownLatch(1);

  private SlowClient(String host, int port, String head, String trickle, Duration pace)
      throws IOException {
    socket = new Socket(host, port);
    thread =
        new Thread(
            () -> {
              try {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                started.countDown();
                for (byte b : trickle.getBytes(StandardCharsets.US_ASCII)) {
                  if (stop.await(pace.toMillis(), TimeUnit.MILLISECONDS)) return;
                  out.write(b);
                  out.flush();
                }
              } catch (IOException e) {
                started.countDown(); // the server hung up: this client is done
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "slow-client");
    thread.setDaemon(true);
    thread.start();
  }

  /** Sends the request line and headers of a POST at once, then its body a byte at a time. */
  public static SlowClient slowBody(String host, int port, String path, Duration pace)
      throws IOException {
    String body = "x".repeat(1000);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length()
            + "\r\n\r\n";
    return new SlowClient(host, port, head, body, pace);
  }

  /** Sends the request line at once, then its headers a byte at a time. */
  public static SlowClient slowHeaders(String host, int port, String path, Duration pace)
      throws IOException {
    return new SlowClient(
        host,
        port,
        "GET " + path + " HTTP/1.1\r\n",
        "Host: " + host + "\r\nX-Padding: " + "y".repeat(500) + "\r\n\r\n",
        pace);
  }

  /** Waits until the first bytes are out. */
  public void awaitStarted() throws InterruptedException {
    if (!started.await(10, TimeUnit.SECONDS)) throw new AssertionError("slow client not started");
  }

  @Override
  public void close() throws IOException {
    stop.countDown();
    socket.close();
  }
}
