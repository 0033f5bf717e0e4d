package dev.plumbline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.annotation.BacklogItem;
import dev.plumbline.annotation.FedPair;
import dev.plumbline.annotation.Feeder;
import dev.plumbline.annotation.GoldDraw;
import dev.plumbline.annotation.PairCandidate;
import dev.plumbline.annotation.QueueMetrics;
import dev.plumbline.annotation.SideOrder;
import dev.plumbline.annotation.Throughput;
import dev.plumbline.annotation.WorkDone;
import dev.plumbline.judging.AgreementAudit;
import dev.plumbline.judging.AgreementAuditOptions;
import dev.plumbline.judging.ReportJson;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.store.Account;
import dev.plumbline.store.AccountRole;
import dev.plumbline.store.Answer;
import dev.plumbline.store.Lease;
import dev.plumbline.store.Queue;
import dev.plumbline.store.QueueItem;
import dev.plumbline.store.QueueKind;
import dev.plumbline.store.QueueSnapshot;
import dev.plumbline.store.Store;
import dev.plumbline.wire.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The annotation API behind the web UI. Login with a password gives a session cookie (HttpOnly,
 * Secure, SameSite=Strict); every state-changing request, login included, must echo a CSRF token in
 * {@code X-CSRF-Token}. Annotators reach only the queues they are assigned to, and only through
 * leases: they never see ids, sources, verdicts or other annotators' labels. Admins manage queues,
 * items, users and read backlog, throughput and agreement of their own project.
 */
final class AnnotationRoutes {
    static final String SESSION_COOKIE = "plumbline_session";
    static final String LOGIN_COOKIE = "plumbline_login";
    private static final ObjectMapper MAPPER = Json.mapper();
    private final Store store;
    private final Sessions sessions = new Sessions();
    private final Map<String, AtomicLong> takes = new ConcurrentHashMap<>();

    AnnotationRoutes(Store store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/api/csrf", this::loginToken);
        app.post("/api/login", this::login);
        app.post("/api/logout", this::logout);
        app.get("/api/session", ctx -> ctx.json(sessionJson(session(ctx))));
        app.get("/api/annotate/queues", this::myQueues);
        app.post("/api/annotate/queues/{queue}/take", this::take);
        app.post("/api/annotate/leases/{lease}/submit", this::submit);
        app.post("/api/annotate/leases/{lease}/skip", this::skip);
        app.post("/api/annotate/leases/{lease}/release", this::release);
        app.get("/api/admin/queues", this::adminQueues);
        app.post("/api/admin/queues", this::createQueue);
        app.post("/api/admin/queues/{queue}/items", this::addItems);
        app.post("/api/admin/queues/{queue}/members", this::addMember);
        app.get("/api/admin/queues/{queue}/stats", ctx -> ctx.json(metricsJson(metrics(admin(ctx), ctx.pathParam("queue")))));
        app.get("/api/admin/queues/{queue}/agreement", this::agreement);
        app.post("/api/admin/users", this::addUser);
        app.get("/api/admin/users", this::users);
    }

    // --- sessions and CSRF ---

    private void loginToken(Context ctx) {
        String token = Sessions.token();
        setCookie(ctx, LOGIN_COOKIE, token, 600);
        ctx.json(Map.of("csrf", token));
    }

    private void login(Context ctx) {
        String expected = Optional.ofNullable(ctx.cookie(LOGIN_COOKIE)).orElse("");
        requireToken(ctx, expected);
        JsonNode body = PlumblineServer.json(ctx.bodyAsBytes());
        String username = body.path("username").asText("");
        String password = body.path("password").asText("");
        Optional<Account> account = store.accounts().account(username);
        if (account.isEmpty()) {
            Passwords.verifyNothing(password);
            throw new Access.Denied(401, "wrong user name or password");
        }
        if (!Passwords.verify(password, account.get().passwordHash())) {
            throw new Access.Denied(401, "wrong user name or password");
        }
        Sessions.Session session = sessions.open(account.get());
        setCookie(ctx, SESSION_COOKIE, session.token(), -1);
        setCookie(ctx, LOGIN_COOKIE, "", 0);
        ctx.json(sessionJson(session));
    }

    private void logout(Context ctx) {
        Sessions.Session session = changing(ctx);
        sessions.close(session.token());
        setCookie(ctx, SESSION_COOKIE, "", 0);
        ctx.status(204);
    }

