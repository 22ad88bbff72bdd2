package framelab.framing.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.Document;
import framelab.text.Analyzer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Results do not depend on threads, runs or document order; every offset indexes its document's text. */
class SyndicationDeterminismTest {
    /** A small corpus of stories, wire copies carried by several outlets, partial reuse and repeats. */
    static List<Document> corpus() {
        TextGen g = new TextGen(21);
        Random r = new Random(22);
        List<Document> docs = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < 8; i++) stories.add(g.words(150 + r.nextInt(300)));
        for (int i = 0; i < 40; i++) {
            StringBuilder sb = new StringBuilder(g.words(50 + r.nextInt(400)));
            if (r.nextInt(3) > 0) {
                String s = stories.get(r.nextInt(stories.size()));
                int from = r.nextInt(s.length() / 3);
                from = s.indexOf(' ', from) + 1;
                sb.append("\n\n").append(s.substring(from)).append("\n\n");
            }
            if (r.nextInt(4) == 0) {
                String caption = g.words(12);
                sb.append(caption).append("\n\n").append(g.words(20)).append("\n\n").append(caption);
            }
            sb.append(' ').append(g.words(r.nextInt(200)));
            docs.add(TextGen.doc(String.format("d%02d", i), "outlet" + r.nextInt(5), sb.toString()));
        }
        return docs;
    }

    static SyndicationResult run(List<Document> docs, int threads) {
        return Syndication.run(docs, "source", Analyzer.defaults(), SyndicationOptions.DEFAULTS.withThreads(threads));
    }

    @Test
    void threadsAndRepeatedRunsGiveTheSameResult() {
        List<Document> docs = corpus();
        SyndicationResult one = run(docs, 1);
        assertThat(one.pairs()).hasSizeGreaterThan(30);
        assertThat(one.passages().stream().filter(p -> p.docA().equals(p.docB())).count()).isGreaterThan(3);
        assertThat(run(docs, 3)).isEqualTo(one);
        assertThat(run(docs, 1)).isEqualTo(one);
    }

    @Test
    void documentOrderOnlyDecidesWhichDocumentIsA() {
        List<Document> docs = corpus();
        List<Document> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(5));
        assertThat(canonicalPairs(run(shuffled, 2))).isEqualTo(canonicalPairs(run(docs, 1)));
        assertThat(canonicalPassages(run(shuffled, 2))).isEqualTo(canonicalPassages(run(docs, 1)));
    }

    @Test
    void rowsAreInInputOrderAndOffsetsIndexTheText() {
        List<Document> docs = corpus();
        SyndicationResult r = run(docs, 2);
        List<String> ids = docs.stream().map(Document::id).toList();
        for (int i = 1; i < r.pairs().size(); i++) {
            SyndicationPair p = r.pairs().get(i - 1);
            SyndicationPair q = r.pairs().get(i);
            int c = Integer.compare(ids.indexOf(p.docA()), ids.indexOf(q.docA()));
            assertThat(c < 0 || c == 0 && ids.indexOf(p.docB()) < ids.indexOf(q.docB())).isTrue();
        }
        for (SyndicationPair p : r.pairs()) assertThat(ids.indexOf(p.docA())).isLessThan(ids.indexOf(p.docB()));
        for (SharedPassage s : r.passages()) {
            String a = docs.get(ids.indexOf(s.docA())).text();
            String b = docs.get(ids.indexOf(s.docB())).text();
            assertThat(s.text()).isEqualTo(a.substring(s.startA(), s.endA()));
            assertThat(b.substring(s.startB(), s.endB()).split("[^a-z]+")).isEqualTo(s.text().split("[^a-z]+"));
            assertThat(s.words()).isGreaterThanOrEqualTo(SyndicationOptions.DEFAULTS.minPassageWords());
            if (s.docA().equals(s.docB())) assertThat(s.endA()).isLessThanOrEqualTo(s.startB());
        }
    }

    private static Set<String> canonicalPairs(SyndicationResult r) {
        Set<String> out = new TreeSet<>();
        for (SyndicationPair p : r.pairs()) {
            boolean swap = p.docA().compareTo(p.docB()) > 0;
            out.add(swap ? p.docB() + " " + p.docA() + " " + p.containmentB() + " " + p.containmentA()
                    : p.docA() + " " + p.docB() + " " + p.containmentA() + " " + p.containmentB());
        }
        return out;
    }

    private static Set<String> canonicalPassages(SyndicationResult r) {
        Set<String> out = new TreeSet<>();
        for (SharedPassage s : r.passages()) {
            String x = s.docA() + "@" + s.startA() + "-" + s.endA();
            String y = s.docB() + "@" + s.startB() + "-" + s.endB();
            out.add(x.compareTo(y) < 0 ? x + " " + y : y + " " + x);
        }
        return out;
    }
}
