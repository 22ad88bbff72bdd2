package framelab.framing.events;

import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.DictionaryScorer;
import framelab.sentiment.lexicon.LexiconMatch;
import framelab.sentiment.lexicon.Negation;
import framelab.text.Analyzer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The set of actors each document names (every category of the actor dictionary it matches at least
 * once, {@link DictionaryScorer#matches}), stored as a small id per distinct set, and the Jaccard index
 * of two sets, |A ∩ B| / |A ∪ B| (Jaccard 1912), taken as 0 when neither names an actor: no evidence
 * either way, so no bonus.
 */
final class ActorSets {
    private final int[] setOfDoc;
    private final List<BitSet> sets;
    private final List<String> actors;

    private ActorSets(int[] setOfDoc, List<BitSet> sets, List<String> actors) {
        this.setOfDoc = setOfDoc;
        this.sets = sets;
        this.actors = actors;
    }

    /** The matcher used for a dictionary: no polarity, no negation (a mention is a mention). */
    static DictionaryScorer matcher(CategoryLexicon lexicon, Analyzer analyzer) {
        return DictionaryScorer.of(lexicon.withoutPolarity(), analyzer).withNegation(Negation.none());
    }

    /** Actor sets of texts given per document ({@code matched[i]} = the set of document i); ids by first appearance. */
    static ActorSets of(List<BitSet> matched, List<String> actors) {
        Map<BitSet, Integer> ids = new HashMap<>();
        List<BitSet> sets = new ArrayList<>();
        int[] setOfDoc = new int[matched.size()];
        for (int i = 0; i < setOfDoc.length; i++) {
            BitSet b = matched.get(i);
            Integer id = ids.get(b);
            if (id == null) {
                id = sets.size();
                ids.put(b, id);
                sets.add(b);
            }
            setOfDoc[i] = id;
        }
        return new ActorSets(setOfDoc, sets, actors);
    }

    /** The actors named in one text, as category indexes of the matcher. */
    static BitSet actorsIn(String text, DictionaryScorer matcher) {
        BitSet b = new BitSet();
        List<String> cats = matcher.categories();
        for (LexiconMatch m : matcher.matches(text)) for (String c : m.counted().keySet()) b.set(cats.indexOf(c));
        return b;
    }

    /** No dictionary: every document names no actor. */
    static ActorSets none(int n) {
        return of(java.util.Collections.nCopies(n, new BitSet()), List.of());
    }

    int setOf(int doc) { return setOfDoc[doc]; }

    /** The actor names of a document, in dictionary order. */
    List<String> actorsOf(int doc) {
        BitSet b = sets.get(setOfDoc[doc]);
        List<String> out = new ArrayList<>();
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) out.add(actors.get(i));
        return out;
    }

    /** Jaccard index of two set ids; 0 when both are empty. */
    double jaccard(int setA, int setB) {
        BitSet a = sets.get(setA);
        BitSet b = sets.get(setB);
        if (a.isEmpty() && b.isEmpty()) return 0.0;
        BitSet inter = (BitSet) a.clone();
        inter.and(b);
        BitSet union = (BitSet) a.clone();
        union.or(b);
        return (double) inter.cardinality() / union.cardinality();
    }
}
