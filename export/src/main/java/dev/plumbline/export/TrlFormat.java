package dev.plumbline.export;

import dev.plumbline.model.PlumblineException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The dataset shapes Hugging Face TRL's trainers load, with their exact column names: DPO
 * {@code prompt/chosen/rejected}, KTO {@code prompt/completion/label}, SFT {@code messages}
 * (conversational) or {@code prompt/completion} (standard).
 */
public enum TrlFormat {
    DPO("DPOTrainer"),
    KTO("KTOTrainer"),
    SFT("SFTTrainer");

    private final String trainer;

    TrlFormat(String trainer) {
        this.trainer = trainer;
    }

    public String trainer() {
        return trainer;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The columns of one row, in file order. */
    public List<String> columns(boolean conversational) {
        switch (this) {
            case DPO:
                return List.of("prompt", "chosen", "rejected");
            case KTO:
                return List.of("prompt", "completion", "label");
            case SFT:
                return conversational ? List.of("messages") : List.of("prompt", "completion");
        }
        throw new IllegalStateException("unreachable");
    }

    public static TrlFormat fromWire(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName().equals(name)).findFirst().orElseThrow(() ->
                PlumblineException.invalidInput("unknown export format '" + name + "': use dpo, kto or sft"));
    }
}
