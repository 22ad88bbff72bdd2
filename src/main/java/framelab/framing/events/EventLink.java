package framelab.framing.events;

/**
 * A pair of documents within the date window whose similarity reached the threshold: an edge along
 * which events grow. Kept so that a grouping can be audited pair by pair.
 *
 * @param docA       the earlier document (by date, then id)
 * @param docB       the later one
 * @param days       date difference in days (≥ 0)
 * @param cosine     cosine of their TF-IDF vectors
 * @param actors     Jaccard index of their actor sets (0 when neither names an actor)
 * @param similarity {@code (1 − actorWeight)·cosine + actorWeight·actors}
 */
public record EventLink(String docA, String docB, int days, double cosine, double actors, double similarity) {
}
