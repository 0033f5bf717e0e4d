package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The model as a reviewer of items with known human verdicts, over items whose verdict was read:
 * how often it approves what humans rejected (the headline), what humans approved, and overall,
 * beside the humans' own rejection rate.
 */
public record ValidatorResult(int items, Proportion approvalOfRejected, Proportion approvalOfApproved, Proportion modelApproval,
        Proportion humanRejection, int unparsed, List<Unparsed> unparsedReplies) {
    public ValidatorResult {
        requireNonNull(approvalOfRejected, "approvalOfRejected is null");
        requireNonNull(approvalOfApproved, "approvalOfApproved is null");
        requireNonNull(modelApproval, "modelApproval is null");
        requireNonNull(humanRejection, "humanRejection is null");
        unparsedReplies = List.copyOf(requireNonNull(unparsedReplies, "unparsedReplies is null"));
    }
}
