package framelab.framing.actors;

import java.util.List;

/**
 * The three actor tables and the spec that produced them. Groups come as {@code (all)} first, then the
 * group values in sorted order; within a group actors are in alphabetical order (pairs by actorA, then
 * actorB; collocates by rank).
 */
public record ActorResult(List<ActorMentionRow> mentions, List<ActorCooccurrenceRow> cooccurrence,
                          List<ActorCollocateRow> collocates, String spec) {
    public ActorResult {
        mentions = List.copyOf(mentions);
        cooccurrence = List.copyOf(cooccurrence);
        collocates = List.copyOf(collocates);
    }
}
