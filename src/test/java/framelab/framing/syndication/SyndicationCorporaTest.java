package framelab.framing.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.text.Analyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled seed corpus and, when present, uk_immigration_2014.csv (../shared/corpora; skipped without it).
 * The five seeds share no text with each other (003's AP copy is a different AP story from 004's; 000's
 * source is not in the corpus), but the Daily Mail piece (003), two stories merged, repeats its own passages.
 */
class SyndicationCorporaTest {
    static List<Document> cleaned(Path p, ReadOptions o) {
        return CleanedCorpus.of(Corpora.read(p, o), Cleaner.defaults()).corpus().documents();
    }

    static void offsetsIndexTheText(List<Document> docs, SyndicationResult r) {
        Map<String, String> text = docs.stream().collect(Collectors.toMap(Document::id, Document::text, (a, b) -> a));
        for (SharedPassage s : r.passages()) {
            assertThat(text.get(s.docA()).substring(s.startA(), s.endA())).isEqualTo(s.text());
            assertThat(s.endB()).isLessThanOrEqualTo(text.get(s.docB()).length());
            assertThat(s.startB()).isLessThan(s.endB());
        }
    }

    @Test
    void theSeedsShareNoTextButTheDailyMailRepeatsItself() {
        List<Document> docs = cleaned(Path.of("corpus"), ReadOptions.DEFAULTS);
        SyndicationResult r = Syndication.run(docs, "source", Analyzer.defaults(), SyndicationOptions.DEFAULTS);
        assertThat(r.pairs()).isEmpty();
        assertThat(r.candidatePairs()).isZero();
        assertThat(r.passages()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.docA()).isEqualTo("003");
            assertThat(p.docB()).isEqualTo("003");
            assertThat(p.groupA()).isEqualTo("Daily Mail");
        });
        assertThat(r.passages()).anySatisfy(p -> assertThat(p.text()).contains("Hungary enjoys relatively strong relations with Russia"));
        offsetsIndexTheText(docs, r);
    }

    /** Same-title pairs are mostly print and online editions of one article; across titles, wire and sister-paper copy. */
    @Test
    void ukImmigrationNewspapersShareWireAndSyndicatedCopy() {
        Path file = Path.of("../shared/corpora/uk_immigration_2014.csv");
        assumeTrue(Files.isReadable(file), "uk_immigration_2014.csv not available (../shared/corpora); skipping");
        List<Document> docs = cleaned(file, ReadOptions.DEFAULTS);
        SyndicationResult r = Syndication.run(docs, "source", Analyzer.defaults(), SyndicationOptions.DEFAULTS.withThreads(2));
        assertThat(r.pairs()).hasSizeGreaterThan(500); // 916 with the defaults when measured
        Map<Boolean, Long> sameSource = r.pairs().stream()
                .collect(Collectors.partitioningBy(p -> p.groupA().equals(p.groupB()), Collectors.counting()));
        assertThat(sameSource.get(false)).isGreaterThan(100); // 274: copy across titles (PA wire, sister papers)
        offsetsIndexTheText(docs, r);
        Map<String, Long> perDoc = r.pairs().stream().collect(Collectors.groupingBy(SyndicationPair::docA, Collectors.counting()));
        assertThat(perDoc.values().stream().mapToLong(Long::longValue).max().orElse(0)).isLessThan(100);
    }
}
