package dev.plumbline.cli;

import dev.plumbline.judging.JudgeTemplate;
import dev.plumbline.judging.JudgeTemplates;
import dev.plumbline.judging.TemplateJson;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imported judge templates live in {@code <data>/judge-templates/templates.json} (the project's
 * template file shape); the catalog is the shipped defaults plus those.
 */
final class TemplateFiles {
    private TemplateFiles() {
    }

    static JudgeTemplates catalog(Path data) {
        return JudgeTemplates.defaults().with(imported(data));
    }

    static List<JudgeTemplate> importFile(Path data, Path file) {
        if (!Files.isRegularFile(file)) {
            throw PlumblineException.invalidInput("template file " + file + " does not exist");
        }
        try {
            List<JudgeTemplate> fresh = TemplateJson.readAny(Files.readString(file));
            List<JudgeTemplate> all = new ArrayList<>(JudgeTemplates.of(imported(data)).with(fresh).all());
            Files.createDirectories(path(data).getParent());
            Files.writeString(path(data), TemplateJson.write(all));
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JudgeTemplate> imported(Path data) {
        Path file = path(data);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return TemplateJson.read(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path path(Path data) {
        return data.resolve("judge-templates").resolve("templates.json");
    }
}
