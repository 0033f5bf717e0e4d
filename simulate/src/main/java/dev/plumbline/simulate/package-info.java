/**
 * Seeded traffic of a simulated LLM product with planted traps, and the ground truth of every
 * planted effect, so that each audit and monitor can be tested on known truth.
 *
 * <p>{@link dev.plumbline.simulate.Simulator#run} streams v1 records (interactions, feedback,
 * labels) to a consumer and returns a {@link dev.plumbline.simulate.GroundTruth};
 * {@link dev.plumbline.simulate.SimulationWriter} writes them as JSONL with {@code
 * ground-truth.json} beside; {@link dev.plumbline.simulate.SimulationBenchmark} measures speed.
 *
 * <p>The product: users in three segments use six features over several weeks. Each answer has a
 * hidden utility (its release's quality plus noise) that decides whether the user was satisfied,
 * what they did next (copy, accept, trivial or substantive edit, regenerate, rephrase, abandon),
 * side-by-side choices and session outcomes (task success, 7-day retention, escalation; some days
 * later). Planted traps:
 * <ul>
 *   <li>selection bias: a random arm of users is prompted for thumbs with a logged
 *       {@code feedback_propensity} that differs by segment and feature; the others click when
 *       unhappy, more in some segments, so the raw thumbs rate is biased and an inverse-propensity
 *       estimate over the prompted arm recovers the true satisfaction;</li>
 *   <li>an AI judge labelling side-by-side pairs in both orders, with position, length and
 *       own-family biases;</li>
 *   <li>human annotators with individual noise, k = 3 overlap on some pairs, two guideline versions,
 *       and anchoring on the judge's verdict when they saw it ({@code saw_draft});</li>
 *   <li>a main model line whose releases drift toward the teacher's voice step by step, and a
 *       control line that does not;</li>
 *   <li>a Goodhart release that is longer and list-heavy: the judge prefers it, users and retention
 *       do not;</li>
 *   <li>an eval set with an exact share of items whose gold label came from the evaluated family
 *       (as judge, or through its draft), and a few eval prompts leaked into production traffic.</li>
 * </ul>
 */
package dev.plumbline.simulate;
