package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.annotation.AnnotatorThroughput;
import dev.plumbline.annotation.AuditSample;
import dev.plumbline.annotation.BelowConfidence;
import dev.plumbline.annotation.CoverageGaps;
import dev.plumbline.annotation.FedPair;
import dev.plumbline.annotation.Feeder;
import dev.plumbline.annotation.FeedingPolicy;
import dev.plumbline.annotation.JudgeImplicitDisagreement;
import dev.plumbline.annotation.PairCandidate;
import dev.plumbline.annotation.QueueMetrics;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.server.AnnotationPayload;
import dev.plumbline.server.Passwords;
import dev.plumbline.server.QueueStatus;
import dev.plumbline.store.Account;
import dev.plumbline.store.AccountRole;
import dev.plumbline.store.Queue;
import dev.plumbline.store.QueueItem;
import dev.plumbline.store.QueueKind;
import dev.plumbline.store.Store;
import dev.plumbline.wire.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plumbline annotate ...}: administer annotation queues and accounts from the command line. */
@Command(name = "annotate", mixinStandardHelpOptions = true, description = "Create annotation queues, add items and users, show status.",
        subcommands = {AnnotateCommand.CreateQueue.class, AnnotateCommand.AddItems.class, AnnotateCommand.Assign.class,
            AnnotateCommand.Users.class, AnnotateCommand.Status.class})
