package framelab.framing.actors;

/**
 * A word near one actor's mentions in one group (or {@code (all)}): an analysed term within the window on
 * either side of a mention, as {@code framelab.stats.Collocates} defines it for a node term, except that
 * terms inside any mention of the same actor are not counted (Russia's list is not filled with "putin",
 * "russian", "moscow"); mentions of other actors count like any word. A one-word actor therefore gets
 * exactly Collocates' rows for its word, less the row of the word itself.
 *
 * @param pos           the universal POS tag (UD) most often given to the collocate in those windows by OpenNLP's
 *                      UD English-EWT model (ties: alphabetical); empty when tagging was off
 * @param posShare      the share of the windowed occurrences that got that tag (NaN when tagging was off)
 * @param cooccurrences f_xy: occurrences of the collocate in the actor's windows
 * @param actorFreq     f_x: the actor's mentions in the group
 * @param collocateFreq f_y: the collocate's frequency among the group's analysed terms
 * @param logDice       14 + log₂(2 f_xy / (f_x + f_y)) (Rychlý 2008)
 * @param rank          1 for the highest logDice of the actor in the group; ties broken by collocate
 */
public record ActorCollocateRow(String groupBy, String group, String actor, String collocate, String pos, double posShare,
                                long cooccurrences, long actorFreq, long collocateFreq, double logDice, int rank) {
}
