package framelab.framing.actors;

import framelab.corpus.Document;
import framelab.sentiment.lexicon.DictionaryScorer;
import framelab.sentiment.lexicon.LexiconMatch;
import framelab.text.Analyzer;
import framelab.text.AnalyzerSession;
import framelab.text.Segment;
import framelab.text.Segmenter;
import framelab.text.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One worker of {@link ActorAnalysis}: scans documents into per-group {@link GroupTally}s with its own
 * analyzer session, sentence detector and POS tagger (none of them is thread-safe). Not thread-safe.
 *
 * <p>Mentions are found sentence by sentence (OpenNLP sentences inside paragraphs), so a multiword pattern
 * never joins the end of one sentence to the start of the next. A collocate window, like
 * {@code framelab.stats.Collocates}'s, runs over the document's analysed terms and may cross sentences.
 */
final class ActorScanner {
    private final Analyzer analyzer;
    private final DictionaryScorer scorer;
    private final Map<String, Integer> actorIndex;
    private final int actors;
    private final int window;
    private final AnalyzerSession session;
    private final Segmenter segmenter = new Segmenter(Unit.SENTENCE);
    private final PosTagger tagger;
    private final Map<String, GroupTally> groups = new HashMap<>();

    ActorScanner(Analyzer analyzer, DictionaryScorer scorer, List<String> actorNames, ActorOptions o) {
        this.analyzer = analyzer;
        this.scorer = scorer;
        this.actors = actorNames.size();
        this.actorIndex = new HashMap<>();
        for (int a = 0; a < actors; a++) actorIndex.put(actorNames.get(a), a);
        this.window = o.window();
        this.session = analyzer.newSession();
        this.tagger = o.posTags() ? new PosTagger() : null;
    }

    /** A mention of actor {@code actor} at document offsets {@code [start, end)}. */
    private record Mention(int actor, int start, int end) {
    }

    void scan(Document d, String group) {
        GroupTally g = groups.computeIfAbsent(group, k -> new GroupTally(actors, tagger != null));
        String text = d.text();
        DocTerms dt = DocTerms.of(text, analyzer, session);
        g.docs++;
        g.tokens += dt.words;
        for (int id : dt.termId) g.countTerm(id);
        List<Segment> sentences = segmenter.segments(d.id(), text);
        List<Mention> mentions = new ArrayList<>();
        boolean[] inDoc = new boolean[actors];
        boolean[] named = new boolean[actors];
        for (Segment s : sentences) {
            g.sentences++;
            Arrays.fill(named, false);
            for (LexiconMatch m : scorer.matches(s.text())) {
                for (String category : m.counted().keySet()) {
                    int a = actorIndex.get(category);
                    g.mentions[a]++;
                    named[a] = true;
                    mentions.add(new Mention(a, s.start() + m.start(), s.start() + m.end()));
                }
            }
            for (int a = 0; a < actors; a++) {
                if (!named[a]) continue;
                inDoc[a] = true;
                g.sentencesWith[a]++;
                for (int b = a + 1; b < actors; b++) if (named[b]) g.pairs[a][b]++;
            }
        }
        for (int a = 0; a < actors; a++) if (inDoc[a]) g.docsWith[a]++;
        if (!mentions.isEmpty()) countWindows(g, text, dt, sentences, mentions);
    }

    /**
     * Counts the terms within the window on each side of every mention, excluding the mention's own terms;
     * with a single-term mention at term i that is terms i − window .. i + window except i, as in
     * {@code framelab.stats.Collocates}. Unlike there, a term inside another mention of the same actor is
     * not counted either, so an actor's list is not filled with its own names (Russia: putin, russian,
     * moscow); mentions of other actors count like any term.
     */
    private void countWindows(GroupTally g, String text, DocTerms dt, List<Segment> sentences, List<Mention> mentions) {
        SentenceTags tags = tagger == null ? null : new SentenceTags(text, dt, sentences, tagger);
        int n = dt.termId.length;
        int[] first = new int[mentions.size()];
        int[] after = new int[mentions.size()];
        Map<Integer, BitSet> own = new HashMap<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            first[k] = dt.firstTermAtOrAfter(m.start());
            after[k] = dt.firstTermAtOrAfter(m.end());
            if (after[k] > first[k]) own.computeIfAbsent(m.actor(), a -> new BitSet(n)).set(first[k], after[k]);
        }
        for (int k = 0; k < mentions.size(); k++) {
            int a = mentions.get(k).actor();
            BitSet skip = own.get(a);
            for (int q = Math.max(0, first[k] - window); q < first[k]; q++) if (skip == null || !skip.get(q)) count(g, a, dt, q, tags);
            for (int q = after[k]; q < Math.min(n, after[k] + window); q++) if (skip == null || !skip.get(q)) count(g, a, dt, q, tags);
        }
    }

    private void count(GroupTally g, int actor, DocTerms dt, int q, SentenceTags tags) {
        int[] c = g.window(actor, session.term(dt.termId[q]));
        c[0]++;
        if (tags != null) c[1 + tags.tagOf(dt.termToken[q])]++;
    }

    /** The tallies of this worker's documents by group, with terms named (ready to merge). */
    Map<String, GroupTally> finish() {
        groups.values().forEach(t -> t.resolve(session));
        return groups;
    }
}
