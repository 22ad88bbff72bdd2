package framelab.framing.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import framelab.corpus.Document;
import framelab.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made cases: a copied passage, containment asymmetry, near-duplicates, unrelated texts, repeats, common text. */
class SyndicationTest {
    static final SyndicationOptions O = SyndicationOptions.DEFAULTS;

    static SyndicationResult run(List<Document> docs, SyndicationOptions o) {
        return Syndication.run(docs, "source", Analyzer.defaults(), o);
    }

    static List<SharedPassage> between(SyndicationResult r, String a, String b) {
        return r.passages().stream().filter(p -> p.docA().equals(a) && p.docB().equals(b)).toList();
    }

    @Test
    void aWireStoryInsideALongArticleIsFoundWithOffsetsInBoth() {
        TextGen g = new TextGen(1);
        String wire = g.words(150);
        String tabloidBefore = "Splash headline! " + g.words(900) + "\n\n";
        String tabloid = tabloidBefore + wire + "\n\n" + g.words(700);
        String agency = "LONDON (AP) — " + wire + " Reporting by a correspondent.";
        List<Document> docs = List.of(TextGen.doc("tabloid", "Daily Mail", tabloid), TextGen.doc("other", "Blog", g.words(400)),
                TextGen.doc("wire", "AP", agency));
        SyndicationResult r = run(docs, O);

        assertThat(r.pairs()).hasSize(1);
        SyndicationPair p = r.pairs().get(0);
        assertThat(p.docA()).isEqualTo("tabloid"); // input order decides A
        assertThat(p.groupA()).isEqualTo("Daily Mail");
        assertThat(p.groupB()).isEqualTo("AP");
        // the wire story is all inside the tabloid piece, which is mostly its own text: containment is asymmetric
        assertThat(p.containmentB()).isGreaterThan(0.9);
        assertThat(p.containmentA()).isLessThan(0.2);
        assertThat(p.jaccard()).isLessThan(0.2);

        List<SharedPassage> ps = between(r, "tabloid", "wire");
        assertThat(ps).hasSize(1);
        SharedPassage s = ps.get(0);
        assertThat(s.words()).isEqualTo(150);
        assertThat(s.startA()).isEqualTo(tabloidBefore.length());
        assertThat(s.endA()).isEqualTo(tabloidBefore.length() + wire.length());
        assertThat(s.startB()).isEqualTo("LONDON (AP) — ".length());
        assertThat(agency.substring(s.startB(), s.endB())).isEqualTo(wire);
        assertThat(s.text()).isEqualTo(wire);
        assertThat(p.sharedChars()).isEqualTo(wire.length());
    }

    @Test
    void containmentIsTheShareOfEachSideAndJaccardTheirResemblance() {
        TextGen g = new TextGen(2);
        String shared = g.words(200);
        String a = shared + " " + g.words(200); // 404 words: 400 shingles, 196 of them shared (the run inside "shared")
        String b = shared;
        SyndicationResult r = run(List.of(TextGen.doc("a", "x", a), TextGen.doc("b", "y", b)), O);
        assertThat(r.pairs()).hasSize(1);
        SyndicationPair p = r.pairs().get(0);
        // |A| = 396 shingles, |B| = 196, |A ∩ B| = 196 (no repeated shingle in random text)
        assertThat(p.containmentA()).isCloseTo(196.0 / 396, within(1e-12));
        assertThat(p.containmentB()).isEqualTo(1.0);
        assertThat(p.jaccard()).isCloseTo(196.0 / 396, within(1e-12));
    }

