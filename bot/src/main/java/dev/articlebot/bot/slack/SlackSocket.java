package dev.articlebot.bot.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's Socket Mode client (Java-WebSocket), feeding each envelope to the Bolt {@link App} and
 * sending back its ack. The SDK reconnects by itself (a {@code disconnect} message, a dropped
 * connection noticed by its session monitor); once {@link #close()} has begun, no new session is
 * opened, whatever those threads are doing at that moment.
 */
final class SlackSocket extends SocketModeClientJavaWSImpl {
  private static final Logger log = LoggerFactory.getLogger(SlackSocket.class);

  private final App app;
  private final SocketModeRequestParser parser;
  private final Gson gson;
  private boolean closed; // guarded by this

  private SlackSocket(Slack slack, String appToken, String url, App app) throws URISyntaxException {
    super(
        slack,
        appToken,
        url,
        DEFAULT_MESSAGE_PROCESSOR_CONCURRENCY,
        new ConcurrentLinkedMessageQueue(),
        true,
        true,
        DEFAULT_SESSION_MONITOR_INTERVAL_MILLISECONDS);
    this.app = app;
    this.parser = new SocketModeRequestParser(app.config());
    this.gson = GsonFactory.createSnakeCase(slack.getConfig());
    addWebSocketMessageListener(this::dispatch);
  }

  /**
   * Asks Slack for a Socket Mode URL ({@code apps.connections.open}) and builds the client; {@link
   * #connect()} opens it.
   *
   * @throws IllegalStateException naming the fix when Slack refuses the app token
   */
  static SlackSocket open(Slack slack, String appToken, App app) throws IOException {
    AppsConnectionsOpenResponse r;
    try {
      r = slack.methods(appToken).appsConnectionsOpen(req -> req);
    } catch (SlackApiException e) {
      throw new IOException("apps.connections.open answered HTTP " + e.getResponse().code(), e);
    }
    if (!r.isOk()) {
      throw new IllegalStateException(
          "Could not open a Socket Mode connection (apps.connections.open: "
              + r.getError()
              + "): check SLACK_APP_TOKEN (xapp-…, connections:write) and that Socket Mode is on");
    }
    try {
      return new SlackSocket(slack, appToken, r.getUrl(), app);
    } catch (URISyntaxException e) {
      throw new IOException("Slack sent an unusable Socket Mode URL", e);
    }
  }

  @Override
  public synchronized void connect() {
    if (!closed) super.connect();
  }

  @Override
  public void connectToNewEndpoint() throws IOException {
    synchronized (this) {
      if (closed) return;
    }
    super.connectToNewEndpoint();
  }

  @Override
  public long maintainCurrentSession() {
    synchronized (this) {
      if (closed) return System.currentTimeMillis();
    }
    return super.maintainCurrentSession();
  }

  /** Closes the session for good: no thread of the SDK can open another one afterwards. */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      closed = true;
    }
    super.close();
  }

  /** One message from Slack: envelopes go to Bolt, whose answer is the ack. */
  private void dispatch(String message) {
    SocketModeRequest req = parser.parse(message);
    if (req == null) return; // hello, disconnect and other control messages
    String envelopeId = req.getEnvelope().getEnvelopeId();
    Response response;
    try {
      response = app.run(req.getBoltRequest());
    } catch (Exception e) {
      log.error("Bolt could not handle a Socket Mode envelope: {}", e.toString());
      return;
    }
    if (response.getStatusCode() == null || response.getStatusCode() != 200) {
      log.warn("Bolt answered a Socket Mode envelope with {}", response.getStatusCode());
      return;
    }
    String body = response.getBody();
    if (body == null || body.isEmpty()) {
      sendSocketModeResponse(new AckResponse(envelopeId));
      return;
    }
    Map<String, Object> ack = new LinkedHashMap<>();
    ack.put("envelope_id", envelopeId);
    String type = response.getContentType();
    if (type != null && type.startsWith("application/json")) {
      ack.put("payload", gson.fromJson(body, JsonElement.class));
    } else {
      ack.put("payload", Map.of("text", body));
    }
    sendSocketModeResponse(gson.toJson(ack));
  }
}
