package dev.plumbline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.plumbline.model.PlumblineException;
import java.time.Instant;

/**
 * JSON for report records that have no renderer of their own: snake_case fields, Optionals
 * unwrapped, stable key order. Output of {@code --json} on the commands that use it.
 */
final class ReportJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            // Instants as ISO-8601 text; without this Jackson refuses java.time types (no JSR-310 module here).
            .registerModule(new SimpleModule().addSerializer(Instant.class, new ToStringSerializer(Instant.class)))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private ReportJsonWriter() {
    }

    static String write(Object report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw PlumblineException.internal("could not render the report as JSON", e);
        }
    }
}
