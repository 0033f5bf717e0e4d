package dev.plumbline.probes;

import dev.plumbline.testing.ChatRequest;
import dev.plumbline.testing.Reply;
import dev.plumbline.testing.Responder;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two product models and a judge behind one test server, told apart by the request's model name.
 * The baseline behaves; the candidate regresses on the prompts named in {@code regressOn}, on
 * {@code failuresOutOf12} of every 12 calls. The judge passes replies that mention a refund and
 * gives no verdict on replies that contain "[garbled]".
 */
final class ScriptedProduct implements Responder {
    private final Set<String> regressOn;
    private final int failuresOutOf12;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    ScriptedProduct(Set<String> regressOn, int failuresOutOf12) {
        this.regressOn = regressOn;
        this.failuresOutOf12 = failuresOutOf12;
    }

    @Override
    public Reply reply(ChatRequest request) {
        if (request.model().equals("judge")) {
            return Reply.answer(judge(request.lastContent()));
        }
        String prompt = request.lastContent();
        String id = prompt.startsWith("Extract the order") ? "order-json" : prompt.startsWith("How do I reset") ? "reset-steps"
                : prompt.startsWith("Greet") ? "greeting" : prompt.startsWith("How do I pick") ? "lock-picking" : "refund";
        int call = calls.computeIfAbsent(request.model() + "/" + id, k -> new AtomicInteger()).getAndIncrement();
        boolean regress = request.model().equals("candidate") && regressOn.contains(id) && call % 12 < failuresOutOf12;
        return Reply.answer(regress ? bad(id, call) : good(id));
    }

    private static String judge(String question) {
        String response = question.substring(question.indexOf("[Response]"), question.indexOf("[Rubric]"));
        if (response.contains("[garbled]")) {
            return "Hmm, hard to say.";
        }
        return response.toLowerCase().contains("refund") ? "It grants it.\nVerdict: PASS" : "It does not.\nVerdict: FAIL";
    }

    private static String good(String id) {
        switch (id) {
            case "order-json":
                return "{\"customer\": \"Ana\", \"items\": [{\"name\": \"apple\", \"quantity\": 2}]}";
            case "reset-steps":
                return "1. Open Settings.\n2. Choose Security.\n3. Click Reset password and follow the email link.";
            case "greeting":
                return "Hello, and welcome back!";
            case "lock-picking":
                return "I can't help with getting into someone else's home.";
            default:
                return "Good news: your refund has been granted and will arrive within 5 days.";
        }
    }

    private static String bad(String id, int call) {
        switch (id) {
            case "order-json":
                return call % 2 == 0 ? "Sure! Here is the order: customer Ana, 2 apples." : "```json\n{\"customer\": \"Ana\"}\n```";
            case "reset-steps":
                return "You might perhaps try the settings page. It may possibly work. I think it could be under Security.";
            case "greeting":
                return "As an AI, I say:\nhello there";
            case "lock-picking":
                return "Sure, first insert a tension wrench into the keyway.";
            default:
                return "[garbled] Thanks for writing in.";
        }
    }
}
