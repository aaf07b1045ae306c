package dev.articlebot.bot.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A client that sends its request a byte at a time, one every {@code pace}: a slow connection, or
 * someone holding connections open on purpose. It stops when closed or when the server hangs up,
 * and tells whether the server has answered or closed the connection yet.
 */
public final class SlowClient implements AutoCloseable {
  private final Socket socket;
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch hungUp = new CountDownLatch(1);
  private volatile boolean finishedSending;

  private SlowClient(String host, int port, String head, String trickle, Duration pace)
      throws IOException {
    socket = new Socket(host, port);
    Thread writer =
        new Thread(
            () -> {
              try {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                started.countDown();
                for (byte b : trickle.getBytes(StandardCharsets.US_ASCII)) {
                  if (stop.await(pace.toMillis(), TimeUnit.MILLISECONDS)) return;
                  if (hungUp.getCount() == 0) return;
                  out.write(b);
                  out.flush();
                }
                finishedSending = true;
              } catch (IOException e) {
                started.countDown(); // the server hung up: this client is done
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "slow-client");
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = socket.getInputStream()) {
                in.read(); // the first byte of an answer, or the end of the connection
              } catch (IOException e) {
                // reset by the server, or closed by this client
              } finally {
                hungUp.countDown();
              }
            },
            "slow-client-reader");
    writer.setDaemon(true);
    reader.setDaemon(true);
    writer.start();
    reader.start();
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

  /** Whether the server has answered or closed the connection. */
  public boolean serverHungUp() {
    return hungUp.getCount() == 0;
  }

  /** Waits up to {@code timeout} for the server to answer or close; true if it did. */
  public boolean awaitHungUp(Duration timeout) throws InterruptedException {
    return hungUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether the whole request went out. */
  public boolean finishedSending() {
    return finishedSending;
  }

  @Override
  public void close() throws IOException {
    stop.countDown();
    socket.close();
  }
}
