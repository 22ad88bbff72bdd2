package framelab.sentiment;

import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.DictionaryScorer;
import framelab.sentiment.lexicon.LexiconScorer;
import framelab.sentiment.lexicon.Measure;
import framelab.sentiment.lexicon.UnitScores;
import framelab.sentiment.lexicon.ValenceScorer;
import framelab.sentiment.vader.VaderScorer;
import framelab.sentiment.vader.VaderScores;
import java.util.List;

/**
 * One lexicon's scorer behind a common face: VADER (Hutto &amp; Gilbert 2014) or a lexicon scorer
 * (valence or dictionary). {@link #toneMeasure()} names the single measure used for "tone" (per
 * group and toward actors): VADER's compound, a valence lexicon's mean per token, a polarity
 * dictionary's log tone; null for category lexicons without polarity (Empath).
 */
public sealed interface ToneScorer {
    String lexicon();

    List<String> measures();

    /** Values in the order of {@link #measures()}; never throws. */
    double[] score(String text);

    String toneMeasure();

    String spec();

    record Vader(VaderScorer scorer) implements ToneScorer {
        static final List<String> MEASURES = List.of("compound", "pos", "neu", "neg");

        @Override public String lexicon() { return "vader"; }
        @Override public List<String> measures() { return MEASURES; }
        @Override public String toneMeasure() { return "compound"; }
        @Override public String spec() { return "vader(" + scorer + ")"; }

        @Override
        public double[] score(String text) {
            VaderScores s = scorer.score(text == null ? "" : text);
            return new double[] {s.compound(), s.pos(), s.neu(), s.neg()};
        }
    }

    record Lexicon(LexiconScorer scorer) implements ToneScorer {
        @Override public String lexicon() { return scorer.lexicon(); }
        @Override public List<String> measures() { return scorer.measures(); }
        @Override public String spec() { return scorer.spec(); }

        @Override
        public String toneMeasure() {
            if (scorer instanceof ValenceScorer) return "mean";
            if (scorer instanceof DictionaryScorer d && d.measures().contains("log_tone")) return "log_tone";
            return null;
        }

        @Override
        public double[] score(String text) {
            UnitScores u = scorer.score(text);
            double[] v = new double[u.measures().size()];
            int i = 0;
            for (Measure m : u.measures()) v[i++] = m.value();
            return v;
        }
    }

    static boolean isCategory(framelab.sentiment.lexicon.Lexicon l) {
        return l instanceof CategoryLexicon;
    }
}
