package framelab.framing.events;

import java.util.Objects;

/**
 * How articles are grouped into events, recorded in the result's spec.
 *
 * <p>Two dated articles are <em>linked</em> when their dates are at most {@code windowDays} apart and
 * their similarity {@code s = (1 − actorWeight)·cosine + actorWeight·jaccard} is at least
 * {@code minSimilarity} (cosine of TF-IDF vectors, Jaccard of the actor sets; see {@link EventAlignment}).
 * Events grow along links by average linkage, and no event keeps a member more than {@code windowDays}
 * from its median date.
 *
 * <p>Why these defaults: ±3 days covers the first report, the follow-ups and a weekly's print cycle of
 * one news event. The actor weight is small (0.1) and must stay below the threshold, so that two articles
 * naming the same actors but sharing little vocabulary are never linked: actors only tip pairs whose
 * wording is already close. That matters because a dictionary of a handful of states and alliances is
 * coarse — on a US politics corpus nearly every article names "United States". The threshold 0.28 was
 * read off cross-outlet pairs of the ABP corpus (37,554 articles; bench/events-README.md): from about
 * 0.26–0.28 on, pairs report the same happening or the same running story; below 0.24 they mostly share
 * only a topic (a campaign, a war). With these values a pair needs cosine ≥ 0.31 with no shared actor and
 * ≥ 0.20 with identical actor sets.
 *
 * @param dateField     the metadata field with the date: ISO dates (and what {@code Dates.parse} reads) or
 *                      integer day numbers (such as uk_immigration's {@code day}); a field whose values are
 *                      all integers is read as day numbers
 * @param windowDays    the largest date difference of a link, and the largest distance of an event member
 *                      from the event's median date; 0..365
 * @param minSimilarity the smallest similarity of a link and the smallest average linkage of a merge; in
 *                      (actorWeight, 1]
 * @param actorWeight   the share of actor overlap in the similarity; in [0, 1) and below {@code minSimilarity}
 * @param labelTerms    number of top TF-IDF terms in an event's label; 1..20
 * @param threads       worker threads for counting and comparing; 1..256
 */
public record EventOptions(String dateField, int windowDays, double minSimilarity, double actorWeight, int labelTerms, int threads) {
    public static final EventOptions DEFAULTS = new EventOptions("date", 3, 0.28, 0.1, 4, 1);

    public EventOptions {
        Objects.requireNonNull(dateField, "dateField");
        if (dateField.isBlank()) throw new IllegalArgumentException("dateField must name a metadata field (default 'date'), got ''");
        if (windowDays < 0 || windowDays > 365) {
            throw new IllegalArgumentException("windowDays must be between 0 and 365 days, got " + windowDays);
        }
        if (!(actorWeight >= 0 && actorWeight < 1)) {
            throw new IllegalArgumentException("actorWeight must be in [0, 1), got " + actorWeight + " (0 = text similarity only)");
        }
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity must be in (0, 1], got " + minSimilarity);
        }
        if (minSimilarity <= actorWeight) {
            throw new IllegalArgumentException("minSimilarity (" + minSimilarity + ") must be greater than actorWeight (" + actorWeight
                    + "), or articles that share actors but no words would be linked; raise minSimilarity or lower actorWeight");
        }
        if (labelTerms < 1 || labelTerms > 20) throw new IllegalArgumentException("labelTerms must be between 1 and 20, got " + labelTerms);
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
    }

    public EventOptions withDateField(String f) { return new EventOptions(f, windowDays, minSimilarity, actorWeight, labelTerms, threads); }
    public EventOptions withWindowDays(int w) { return new EventOptions(dateField, w, minSimilarity, actorWeight, labelTerms, threads); }
    public EventOptions withMinSimilarity(double s) { return new EventOptions(dateField, windowDays, s, actorWeight, labelTerms, threads); }
    public EventOptions withActorWeight(double w) { return new EventOptions(dateField, windowDays, minSimilarity, w, labelTerms, threads); }
    /** Both similarity settings at once (each alone may be refused while the other still has its old value). */
    public EventOptions withSimilarity(double min, double actors) { return new EventOptions(dateField, windowDays, min, actors, labelTerms, threads); }
    public EventOptions withLabelTerms(int n) { return new EventOptions(dateField, windowDays, minSimilarity, actorWeight, n, threads); }
    public EventOptions withThreads(int n) { return new EventOptions(dateField, windowDays, minSimilarity, actorWeight, labelTerms, n); }
}
