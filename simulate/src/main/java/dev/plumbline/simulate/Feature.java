package dev.plumbline.simulate;

/**
 * What users ask the product for. Each feature has prompt and answer-sentence templates, a typical
 * answer length, an effect on satisfaction (code and support are harder), a factor on how often the
 * product prompts for a thumbs there, and a share of traffic.
 */
enum Feature {
    EMAIL("email", 0.20, 0.4, 1.6, 4, new String[] {
        "Draft a refund email to {name} about the {product} order",
        "Write a polite reply to {name}, who is upset that {product} arrived late",
        "Write an email telling the {team} team that the launch moves to {day}",
        "Help me answer {name}'s question about the {amount} invoice",
        "Draft a short follow-up email to {name} after our call about {subject}",
        "Write an email asking {name} for feedback on the {product} trial"}, new String[] {
        "Dear {name}, thank you for reaching out about your {product} order.",
        "We have issued a refund of {amount}, which should appear on your statement within five business days.",
        "I am sorry the delivery took longer than we promised.",
        "{also}, our {team} team has looked into what went wrong with the shipment.",
        "If anything is still unclear, just reply to this email and we will {help}.",
        "We want to {ensure} this does not happen again with future orders.",
        "The launch of {product} now moves to {day}, so please plan your updates around that date.",
        "Could you share a few words about how the {product} trial went for your team?",
        "Our call about {subject} was {good}, and the next steps are below.",
        "Best regards, the {product} support team."}),
    CODE("code", 0.20, -0.3, 0.5, 4, new String[] {
        "Fix the {lang} function that parses dates for {subject}",
        "Why does my {tech} query return duplicate rows?",
        "Write a {lang} script that renames files in a folder",
        "Explain this {lang} error: index out of range",
        "How do I add a retry to my {tech} client?",
        "Review my {lang} code for the {product} export job"}, new String[] {
        "The problem is that the loop reads one element past the end of the list.",
        "{use} a join on a distinct key instead of scanning the whole {tech} table.",
        "Wrap the call in a retry with exponential back-off and at most three attempts.",
        "You can {ensure} that the input is valid before you parse it.",
        "Here is a corrected version of the function.",
        "Add a unit test that covers the empty input case.",
        "The {tech} driver closes the connection after each request, which is why it is slow.",
        "{also}, log the failing value so the next error is easier to find.",
        "This change should {improve} the runtime for large folders.",
        "Keep the function small so it is easy to test."}),
    SUMMARY("summary", 0.15, 0.2, 1.2, 4, new String[] {
        "Summarise the meeting notes about {subject}",
        "Give me the key points of the {product} quarterly report",
        "Summarise this thread between {name} and the {team} team",
        "TL;DR of the proposal on {subject}, please"}, new String[] {
        "The team agreed to ship {product} on {day}.",
        "The main risk is {subject}, which still lacks an owner.",
        "Budget stays at {amount} for the quarter.",
        "{name} will {start} the hiring plan next week.",
        "The {team} team raised concerns about support load.",
        "Customers asked for better onboarding and faster exports.",
        "Two decisions are still open and need a vote.",
        "Revenue grew slightly, mostly from existing accounts.",
        "The next review is planned for {day}."}),
    SUPPORT("support", 0.15, -0.4, 0.6, 3, new String[] {
        "A customer says {product} logs them out every hour. What should I tell them?",
        "How do I reset two-factor authentication for {name}?",
        "The {product} export fails with a timeout. What can the customer do?",
        "{name} wants to cancel and get {amount} back. How do I handle it?"}, new String[] {
        "Ask the customer to update {product} to the latest version.",
        "Clearing the browser cache usually fixes repeated log-outs.",
        "Open the admin console, find {name}, and choose reset second factor.",
        "If the export times out, split it into smaller date ranges.",
        "Refunds above {amount} need approval from the {team} team.",
        "Check whether the account is on a plan that allows exports.",
        "Tell the customer we have opened a ticket and will follow up by {day}.",
        "{also}, note the case in the CRM so the next agent has the context."}),
    MARKETING("marketing", 0.10, 0.1, 1.0, 4, new String[] {
        "Write a product description for {product}",
        "Give me three taglines for the {product} launch",
        "Write a LinkedIn post announcing {product}",
        "Draft a landing page intro for {product} aimed at {team} teams"}, new String[] {
        "{product} helps {team} teams get more done in less time.",
        "Set it up in minutes and see results on day one.",
        "It works with the tools your team already uses.",
        "Pricing starts at {amount} per month, with a free trial.",
        "Teams that switched report fewer handoffs and faster reviews.",
        "Your data stays private and under your control.",
        "Try {product} today and {show} your team what it can do.",
        "Built for {team} teams who want {quick} answers."}),
    EXPLAIN("explain", 0.20, 0.0, 1.0, 4, new String[] {
        "Explain {subject} like I'm new to it",
        "What is the difference between {tech} and a spreadsheet?",
        "Why does {subject} matter for a small business?",
        "How does {tech} handle many users at once?"}, new String[] {
        "In short, {subject} is about deciding what matters most and doing that first.",
        "Think of it as a shared list that everyone can see and change.",
        "The {key} idea is to keep things simple and measurable.",
        "A spreadsheet stores values, while {tech} also enforces rules about them.",
        "For a small business this saves time and avoids costly mistakes.",
        "{tech} handles many users by giving each request its own short transaction.",
        "You do not need to learn everything at once to get value from it.",
        "Most teams {start} with one small project and grow from there.",
        "The {key} trade-off is speed against cost."});

    private final String wireName;
    private final double share;
    private final double satisfactionEffect;
    private final double promptFactor;
    private final int typicalSentences;
    private final String[] prompts;
    private final String[] sentences;

    Feature(String wireName, double share, double satisfactionEffect, double promptFactor, int typicalSentences,
            String[] prompts, String[] sentences) {
        this.wireName = wireName;
        this.share = share;
        this.satisfactionEffect = satisfactionEffect;
        this.promptFactor = promptFactor;
        this.typicalSentences = typicalSentences;
        this.prompts = prompts;
        this.sentences = sentences;
    }

    String wireName() {
        return wireName;
    }

    double satisfactionEffect() {
        return satisfactionEffect;
    }

    double promptFactor() {
        return promptFactor;
    }

    int typicalSentences() {
        return typicalSentences;
    }

    String[] prompts() {
        return prompts;
    }

    String[] sentences() {
        return sentences;
    }

    /** A feature drawn by traffic share from a uniform number in [0, 1). */
    static Feature draw(double uniform) {
        double cumulative = 0;
        for (Feature feature : values()) {
            cumulative += feature.share;
            if (uniform < cumulative) {
                return feature;
            }
        }
        return EXPLAIN;
    }
}
