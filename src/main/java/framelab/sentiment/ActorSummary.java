package framelab.sentiment;

/** One row of {@code sentiment_actors.csv}: tone toward an actor in one group, with its bootstrap interval. */
public record ActorSummary(String groupBy, String group, String actor, String context, String lexicon, String measure,
                           int n, double mean, double sd, double ciLow, double ciHigh) {
}
