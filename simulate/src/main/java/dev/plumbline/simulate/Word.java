package dev.plumbline.simulate;

/** Words whose choice is a matter of voice ({@code {use}} is "use" to one model and "leverage" to another). */
enum Word {
    USE,
    HELP,
    ENSURE,
    KEY,
    ALSO,
    IMPROVE,
    SHOW,
    GOOD,
    QUICK,
    START;

    /** The word for a template key, or null; a switch because this runs for every placeholder of every answer. */
    static Word byKey(String key) {
        switch (key) {
            case "use": return USE;
            case "help": return HELP;
            case "ensure": return ENSURE;
            case "key": return KEY;
            case "also": return ALSO;
            case "improve": return IMPROVE;
            case "show": return SHOW;
            case "good": return GOOD;
            case "quick": return QUICK;
            case "start": return START;
            default: return null;
        }
    }
}
