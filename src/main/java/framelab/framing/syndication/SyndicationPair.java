package framelab.framing.syndication;

/**
 * Two documents that share text, verified on their exact shingle sets (one row of
 * {@code syndication_pairs.csv}). {@code docA} comes before {@code docB} in the input order.
 *
 * @param containmentA |A ∩ B| / |A| over distinct word shingles: the share of A's text found in B
 *                     (near 1 when A is a wire story printed inside B)
 * @param containmentB |A ∩ B| / |B|
 * @param jaccard      |A ∩ B| / |A ∪ B| (Broder 1997's resemblance)
 * @param sharedChars  characters in the pair's shared passages, each passage counted by the shorter of its two spans
 */
public record SyndicationPair(String docA, String docB, String groupA, String groupB, double containmentA,
                              double containmentB, double jaccard, long sharedChars) {
}
