package dev.plumbline.report;

import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The scripts and style the report is drawn with, read from the classpath: the ECharts WebJar (a
 * dependency, never a copy in the repository) and the report's own renderer and stylesheet.
 */
public final class ReportAssets {
    /** Classpath path of the renderer script, an ES module exporting renderSections and drawCharts. */
    public static final String RENDERER = "/dev/plumbline/report/loop-health.js";
    /** Classpath path of the report's stylesheet. */
    public static final String STYLE = "/dev/plumbline/report/loop-health.css";
    private static final String ECHARTS_POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";

    private ReportAssets() {
    }

    /** Classpath path of the minified ECharts build in the WebJar, of the version on the classpath. */
    public static String echartsPath() {
        Properties pom = new Properties();
        try (InputStream in = stream(ECHARTS_POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw PlumblineException.internal("could not read the ECharts WebJar's version", e);
        }
        return "/META-INF/resources/webjars/echarts/" + pom.getProperty("version") + "/dist/echarts.min.js";
    }

    public static String echarts() {
        return text(echartsPath());
    }

    public static String renderer() {
        return text(RENDERER);
    }

    public static String style() {
        return text(STYLE);
    }

    static String text(String path) {
        try (InputStream in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PlumblineException.internal("could not read " + path + " from the classpath", e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = ReportAssets.class.getResourceAsStream(path);
        if (in == null) {
            throw PlumblineException.internal("missing on the classpath: " + path, null);
        }
        return in;
    }
}
