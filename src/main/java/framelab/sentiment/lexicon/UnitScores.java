package framelab.sentiment.lexicon;

import framelab.sentiment.SentimentRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of one unit of text under one lexicon: measures in a fixed, documented order (the same
 * names for every unit a scorer scores — see {@link LexiconScorer#measures()}), ready for the long table
 * {@code doc_id, unit, unit_id, group, lexicon, measure, value}.
 *
 * @param lexicon  the lexicon's name
 * @param measures the measures, in the scorer's order
 */
public record UnitScores(String lexicon, List<Measure> measures) {
    public UnitScores {
        Objects.requireNonNull(lexicon, "lexicon");
        measures = List.copyOf(measures);
    }

    /**
     * The value of {@code measure}.
     *
     * @throws IllegalArgumentException when there is no such measure, listing those there are
     */
    public double value(String measure) {
        for (Measure m : measures) if (m.name().equals(measure)) return m.value();
        throw new IllegalArgumentException("no measure '" + measure + "' for lexicon " + lexicon + "; measures: " + names());
    }

    public List<String> names() {
        return measures.stream().map(Measure::name).toList();
    }

    /** Measure → value in order; unmodifiable. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Measure x : measures) m.put(x.name(), x.value());
        return Collections.unmodifiableMap(m);
    }

    /** The tidy rows of this unit: one per measure, in order. */
    public List<SentimentRow> rows(String docId, String unit, String unitId, String group) {
        List<SentimentRow> out = new ArrayList<>(measures.size());
        for (Measure m : measures) out.add(new SentimentRow(docId, unit, unitId, group, lexicon, m.name(), m.value()));
        return out;
    }
}