final class AnnotateCommand {
    @Command(name = "create-queue", mixinStandardHelpOptions = true, description = "Create a queue.")
    static final class CreateQueue implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "QUEUE", description = "Queue id (lower-case letters, digits, '.', '-', '_').")
        String id;

        @Option(names = "--name", description = "Display name (default: the id).")
        String name;

        @Option(names = "--kind", defaultValue = "pairwise", description = "pairwise or single (default: ${DEFAULT-VALUE}).")
        String kind;

        @Option(names = "--overlap", defaultValue = "3", description = "Annotators per item, k (default: ${DEFAULT-VALUE}).")
        int overlap;

        @Option(names = "--lease-seconds", defaultValue = "600", description = "How long a taken item is reserved (default: ${DEFAULT-VALUE}).")
        long leaseSeconds;

        @Option(names = "--guideline", defaultValue = "v1", description = "Guideline version recorded on every label (default: ${DEFAULT-VALUE}).")
        String guideline;

        @Option(names = "--guideline-url", description = "Where annotators read the guideline.")
        String guidelineUrl;

        @Option(names = "--assisted", description = "Show the judge's suggestion (labels record saw_draft=true); blind otherwise.")
        boolean assisted;

        @Option(names = "--gold-rate", defaultValue = "0", description = "Share of takes served from gold items (default: ${DEFAULT-VALUE}).")
        double goldRate;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of side orders and gold draws (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            Queue queue = new Queue(id, name == null ? id : name, QueueKind.fromWire(kind), overlap,
                    Duration.ofSeconds(leaseSeconds), guideline, Optional.ofNullable(guidelineUrl), assisted, goldRate, seed,
                    Instant.now());
            try (Store store = storeOptions.open()) {
                store.queues().create(storeOptions.project(), queue);
            }
            System.out.println("created queue " + id + " (k=" + overlap + ", guideline " + guideline
                    + (assisted ? ", assisted" : ", blind") + ")");
            return ExitCodes.OK;
        }
    }

    @Command(name = "add-items", mixinStandardHelpOptions = true,
            description = "Queue pairs from a JSONL file, or the pairs that labels in the store are about, through feeding policies.")
    static final class AddItems implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "QUEUE")
        String queue;

        @Option(names = "--pairs", description = "JSONL: one pair a line (first, second, prompt, first_text, second_text,"
                + " source, confidence, judge, implicit, segment, context, gold).")
        Path pairs;

        @Option(names = "--from-labels", description = "Queue every pair that pairwise labels in the store are about"
                + " (texts from the store's interactions).")
        boolean fromLabels;

        @Option(names = "--policy", split = ",", defaultValue = "manual", description = "manual, below-confidence,"
                + " judge-implicit-disagreement, audit-sample, coverage-gap (comma-separated; default: ${DEFAULT-VALUE}).")
        List<String> policies;

        @Option(names = "--threshold", defaultValue = "0.7", description = "below-confidence threshold (default: ${DEFAULT-VALUE}).")
        double threshold;

        @Option(names = "--rate", defaultValue = "0.05", description = "audit-sample share of every source (default: ${DEFAULT-VALUE}).")
        double rate;

        @Option(names = "--seed", defaultValue = "1", description = "audit-sample seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--per-segment", defaultValue = "20", description = "coverage-gap pairs per unlabelled segment (default: ${DEFAULT-VALUE}).")
        int perSegment;

        @Override
        public Integer call() throws IOException {
            if ((pairs == null) == !fromLabels) {
                throw PlumblineException.invalidInput("give either --pairs FILE or --from-labels");
            }
            try (Store store = storeOptions.open()) {
                List<JsonNode> lines = pairs != null ? readPairs(pairs) : PairsFromLabels.read(store, storeOptions.project());
                List<QueueItem> items = feed(lines);
                int added = store.queues().add(storeOptions.project(), queue, items);
                System.out.println(lines.size() + " candidate pairs, " + items.size() + " chosen by "
                        + String.join(", ", policies) + ", " + added + " new in queue " + queue);
            }
            return ExitCodes.OK;
        }

        private List<QueueItem> feed(List<JsonNode> lines) {
            Instant now = Instant.now();
            if (policies.equals(List.of("manual"))) {
                return lines.stream().map(line -> AnnotationPayload.item(line, "manual", now)).toList();
            }
            Map<String, JsonNode> byItem = new java.util.HashMap<>();
            List<PairCandidate> candidates = new ArrayList<>();
            for (JsonNode line : lines) {
                PairCandidate candidate = AnnotationPayload.candidate(line);
                byItem.put(candidate.itemId(), line);
                candidates.add(candidate);
            }
            List<FedPair> fed = Feeder.feed(candidates, policies.stream().map(this::policy).toList());
            return fed.stream().map(f -> AnnotationPayload.item(byItem.get(f.itemId()), f.policy(), now)).toList();
        }

        private FeedingPolicy policy(String name) {
            return switch (name.trim()) {
                case "below-confidence" -> new BelowConfidence(threshold);
                case "judge-implicit-disagreement" -> new JudgeImplicitDisagreement();
                case "audit-sample" -> new AuditSample(rate, seed);
                case "coverage-gap" -> new CoverageGaps(Set.of(), perSegment);
                default -> throw PlumblineException.invalidInput("unknown policy '" + name + "': use below-confidence,"
                        + " judge-implicit-disagreement, audit-sample or coverage-gap (or manual alone)");
            };
        }

        private static List<JsonNode> readPairs(Path file) throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    lines.add(Json.mapper().readTree(line));
                } catch (IOException e) {
                    throw PlumblineException.invalidInput(file + ":" + number + " is not JSON: " + e.getMessage());
                }
            }
            return lines;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Let an annotator work on a queue.")
    static final class Assign implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "QUEUE")
        String queue;

        @Parameters(index = "1", paramLabel = "USER")
        String user;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                store.accounts().assign(storeOptions.project(), queue, user);
            }
            System.out.println(user + " may now work on " + queue);
            return ExitCodes.OK;
        }
    }

    @Command(name = "users", mixinStandardHelpOptions = true, description = "Web accounts of annotators and admins.",
            subcommands = {Users.Add.class, Users.ListUsers.class})
    static final class Users {
        @Command(name = "add", mixinStandardHelpOptions = true,
                description = "Add an account; the password is read from $PLUMBLINE_PASSWORD or the first line of stdin.")
        static final class Add implements Callable<Integer> {
            @Mixin
            StoreOptions storeOptions;

            @Parameters(paramLabel = "USER")
            String username;

            @Option(names = "--role", defaultValue = "annotator", description = "annotator or admin (default: ${DEFAULT-VALUE}).")
            String role;

            @Option(names = "--queue", split = ",", description = "Queues an annotator may work on.")
            List<String> queues = List.of();

            @Override
            public Integer call() throws IOException {
                String password = password();
                Account account = new Account(username, storeOptions.project(), AccountRole.fromWire(role),
                        Passwords.hash(password), Instant.now());
                try (Store store = storeOptions.open()) {
                    store.accounts().create(account);
                    for (String queue : queues) {
                        store.accounts().assign(storeOptions.project(), queue.trim(), username);
                    }
                }
                System.out.println("added " + role + " " + username + " to project " + storeOptions.project()
                        + (queues.isEmpty() ? "" : " with queues " + String.join(",", queues)));
                return ExitCodes.OK;
            }

            private static String password() throws IOException {
                String fromEnvironment = System.getenv("PLUMBLINE_PASSWORD");
                if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                    return fromEnvironment;
                }
                if (System.console() != null) {
                    char[] typed = System.console().readPassword("password for the new account: ");
                    return typed == null ? "" : new String(typed);
                }
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line;
            }
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "List the project's accounts.")
        static final class ListUsers implements Callable<Integer> {
            @Mixin
            StoreOptions storeOptions;

            @Override
            public Integer call() {
                try (Store store = storeOptions.open()) {
                    for (Account account : store.accounts().accounts(storeOptions.project())) {
                        System.out.printf("%-24s %-10s %s%n", account.username(), account.role().wireName(),
                                String.join(",", store.accounts().assignedQueues(storeOptions.project(), account.username())));
                    }
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Backlog, throughput and gold accuracy of every queue, or of one.")
    static final class Status implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "QUEUE", arity = "0..1")
        String queue;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            ArrayNode out = Json.mapper().createArrayNode();
            StringBuilder text = new StringBuilder();
            try (Store store = storeOptions.open()) {
                List<Queue> queues = store.queues().queues(storeOptions.project()).stream()
                        .filter(q -> queue == null || q.id().equals(queue)).toList();
                if (queue != null && queues.isEmpty()) {
                    throw PlumblineException.notFound("project " + storeOptions.project() + " has no queue '" + queue + "'");
                }
                for (Queue q : queues) {
                    QueueMetrics metrics = QueueStatus.metrics(store.queues(), storeOptions.project(), q.id(), Instant.now());
                    ObjectNode node = QueueStatus.json(metrics);
                    node.put("queue", q.id());
                    out.add(node);
                    text.append(describe(q, metrics));
                }
            }
            System.out.print(json ? out.toPrettyString() + System.lineSeparator() : text);
            return ExitCodes.OK;
        }

        private static String describe(Queue queue, QueueMetrics m) {
            StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "%s (k=%d, guideline %s): %d items, %d waiting, %d in progress, %d complete, %d labels;"
                            + " waiting age p50 %.0f s, p95 %.0f s; waiting per policy %s%n",
                    queue.id(), queue.overlap(), queue.guideline(), m.items(), m.waiting(), m.inProgress(), m.complete(),
                    m.labels(), m.ageP50Seconds(), m.ageP95Seconds(), new java.util.TreeMap<>(m.waitingPerPolicy())));
            for (AnnotatorThroughput a : m.annotators()) {
                out.append(String.format(java.util.Locale.ROOT, "  %-20s %5d labels  %7.1f items/h  %6.1f s/item  gold %s%n",
                        a.annotator(), a.labels(), a.itemsPerHour(), a.medianSecondsPerItem(),
                        a.goldAccuracy().isPresent() ? String.format(java.util.Locale.ROOT, "%.2f (%d/%d)",
                                a.goldAccuracy().getAsDouble(), a.goldCorrect(), a.goldLabels()) : "-"));
            }
            return out.toString();
        }
    }
}
