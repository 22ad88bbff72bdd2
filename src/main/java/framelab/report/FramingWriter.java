package framelab.report;

import framelab.framing.FramingResult;
import java.util.ArrayList;
import java.util.List;

/** The framing tables as tidy CSV, each part by its own writer (columns documented in results/README.md). */
public final class FramingWriter {
    private FramingWriter() {
    }

    /** Writes every framing file into {@code dir}; returns their names (no actor files without an actor dictionary). */
    public static List<String> write(ResultsDirectory dir, CsvFormat f, FramingResult r) {
        List<String> files = new ArrayList<>();
        if (r.actors() != null) files.addAll(ActorWriter.write(dir, f, r.actors()));
        files.addAll(QuoteWriter.write(dir, f, r.quotes()));
        files.addAll(SyndicationWriter.write(dir, f, r.syndication()));
        files.addAll(EventWriter.write(dir, f, r.events(), r.comparison()));
        return files;
    }
}