    private static void setCookie(Context ctx, String name, String value, int maxAge) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; Secure; SameSite=Strict"
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : ""));
    }

    private Sessions.Session session(Context ctx) {
        return Optional.ofNullable(ctx.cookie(SESSION_COOKIE)).flatMap(sessions::find)
                .orElseThrow(() -> new Access.Denied(401, "log in first"));
    }

    /** A session whose request carries its CSRF token: required for everything that changes state. */
    private Sessions.Session changing(Context ctx) {
        Sessions.Session session = session(ctx);
        requireToken(ctx, session.csrf());
        return session;
    }

    private static void requireToken(Context ctx, String expected) {
        String given = Optional.ofNullable(ctx.header("X-CSRF-Token")).orElse("");
        if (expected.isEmpty() || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw new Access.Denied(403, "missing or wrong CSRF token (X-CSRF-Token)");
        }
    }

    private Account admin(Context ctx) {
        Sessions.Session session = ctx.method().name().equals("GET") ? session(ctx) : changing(ctx);
        if (session.account().role() != AccountRole.ADMIN) {
            throw new Access.Denied(403, "this needs an admin account");
        }
        return session.account();
    }

    private static ObjectNode sessionJson(Sessions.Session session) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("username", session.account().username());
        node.put("role", session.account().role().wireName());
        node.put("project", session.account().project().value());
        node.put("csrf", session.csrf());
        return node;
    }

    // --- annotators ---

    private List<Queue> visibleQueues(Account account) {
        List<Queue> all = store.queues().queues(account.project());
        if (account.role() == AccountRole.ADMIN) {
            return all;
        }
        Set<String> assigned = Set.copyOf(store.accounts().assignedQueues(account.project(), account.username()));
        return all.stream().filter(q -> assigned.contains(q.id())).toList();
    }

    private Queue workable(Account account, String queueId) {
        return visibleQueues(account).stream().filter(q -> q.id().equals(queueId)).findFirst()
                .orElseThrow(() -> new Access.Denied(403, "you are not assigned to queue '" + queueId + "'"));
    }

    private void myQueues(Context ctx) {
        Account account = session(ctx).account();
        ArrayNode out = MAPPER.createArrayNode();
        for (Queue queue : visibleQueues(account)) {
            QueueSnapshot snapshot = store.queues().snapshot(account.project(), queue.id());
            long mine = snapshot.claims().stream()
                    .filter(c -> c.annotator().equals(account.username()) && c.doneAt().isPresent()).count();
            ObjectNode node = queueJson(queue);
            node.put("labelled_by_me", mine);
            node.put("items", snapshot.items().size());
            out.add(node);
        }
        ctx.json(out);
    }

    private void take(Context ctx) {
        Account account = changing(ctx).account();
        Queue queue = workable(account, ctx.pathParam("queue"));
        long n = takes.computeIfAbsent(queue.id() + "\u0000" + account.username(), k -> new AtomicLong()).getAndIncrement();
        boolean gold = GoldDraw.gold(queue.seed(), account.username(), n, queue.goldRate());
        Optional<Lease> lease = store.queues().take(account.project(), queue.id(), account.username(), gold, Instant.now());
        if (lease.isEmpty()) {
            ctx.status(204);
            return;
        }
        ctx.json(AnnotationPayload.view(queue, lease.get()));
    }

    private void submit(Context ctx) {
        Account account = changing(ctx).account();
        Instant now = Instant.now();
        Lease lease = store.queues().lease(account.project(), ctx.pathParam("lease"), account.username(), now)
                .orElseThrow(() -> PlumblineException.notFound("you hold no live lease '" + ctx.pathParam("lease")
                        + "': it expired, or was submitted, skipped or released"));
        Queue queue = workable(account, lease.queueId());
        JsonNode body = PlumblineServer.json(ctx.bodyAsBytes());
        Answer answer;
        if (queue.kind() == QueueKind.PAIRWISE) {
            List<String> order = AnnotationPayload.order(queue, lease);
            String value = SideOrder.value(body.path("choice").asText(""), order, AnnotationPayload.pair(lease));
            answer = new Answer(value, order, queue.assisted(), Map.of("presentation", queue.assisted() ? "assisted" : "blind"));
        } else {
            answer = new Answer(body.path("value").asText(""), List.of(), queue.assisted(),
                    Map.of("presentation", queue.assisted() ? "assisted" : "blind"));
        }
        Label label = store.queues().submit(account.project(), lease.id(), account.username(), answer, now);
        ctx.json(Map.of("label", label.id()));
    }

    private void skip(Context ctx) {
        Account account = changing(ctx).account();
        store.queues().skip(account.project(), ctx.pathParam("lease"), account.username(), Instant.now());
        ctx.status(204);
    }

    private void release(Context ctx) {
        Account account = changing(ctx).account();
        store.queues().release(account.project(), ctx.pathParam("lease"), account.username());
        ctx.status(204);
    }

    // --- admins ---

    private void adminQueues(Context ctx) {
        Account account = admin(ctx);
        ArrayNode out = MAPPER.createArrayNode();
        for (Queue queue : store.queues().queues(account.project())) {
            ObjectNode node = queueJson(queue);
            node.set("metrics", metricsJson(metrics(account, queue.id())));
            out.add(node);
        }
        ctx.json(out);
    }

    private void createQueue(Context ctx) {
        Account account = admin(ctx);
        JsonNode body = PlumblineServer.json(ctx.bodyAsBytes());
        String id = body.path("id").asText("");
        Queue queue = new Queue(id, body.path("name").asText(id), QueueKind.fromWire(body.path("kind").asText("pairwise")),
                body.path("overlap").asInt(1), Duration.ofSeconds(body.path("lease_seconds").asLong(600)),
                body.path("guideline").asText("v1"), Optional.ofNullable(body.path("guideline_url").textValue()),
                body.path("assisted").asBoolean(false), body.path("gold_rate").asDouble(0), body.path("seed").asLong(1),
                Instant.now());
        store.queues().create(account.project(), queue);
        ctx.status(201).json(queueJson(queue));
    }

    /** Adds pairs ({@code {"pairs": [...], "policy": "manual"}}); a pair's {@code gold} makes it a known-answer item. */
    private void addItems(Context ctx) {
        Account account = admin(ctx);
        JsonNode body = PlumblineServer.json(ctx.bodyAsBytes());
        String policy = body.path("policy").asText("manual");
        List<QueueItem> items = new ArrayList<>();
        Instant now = Instant.now();
        for (JsonNode pair : body.path("pairs")) {
            items.add(AnnotationPayload.item(pair, policy, now));
        }
        int added = store.queues().add(account.project(), ctx.pathParam("queue"), items);
        ctx.json(Map.of("received", items.size(), "added", added));
    }

    private void addMember(Context ctx) {
        Account account = admin(ctx);
        JsonNode body = PlumblineServer.json(ctx.bodyAsBytes());
        store.accounts().assign(account.project(), ctx.pathParam("queue"), body.path("username").asText(""));
        ctx.status(204);
    }

    private void addUser(Context ctx) {
        Account admin = admin(ctx);
        JsonNode body = PlumblineServer.json(ctx.bodyAsBytes());
        Account account = new Account(body.path("username").asText(""), admin.project(),
                AccountRole.fromWire(body.path("role").asText("annotator")), Passwords.hash(body.path("password").asText("")),
                Instant.now());
        store.accounts().create(account);
        for (JsonNode queue : body.path("queues")) {
            store.accounts().assign(admin.project(), queue.asText(), account.username());
        }
        ctx.status(201).json(Map.of("username", account.username(), "role", account.role().wireName()));
    }

    private void users(Context ctx) {
        Account admin = admin(ctx);
        ArrayNode out = MAPPER.createArrayNode();
        for (Account account : store.accounts().accounts(admin.project())) {
            ObjectNode node = out.addObject().put("username", account.username()).put("role", account.role().wireName());
            store.accounts().assignedQueues(admin.project(), account.username()).forEach(node.putArray("queues")::add);
        }
        ctx.json(out);
    }

    private void agreement(Context ctx) {
        Account account = admin(ctx);
        String queueId = ctx.pathParam("queue");
        store.queues().queue(account.project(), queueId)
                .orElseThrow(() -> PlumblineException.notFound("no queue '" + queueId + "'"));
        ctx.contentType("application/json").result(ReportJson.render(
                AgreementAudit.audit(queueLabels(account.project(), queueId), AgreementAuditOptions.DEFAULT)));
    }

    /** The labels a queue produced, read back from the record store like any other labels. */
    private List<Label> queueLabels(ProjectId project, String queueId) {
        List<Label> labels = new ArrayList<>();
        store.records().scan(project, Set.of(Kind.LABEL), record -> {
            if (record instanceof Label label && queueId.equals(label.meta().get("queue"))) {
                labels.add(label);
            }
        });
        return labels;
    }

    private QueueMetrics metrics(Account account, String queueId) {
        return QueueStatus.metrics(store.queues(), account.project(), queueId, Instant.now());
    }

    private static ObjectNode metricsJson(QueueMetrics metrics) {
        return QueueStatus.json(metrics);
    }

    private static ObjectNode queueJson(Queue queue) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", queue.id()).put("name", queue.name()).put("kind", queue.kind().wireName())
                .put("overlap", queue.overlap()).put("lease_seconds", queue.lease().toSeconds())
                .put("guideline", queue.guideline()).put("assisted", queue.assisted()).put("gold_rate", queue.goldRate());
        queue.guidelineUrl().ifPresent(url -> node.put("guideline_url", url));
        return node;
    }
}
