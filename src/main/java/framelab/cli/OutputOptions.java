package framelab.cli;

import framelab.report.CsvFormat;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how results are written. */
final class OutputOptions {
    @Option(names = "--out", defaultValue = "results", paramLabel = "DIR", description = "Results directory (replaced atomically). Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--excel", description = "CSV for Excel: UTF-8 byte-order mark and CRLF line ends.")
    boolean excel;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores). Results do not depend on it.")
    Integer threads;

    CsvFormat csv() {
        return excel ? CsvFormat.EXCEL : CsvFormat.DEFAULT;
    }

    int threads() {
        if (threads == null) return Math.max(1, Runtime.getRuntime().availableProcessors());
        if (threads < 1) throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        return threads;
    }
}