    @Test
    void aSpunCopyIsANearDuplicateWithManyPassages() {
        TextGen g = new TextGen(3);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 600; i++) words.add(g.word());
        List<String> spun = new ArrayList<>(words);
        for (int i = 10; i < spun.size(); i += 25) spun.set(i, "mentioned"); // "said" → "mentioned", one word in 25
        SyndicationResult r = run(List.of(TextGen.doc("orig", "wire", String.join(" ", words)),
                TextGen.doc("spun", "aggregator", String.join(" ", spun))), O);
        assertThat(r.pairs()).hasSize(1);
        SyndicationPair p = r.pairs().get(0);
        assertThat(p.jaccard()).isBetween(0.5, 0.8);
        assertThat(p.containmentA()).isBetween(0.7, 0.85);
        List<SharedPassage> ps = between(r, "orig", "spun");
        assertThat(ps).hasSizeGreaterThan(20);
        for (SharedPassage s : ps) assertThat(s.words()).isLessThanOrEqualTo(24).isGreaterThanOrEqualTo(O.minPassageWords());
    }

    @Test
    void unrelatedTextsMakeNoPair() {
        TextGen g = new TextGen(4);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) docs.add(TextGen.doc("d" + i, "s" + i % 3, g.words(100 + g.nextInt(900))));
        SyndicationResult r = run(docs, O);
        assertThat(r.pairs()).isEmpty();
        assertThat(r.passages()).isEmpty();
    }

    @Test
    void aPassageRepeatedInOneDocumentIsAPassageWithItself() {
        TextGen g = new TextGen(5);
        String caption = "Tanks are seen during a media tour at the Malyshev plant in Kharkiv on Friday";
        String before = g.words(80) + "\n\n";
        String middle = "\n\n" + g.words(60) + "\n\n";
        String text = before + caption + middle + caption.replace("Friday", "Friday.") + "\n\n" + g.words(30);
        SyndicationResult r = run(List.of(TextGen.doc("dm", "Daily Mail", text)), O);
        assertThat(r.pairs()).isEmpty();
        assertThat(r.passages()).hasSize(1);
        SharedPassage s = r.passages().get(0);
        assertThat(s.docA()).isEqualTo("dm");
        assertThat(s.docB()).isEqualTo("dm");
        assertThat(s.words()).isEqualTo(15);
        assertThat(s.startA()).isEqualTo(before.length());
        assertThat(text.substring(s.startA(), s.endA())).isEqualTo(caption);
        assertThat(s.startB()).isEqualTo(before.length() + caption.length() + middle.length());
        assertThat(text.substring(s.startB(), s.endB())).isEqualTo(caption);
    }

    @Test
    void textInMoreThanMaxShingleDocsDocumentsIsIgnored() {
        TextGen g = new TextGen(6);
        String furniture = g.words(120);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 4; i++) docs.add(TextGen.doc("d" + i, "site", g.words(200) + "\n\n" + furniture));
        assertThat(run(docs, O.withMaxShingleDocs(3)).pairs()).isEmpty();
        SyndicationResult kept = run(docs, O.withMaxShingleDocs(4));
        assertThat(kept.pairs()).hasSize(6);
        assertThat(kept.commonShingles()).isZero();
        assertThat(run(docs, O.withMaxShingleDocs(3)).commonShingles()).isEqualTo(116);
    }

    @Test
    void aCopyIsOnePassageEvenWhereItHoldsCommonText() {
        TextGen g = new TextGen(7);
        String quote = g.words(40); // a much-quoted line: in five documents, so common with max shingle docs 3
        String story = g.words(150) + " " + quote + " " + g.words(150);
        List<Document> docs = new ArrayList<>();
        docs.add(TextGen.doc("wire", "AP", story));
        docs.add(TextGen.doc("copy", "Fox", "By staff. " + story));
        for (int i = 0; i < 3; i++) docs.add(TextGen.doc("q" + i, "other", g.words(100) + " " + quote + " " + g.words(100)));
        SyndicationResult r = run(docs, O.withMaxShingleDocs(3));
        assertThat(r.pairs()).extracting(SyndicationPair::docA, SyndicationPair::docB).containsExactly(org.assertj.core.groups.Tuple.tuple("wire", "copy"));
        assertThat(r.pairs().get(0).containmentA()).isEqualTo(1.0); // over the shingles that are not common
        List<SharedPassage> ps = between(r, "wire", "copy");
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).text()).isEqualTo(story);
        assertThat(ps.get(0).words()).isEqualTo(340);
    }

    @Test
    void aBucketSharedByMoreThanMaxBucketDocsDocumentsProposesNothing() {
        TextGen g = new TextGen(8);
        String same = g.words(40); // 36 shingles: one window (two blocks of at most 25), identical in five documents
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 5; i++) docs.add(TextGen.doc("d" + i, "s", same));
        SyndicationResult capped = run(docs, O.withMaxBucketDocs(4));
        assertThat(capped.candidatePairs()).isZero();
        assertThat(capped.oversizedBuckets()).isEqualTo(O.bands());
        assertThat(run(docs, O.withMaxBucketDocs(5)).pairs()).hasSize(10);
    }

    @Test
    void documentsShorterThanAShingleTakePartInNothing() {
        List<Document> docs = List.of(TextGen.doc("a", "x", "Breaking news"), TextGen.doc("b", "y", "Breaking news"),
                TextGen.doc("c", "z", ""));
        SyndicationResult r = run(docs, O);
        assertThat(r.pairs()).isEmpty();
        assertThat(r.passages()).isEmpty();
    }

    @Test
    void optionsSayWhatIsAllowed() {
        assertThatThrownBy(() -> O.withShingleSize(1)).hasMessage("shingle size must be 2..12, got 1");
        assertThatThrownBy(() -> O.withWindowShingles(51)).hasMessageContaining("window shingles must be even");
        assertThatThrownBy(() -> O.withBands(100, 20)).hasMessage("bands × rows must be at most 1000 hash functions, got 100 × 20");
        assertThatThrownBy(() -> O.withMinContainment(0)).hasMessage("min containment must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> O.withMinPassageWords(4)).hasMessage("min passage words must be 5..10000, got 4");
        assertThatThrownBy(() -> O.withThreads(0)).hasMessage("threads must be 1..256, got 0");
        assertThat(O.threshold()).isCloseTo(Math.pow(1.0 / 25, 1.0 / 4), within(1e-15));
        assertThat(O.spec()).contains("lsh=25 bands x 4 rows (threshold 0.447)");
    }
}
