package framelab.framing.syndication;

import java.util.List;

/**
 * What a syndication run found. Pairs are ordered by the input position of {@code docA}, then of
 * {@code docB}; passages the same way, then by {@code startA} and {@code startB}; within-document
 * repeats ({@code docA == docB}) come before that document's pairs.
 *
 * @param groupBy          the metadata field behind {@code groupA}/{@code groupB}
 * @param spec             options, LSH threshold and tokenizer, as recorded in run.json
 * @param commonShingles   distinct shingles ignored as common (in more than {@code maxShingleDocs} documents)
 * @param candidatePairs   distinct document pairs LSH proposed (before verification)
 * @param oversizedBuckets LSH buckets skipped because more than {@code maxBucketDocs} documents shared them
 */
public record SyndicationResult(String groupBy, List<SyndicationPair> pairs, List<SharedPassage> passages, String spec,
                                long commonShingles, long candidatePairs, long oversizedBuckets) {
    public SyndicationResult {
        pairs = List.copyOf(pairs);
        passages = List.copyOf(passages);
    }
}
