package dev.plumbline.report;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a {@link LoopHealth} as ONE self-contained HTML file that works offline: the sections and
 * their facts are static HTML, the data is inlined as JSON, and the charts are drawn by the inlined
 * ECharts build (from its WebJar) and the report's renderer, with no request leaving the file.
 */
public final class LoopHealthHtml {
    /** Name of the HTML file {@link #write} creates. */
    public static final String FILE = "loop-health.html";
    /** Name of the JSON file {@link #write} creates when asked to. */
    public static final String JSON_FILE = "loop-health.json";

    private LoopHealthHtml() {
    }

    public static String render(LoopHealth health) {
        String json = LoopHealthJson.write(health, false);
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">")
                .append("<title>Loop health — ").append(escape(health.project())).append("</title>\n<style>")
                .append(ReportAssets.style()).append("</style>\n</head>\n<body>\n<h1>Loop health</h1>\n<div id=\"report\">\n");
        html.append("<p class=\"meta\">Project ").append(escape(health.project())).append(", generated ")
                .append(escape(health.generatedAt().toString())).append(".</p>\n");
        health.sections().forEach(s -> section(html, s));
        html.append("</div>\n<script>").append(inline(ReportAssets.echarts())).append("</script>\n")
                .append("<script type=\"application/json\" id=\"loop-health-data\">").append(inline(json)).append("</script>\n")
                .append("<script type=\"module\">\n").append(inline(ReportAssets.renderer()))
                .append("\ndrawCharts(document.getElementById('report'), JSON.parse(document.getElementById('loop-health-data').textContent), window.echarts);\n")
                .append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Writes {@value #FILE} (and {@value #JSON_FILE} when {@code json}) into {@code dir}, creating it; returns the HTML file. */
    public static Path write(LoopHealth health, Path dir, boolean json) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE);
            Files.writeString(file, render(health));
            if (json) {
                Files.writeString(dir.resolve(JSON_FILE), LoopHealthJson.write(health, true));
            }
            return file;
        } catch (IOException e) {
            throw PlumblineException.internal("could not write the loop-health report to " + dir, e);
        }
    }

    private static void section(StringBuilder html, Section section) {
        html.append("<section id=\"section-").append(escape(section.id())).append("\" data-section=\"").append(escape(section.id()))
                .append("\">\n<h2>").append(escape(section.title())).append("</h2>\n");
        section.absent().ifPresent(reason -> html.append("<p class=\"absent\">Not available: ").append(escape(reason)).append("</p>\n"));
        section.charts().forEach(c -> html.append("<div class=\"chart\" data-chart=\"").append(escape(c.id())).append("\"></div>\n"));
        if (!section.facts().isEmpty()) {
            html.append("<ul class=\"facts\">\n");
            section.facts().forEach(f -> html.append("<li>").append(escape(f)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Keeps inlined script text from closing its own script element early. */
    private static String inline(String script) {
        return script.replace("</script", "<\\/script").replace("<!--", "<\\!--");
    }
}
