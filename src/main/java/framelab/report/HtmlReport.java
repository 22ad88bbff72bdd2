package framelab.report;

import framelab.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** report.html — PLACEHOLDER while the real report is built. */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static void write(Path file, AnalysisResult r) {
        try {
            Files.writeString(file, "<!doctype html><meta charset=utf-8><title>framelab report</title><p>report pending</p>", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
