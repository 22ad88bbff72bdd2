package framelab.framing.actors;

/**
 * Two actors named in the same sentences of one group (or {@code (all)}); a pair appears once, with
 * {@code actorA < actorB}, and only when both actors occur in the group. With a = sentences naming both,
 * A and B the sentences naming each, N all sentences of the group:
 * <ul>
 *   <li>{@code jaccard} = a / (A + B − a) (Jaccard 1912): the share of sentences naming either that name both;</li>
 *   <li>{@code logDice} = 14 + log₂(2a / (A + B)) (Rychlý 2008, on sentence counts): at most 14, NaN when a = 0;</li>
 *   <li>{@code pmi} = log₂(a · N / (A · B)) (Church &amp; Hanks 1990): above 0 when the pair meets more often than
 *       chance would have it, NaN when a = 0.</li>
 * </ul>
 * Jaccard and logDice ignore N and so compare well across outlets of different sizes; PMI rewards rare pairs.
 */
public record ActorCooccurrenceRow(String groupBy, String group, String actorA, String actorB, long sentences, long sentencesA,
                                   long sentencesB, long sentencesTotal, double jaccard, double logDice, double pmi) {
}
