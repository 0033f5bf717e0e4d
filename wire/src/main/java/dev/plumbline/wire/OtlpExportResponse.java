package dev.plumbline.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.CodedOutputStream;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.RecordProblem;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bodies OTLP/HTTP answers with, in the request's encoding: on success (HTTP 200) an {@code
 * ExportTraceServiceResponse}, with {@code partialSuccess} counting the rejected spans when some
 * were; on failure (HTTP 4xx) a {@code google.rpc.Status} whose message lists the first problems.
 * Stateless and thread-safe.
 */
public final class OtlpExportResponse {
    private static final int MAX_LISTED_PROBLEMS = 10;
    /** {@code google.rpc.Code.INVALID_ARGUMENT}. */
    private static final int INVALID_ARGUMENT = 3;

    private OtlpExportResponse() {
    }

    /** The 200 body: empty, or a partial success naming how many spans were rejected and why. */
    public static byte[] success(OtlpResult result, OtlpEncoding encoding) {
        ExportTraceServiceResponse.Builder response = ExportTraceServiceResponse.newBuilder();
        if (!result.problems().isEmpty()) {
            response.setPartialSuccess(ExportTracePartialSuccess.newBuilder()
                    .setRejectedSpans(result.rejectedSpans())
                    .setErrorMessage(summary(result.problems())));
        }
        if (encoding == OtlpEncoding.PROTOBUF) {
            return response.build().toByteArray();
        }
        ObjectNode json = Json.mapper().createObjectNode();
        if (response.hasPartialSuccess()) {
            // OTLP/JSON writes 64-bit integers as strings, like protobuf's JSON mapping.
            json.putObject("partialSuccess")
                    .put("rejectedSpans", Long.toString(response.getPartialSuccess().getRejectedSpans()))
                    .put("errorMessage", response.getPartialSuccess().getErrorMessage());
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The 4xx body: a {@code google.rpc.Status} with code INVALID_ARGUMENT and the message. */
    public static byte[] failure(String message, OtlpEncoding encoding) {
        if (encoding == OtlpEncoding.JSON) {
            return Json.mapper().createObjectNode().put("code", INVALID_ARGUMENT).put("message", message)
                    .toString().getBytes(StandardCharsets.UTF_8);
        }
        // google.rpc.Status is not in the OTLP jar: its two scalar fields are written by hand.
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.writeInt32(1, INVALID_ARGUMENT);
            out.writeString(2, message);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw PlumblineException.internal("could not write an OTLP status", e);
        }
    }

    /** The first problems, one per line, and how many more there were. */
    public static String summary(List<RecordProblem> problems) {
        String listed = problems.stream().limit(MAX_LISTED_PROBLEMS).map(RecordProblem::toString)
                .collect(Collectors.joining("\n"));
        int more = problems.size() - MAX_LISTED_PROBLEMS;
        return more > 0 ? listed + "\n(and " + more + " more)" : listed;
    }
}
