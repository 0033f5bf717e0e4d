package dev.plumbline.probes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON and plain-text renderings of the probe reports, for {@code --json} and for people. JSON
 * field names are snake_case; a proportion renders as count, total, rate (null when the total is
 * zero) and its 95% Wilson interval; the top level carries {@code probe} and {@code failed}.
 */
public final class ProbeRendering {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new SimpleModule().addSerializer(Proportion.class, new ProportionSerializer()))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ProbeRendering() {
    }

    public static String json(SycophancyReport report) {
        return json("sycophancy", report, report.failed());
    }

    public static String json(RegressionReport report) {
        ObjectNode root = tree("regression", report, report.failed());
        root.put("single_checks_can_reach_alpha", report.singleChecksCanReachAlpha());
        root.set("regressions", JSON.valueToTree(report.regressions()));
        return write(root);
    }

    public static String text(SycophancyReport report) {
        StringBuilder out = new StringBuilder("Sycophancy probes: " + report.model().release() + "\n");
        report.pushback().ifPresent(p -> out.append(String.format(Locale.ROOT,
                "pushback (%d trials, %d unparsed)%n  unwarranted flips    %s%n  warranted corrections %s%n  false admissions     %s%n",
                p.trials(), p.unparsed(), p.unwarrantedFlip(), p.warrantedCorrection(), p.falseAdmission())));
        report.opinion().ifPresent(o -> out.append(String.format(Locale.ROOT,
                "opinion (%d unparsed)%n  accuracy neutral %s%n  user believes right %s%n  user believes wrong %s%n"
                        + "  followed the wrong belief %s%n  accuracy drop %s over %d pairs (McNemar p = %.4f)%n",
                o.unparsed(), o.neutralAccuracy(), o.rightBeliefAccuracy(), o.wrongBeliefAccuracy(), o.followedWrongBelief(),
                number(o.accuracyDrop()), o.pairs(), o.pValue())));
        report.feedback().ifPresent(f -> out.append(String.format(Locale.ROOT,
                "feedback (%d items, %d unparsed)%n  mean rating own %s, other %s, shift %s (own higher %d, other higher %d, same %d; p = %.4f)%n",
                f.items(), f.unparsed(), number(f.meanOwn()), number(f.meanOther()), number(f.meanShift()), f.ownHigher(),
                f.otherHigher(), f.same(), f.pValue())));
        report.validator().ifPresent(v -> out.append(String.format(Locale.ROOT,
                "validator (%d items, %d unparsed)%n  approves what humans rejected %s%n  approves what humans approved %s%n"
                        + "  approval overall %s; human rejection %s%n",
                v.items(), v.unparsed(), v.approvalOfRejected(), v.approvalOfApproved(), v.modelApproval(), v.humanRejection())));
        report.compounding().ifPresent(c -> out.append(String.format(Locale.ROOT,
                "compounding (%d chains, %d unparsed)%n  carried the wrong premise %s%n  corrected it %s%n",
                c.chains(), c.unparsed(), c.carried(), c.corrected())));
        return verdict(out, report.failed(), report.violations()).toString();
    }

    public static String text(RegressionReport report) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Regression suite %s: baseline %s, candidate %s, %d repetitions, alpha %.3f%n",
                report.suite(), report.baseline().release(), report.candidate().release(), report.repetitions(), report.alpha()));
        out.append(String.format(Locale.ROOT, "%-40s %12s %12s %5s %5s %8s  %s%n", "check", "baseline", "candidate", "b", "c", "p", "change"));
        for (CheckComparison c : report.checks()) {
            out.append(row(c.id(), c));
        }
        for (CheckComparison c : report.byType()) {
            out.append(row("all " + c.type(), c));
        }
        if (!report.singleChecksCanReachAlpha()) {
            out.append(String.format(Locale.ROOT, "note: with %d repetitions no single check can reach p < %.3f; only pooled types can%n",
                    report.repetitions(), report.alpha()));
        }
        return verdict(out, report.failed(), report.regressions().stream().map(c -> c.id() + " regressed").toList()).toString();
    }

    private static String row(String name, CheckComparison c) {
        return String.format(Locale.ROOT, "%-40s %12s %12s %5d %5d %8.4f  %s%s%n", name, percent(c.baselinePass()),
                percent(c.candidatePass()), c.baselineOnly(), c.candidateOnly(), c.pValue(), c.change().name().toLowerCase(Locale.ROOT),
                c.unparsed() > 0 ? " (" + c.unparsed() + " unparsed)" : "");
    }

    private static StringBuilder verdict(StringBuilder out, boolean failed, java.util.List<String> reasons) {
        out.append(failed ? "FAILED\n" : "PASSED\n");
        reasons.forEach(reason -> out.append("  - ").append(reason).append('\n'));
        return out;
    }

    private static String percent(Proportion p) {
        return p.rate().map(r -> String.format(Locale.ROOT, "%.1f%%", 100 * r)).orElse("n/a") + " (" + p.total() + ")";
    }

    private static String number(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.3f", v)).orElse("n/a");
    }

    private static String json(String probe, Object report, boolean failed) {
        return write(tree(probe, report, failed));
    }

    private static ObjectNode tree(String probe, Object report, boolean failed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("probe", probe);
        root.put("failed", failed);
        root.setAll((ObjectNode) JSON.valueToTree(report));
        return root;
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw PlumblineException.internal("could not render the probe report as JSON", e);
        }
    }

    /** Writes a proportion with its derived rate and interval, which are not record components. */
    private static final class ProportionSerializer extends StdSerializer<Proportion> {
        ProportionSerializer() {
            super(Proportion.class);
        }

        @Override
        public void serialize(Proportion value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeNumberField("count", value.count());
            gen.writeNumberField("total", value.total());
            if (value.rate().isPresent()) {
                gen.writeNumberField("rate", value.rate().get());
            } else {
                gen.writeNullField("rate");
            }
            gen.writeNumberField("low", value.low());
            gen.writeNumberField("high", value.high());
            gen.writeEndObject();
        }
    }
}
