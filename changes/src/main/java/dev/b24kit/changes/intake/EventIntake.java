package dev.b24kit.changes.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.Inbox;
import dev.b24kit.store.changes.Signal;

/**
 * The endpoint {@code POST /events} that receives Bitrix24's outbound events as §10.2 sends them
 * (form-encoded, PHP brackets, {@code auth[application_token]}): the CRM events of leads, deals, contacts,
 * companies and smart processes ({@link EventNames}). It checks the token in constant time,
 * stores the signal in the inbox and answers 200 only after the signal's transaction committed
 * (signals arriving together share one commit). Answers, with a one-line plain-text reason:
 * 400 a malformed body, an event it does not take or no record ID; 401 a missing or wrong token
 * (nothing stored, nothing said about why); 404 another path; 405 another method; 413 a body over the
 * limit; 415 not a form; 429 too many signals waiting for their commit; 503 the store failed.
 *
 * <p>Thread-safe; served on virtual threads. {@link #close()} stops listening and commits what is queued.
 */
public final class EventIntake implements AutoCloseable {

    /** How much of a refused request's body is read and discarded before answering. */
    private static final long DRAIN_LIMIT = 4L * 1024 * 1024;

    private final IntakeConfig config;
    private final byte[] token;
    private final GroupCommit commits;
    private final Server server;
    private final ServerConnector connector;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    private EventIntake(IntakeConfig config, Inbox inbox, boolean listen) {
        this.config = config;
        this.token = config.applicationToken().getBytes(StandardCharsets.UTF_8);
        this.commits = new GroupCommit(inbox, config.maxWaiting());
        if (!listen) {
            this.server = null;
            this.connector = null;
            return;
        }
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("b24kit-intake");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.listen().getHostString());
        connector.setPort(config.listen().getPort());
        server.addConnector(connector);
        server.setHandler(new Endpoint());
        server.setStopTimeout(2_000);
    }

    /**
     * Starts listening.
     *
     * @throws IllegalStateException the address cannot be bound
     */
    public static EventIntake start(IntakeConfig config, Inbox inbox) {
        EventIntake intake = new EventIntake(config, inbox, true);
        try {
            intake.server.start();
        } catch (Exception e) {
            intake.commits.close();
            throw new IllegalStateException("the event intake could not listen on " + config.listen() + ": " + e.getMessage(), e);
        }
        return intake;
    }

    /**
     * An intake without a server of its own, for a server that hosts other endpoints too (the gateway's):
     * mount {@link #handler()} at {@code /events} there. {@link IntakeConfig#listen()} is not used;
     * {@link #close()} commits what is queued (stop the hosting server first).
     */
    public static EventIntake mounted(IntakeConfig config, Inbox inbox) {
        return new EventIntake(config, inbox, false);
    }

    /**
     * The endpoint as a Jetty handler: it answers requests whose path is {@code /events} and 404 to others,
     * so mount it at exactly {@code /events}.
     */
    public Handler handler() {
        return new Endpoint();
    }

    /** The port it listens on. @throws IllegalStateException for a {@linkplain #mounted mounted} intake */
    public int port() {
        return listening().getLocalPort();
    }

    /** {@code http://host:port/events}. @throws IllegalStateException for a {@linkplain #mounted mounted} intake */
    public String url() {
        return "http://" + listening().getHost() + ":" + port() + "/events";
    }

    private ServerConnector listening() {
        if (connector == null) {
            throw new IllegalStateException("this intake is mounted on another server; ask that server for its address");
        }
        return connector;
    }

    /** Signals stored and answered 200 since start. */
    public long accepted() {
        return accepted.get();
    }

    /** Requests refused since start. */
    public long refused() {
        return refused.get();
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the event intake did not stop cleanly", e);
        } finally {
            commits.close();
        }
    }

    /** What to answer; {@code signal} set when the request carries one to store. */
    private record Verdict(int status, String reason, Signal signal) {
        static Verdict refuse(int status, String reason) {
            return new Verdict(status, reason, null);
        }
    }

    private Verdict judge(Request request) throws IOException {
        if (!request.getHttpURI().getPath().equals("/events")) {
            return Verdict.refuse(404, "not found; events go to /events");
        }
        if (!request.getMethod().equals("POST")) {
            return Verdict.refuse(405, "POST the event as a form");
        }
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Verdict.refuse(415, "the body must be application/x-www-form-urlencoded");
        }
        long length = request.getLength();
        if (length > config.maxBodyBytes()) {
            return Verdict.refuse(413, "the body is over " + config.maxBodyBytes() + " bytes");
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(config.maxBodyBytes() + 1);
        }
        if (body.length > config.maxBodyBytes()) {
            return Verdict.refuse(413, "the body is over " + config.maxBodyBytes() + " bytes");
        }
        Map<String, String> form;
        try {
            form = FormBody.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Verdict.refuse(400, "the body is not a valid form");
        }
        String presented = form.getOrDefault("auth[application_token]", "");
        if (!MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            return Verdict.refuse(401, "unauthorized");
        }
        String event = form.getOrDefault("event", "");
        String entity;
        try {
            entity = EventNames.entity(event, form.get("data[FIELDS][ENTITY_TYPE_ID]"));
        } catch (IllegalArgumentException e) {
            return Verdict.refuse(400, e.getMessage());
        }
        long id;
        try {
            id = Long.parseLong(form.getOrDefault("data[FIELDS][ID]", "").strip());
        } catch (NumberFormatException e) {
            return Verdict.refuse(400, "data[FIELDS][ID] must be a record ID");
        }
        if (id < 1) {
            return Verdict.refuse(400, "data[FIELDS][ID] must be a positive record ID");
        }
        return new Verdict(200, "stored", new Signal(config.portal(), entity, id, event.toUpperCase(java.util.Locale.ROOT),
                ChangeSource.WEBHOOK));
    }

    private Verdict store(Signal signal) {
        CompletableFuture<Void> committed = commits.submit(signal);
        if (committed == null) {
            return Verdict.refuse(429, "too many events waiting to be stored; slow down");
        }
        try {
            committed.get(config.commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Verdict(200, "stored", signal);
        } catch (ExecutionException | TimeoutException e) {
            return Verdict.refuse(503, "the event could not be stored");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.refuse(503, "the event could not be stored");
        }
    }

    /**
     * Reads and discards what is left of a refused request's body, up to {@link #DRAIN_LIMIT}, so that a sender
     * still writing its body reads the refusal instead of a reset connection. A body beyond the limit is cut off.
     */
    private static void drain(Request request) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            long left = DRAIN_LIMIT;
            byte[] sink = new byte[8192];
            int read;
            while (left > 0 && (read = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
                left -= read;
            }
        } catch (IOException e) {
            // the sender went away; the answer goes nowhere either way
        }
    }

    private final class Endpoint extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws IOException {
            Verdict verdict = judge(request);
            if (verdict.signal() != null) {
                verdict = store(verdict.signal());
            }
            (verdict.status() == 200 ? accepted : refused).incrementAndGet();
            response.setStatus(verdict.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            if (verdict.status() != 200) {
                // a refusal may come before the body was read (wrong path, method, type, size): read what is left,
                // so that a sender still writing it reads the answer instead of a reset connection
                drain(request);
            }
            if (verdict.status() == 413) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            response.write(true, ByteBuffer.wrap((verdict.reason() + "\n").getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
