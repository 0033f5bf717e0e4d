package dev.plumbline.simulate;

/** The fillers of prompt and answer templates ({@code {name}}, {@code {product}}, ...), each with its bank. */
enum Slot {
    NAME("Ms Lee", "Mr Okafor", "Priya", "Jonas", "Dr Alvarez", "Mei", "Tom Becker", "Amara", "Lukas", "Sofia"),
    PRODUCT("Acme Notes", "Orbit Planner", "Ledgerly", "Pulse Dashboard", "Quill Mail", "FleetTrack",
            "Nimbus Backup", "Brightdesk"),
    SUBJECT("agile planning", "data retention", "the pricing change", "the cloud migration",
            "customer onboarding", "the hiring plan", "quarterly budgeting", "the vendor review"),
    LANG("Python", "Java", "TypeScript", "Go", "Kotlin", "Rust"),
    TECH("PostgreSQL", "Redis", "Kafka", "DuckDB", "Elasticsearch", "SQLite"),
    TEAM("sales", "support", "finance", "design", "platform", "marketing"),
    DAY("Monday", "Tuesday", "Thursday", "Friday", "the 14th", "next Wednesday", "the end of the month"),
    AMOUNT("$49", "$120", "$18.50", "$2,400", "EUR 75", "GBP 300");

    private final String[] values;

    Slot(String... values) {
        this.values = values;
    }

    int size() {
        return values.length;
    }

    String value(int index) {
        return values[index];
    }

    /** The slot for a template key, or null; a switch because this runs for every placeholder. */
    static Slot byKey(String key) {
        switch (key) {
            case "name": return NAME;
            case "product": return PRODUCT;
            case "subject": return SUBJECT;
            case "lang": return LANG;
            case "tech": return TECH;
            case "team": return TEAM;
            case "day": return DAY;
            case "amount": return AMOUNT;
            default: return null;
        }
    }
}
