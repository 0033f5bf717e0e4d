package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.annotation.FedPair;
import dev.plumbline.annotation.PairCandidate;
import dev.plumbline.model.Label;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.server.Passwords;
import dev.plumbline.simulate.AnnotatorModel;
import dev.plumbline.simulate.HiddenPair;
import dev.plumbline.store.Account;
import dev.plumbline.store.AccountRole;
import dev.plumbline.store.Store;
import dev.plumbline.wire.Json;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's annotation step, through the same path as a team's: an admin account creates a blind
 * queue (k annotators, gold items mixed in) and an assisted one (the judge's verdict shown) over the
 * server's API, queues the pairs the feeding policies picked, and adds one account per simulated
 * annotator; the annotators then work the queues over HTTP ({@link DemoAnnotators}). The labels
 * are read back from the store like any other labels. Not thread-safe.
 */
final class DemoAnnotation {
    static final String ADMIN = "demo-admin";
    static final int OVERLAP = 3;
    static final double GOLD_RATE = 0.15;
    private static final int PER_POLICY = 30;
    private static final int GOLD_ITEMS = 20;

    /** The queues' labels as stored, what was measured of them, and the admin's password for the UI. */
    record Outcome(List<Label> labels, ObjectNode summary, String adminPassword) {
    }

    private final Store store;
    private final String base;
    private final long seed;
    private final HttpClient http = HttpClient.newHttpClient();

    DemoAnnotation(Store store, int port, long seed) {
        this.store = store;
        this.base = "http://127.0.0.1:" + port;
        this.seed = seed;
    }

    Outcome run(List<Record> records, Map<String, HiddenPair> hidden, String judge, AnnotatorModel model,
            double assistedShare) {
        long started = System.nanoTime();
        List<PairCandidate> candidates = DemoQueues.candidates(records, hidden, judge);
        DemoQueues.Plan plan = DemoQueues.plan(candidates, hidden, seed, PER_POLICY, GOLD_ITEMS);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        WebSession admin = setUp(plan, password);
        DemoAnnotators annotators = new DemoAnnotators(model, sessions(admin, model.ids(), password), seed);
        for (List<FedPair> pairs : List.of(plan.blind(), plan.assisted(), List.copyOf(plan.gold().keySet()))) {
            pairs.forEach(f -> annotators.know(f.pair(), hidden.get(DemoQueues.key(f.pair().first(), f.pair().second()))));
        }
        long labelling = System.nanoTime();
        DemoAnnotators.Work blind = annotators.work(DemoQueues.BLIND);
        // size the assisted queue so that labels with a draft shown make up the planted share of all labels
        int assistedItems = Math.min(plan.assisted().size(), (int) Math.round(blind.labels() * assistedShare / (1 - assistedShare)));
        addItems(admin, DemoQueues.ASSISTED, plan.assisted().subList(0, assistedItems), Map.of());
        DemoAnnotators.Work assisted = annotators.work(DemoQueues.ASSISTED);
        List<Label> labels = RecordsLoader.labels(store, ProjectId.DEFAULT).stream()
                .filter(l -> Set.of(DemoQueues.BLIND, DemoQueues.ASSISTED).contains(l.meta().getOrDefault("queue", ""))).toList();
        ObjectNode summary = new AnnotationRecovery(hidden, model).measure(labels, verdicts(candidates), assistedShare);
        summary.put("candidates", candidates.size());
        summary.set("fed_by_policy", Json.mapper().valueToTree(plan.candidatesByPolicy()));
        summary.put("setup_seconds", (labelling - started) / 1e9).put("labelling_seconds", (System.nanoTime() - labelling) / 1e9);
        summary.put("blind_items", plan.blind().size()).put("gold_items", plan.gold().size()).put("assisted_items", assistedItems);
        summary.put("abandoned_leases", blind.abandoned() + assisted.abandoned());
        summary.put("skipped", blind.skipped() + assisted.skipped());
        summary.set("queue_stats", admin.get("/api/admin/queues/" + DemoQueues.BLIND + "/stats"));
        return new Outcome(labels, summary, password);
    }

    /** The admin account (the one account made in the store directly, as {@code annotate users add} does), the queues and their first items. */
    private WebSession setUp(DemoQueues.Plan plan, String password) {
        store.accounts().create(new Account(ADMIN, ProjectId.DEFAULT, AccountRole.ADMIN, Passwords.hash(password), Instant.now()));
        WebSession admin = WebSession.login(http, base, ADMIN, password);
        admin.post("/api/admin/queues", queue(DemoQueues.BLIND, "Blind pairwise, k=" + OVERLAP, OVERLAP, false, GOLD_RATE));
        admin.post("/api/admin/queues", queue(DemoQueues.ASSISTED, "Assisted pairwise (judge verdict shown)", 1, true, 0));
        addItems(admin, DemoQueues.BLIND, plan.blind(), Map.of());
        addItems(admin, DemoQueues.BLIND, List.copyOf(plan.gold().keySet()), plan.gold());
        return admin;
    }

    private ObjectNode queue(String id, String name, int overlap, boolean assisted, double goldRate) {
        return Json.mapper().createObjectNode().put("id", id).put("name", name).put("kind", "pairwise").put("overlap", overlap)
                .put("lease_seconds", 600).put("guideline", "demo-v1").put("assisted", assisted).put("gold_rate", goldRate)
                .put("seed", seed);
    }

    private static void addItems(WebSession admin, String queue, List<FedPair> pairs, Map<FedPair, String> gold) {
        Map<String, List<FedPair>> byPolicy = new LinkedHashMap<>();
        pairs.forEach(f -> byPolicy.computeIfAbsent(f.policy(), p -> new java.util.ArrayList<>()).add(f));
        byPolicy.forEach((policy, list) -> admin.post("/api/admin/queues/" + queue + "/items", DemoQueues.itemsBody(policy, list, gold)));
    }

    /** One account per simulated annotator, assigned to both queues, each logged in with its own session. */
    private Map<String, WebSession> sessions(WebSession admin, List<String> annotators, String password) {
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        for (String annotator : annotators) {
            ObjectNode user = Json.mapper().createObjectNode().put("username", annotator).put("password", password)
                    .put("role", "annotator");
            user.putArray("queues").add(DemoQueues.BLIND).add(DemoQueues.ASSISTED);
            admin.post("/api/admin/users", user);
            sessions.put(annotator, WebSession.login(http, base, annotator, password));
        }
        return sessions;
    }

    private static Map<String, String> verdicts(List<PairCandidate> candidates) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        candidates.forEach(c -> c.judgeVerdict().ifPresent(v -> verdicts.put(DemoQueues.key(c.first(), c.second()), v)));
        return verdicts;
    }

    static String describe(JsonNode a) {
        return String.format(java.util.Locale.ROOT, "%d labels (%d blind, %d assisted, %d gold); Fleiss kappa %.2f [%.2f, %.2f],"
                + " expected from the planted noise %.2f; saw_draft on %.2f of labels (planted %.2f); agreement with the judge's"
                + " verdict %.2f shown vs %.2f blind: copy rate %.2f (planted anchoring %.2f); gold accuracy %.2f (expected %.2f)",
                a.get("labels").asInt(), a.get("blind_labels").asInt(), a.get("assisted_labels").asInt(), a.get("gold_labels").asInt(),
                a.get("fleiss_kappa_measured").asDouble(), a.get("fleiss_kappa_low").asDouble(), a.get("fleiss_kappa_high").asDouble(),
                a.get("fleiss_kappa_expected").asDouble(), a.get("saw_draft_share").asDouble(), a.get("planted_assisted_share").asDouble(),
                a.get("judge_agreement_assisted").asDouble(), a.get("judge_agreement_blind").asDouble(),
                a.get("copy_rate_measured").asDouble(), a.get("planted_anchoring").asDouble(), a.get("gold_accuracy").asDouble(),
                a.get("gold_accuracy_expected").asDouble());
    }
}
