package framelab.sentiment;

/**
 * The tone of one mention context of an actor: the sentence that mentions it, or the ±N-token window
 * around one mention. Aggregated per actor × group into {@code sentiment_actors.csv}.
 */
public record ActorRow(String docId, String group, String actor, String context, String lexicon, String measure, double value) {
}
