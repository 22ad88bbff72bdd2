package framelab.sentiment;

import java.util.List;

/** The four sentiment tables of a run and the specs of the scorers that produced them. */
public record SentimentResult(String groupBy, String unit, List<SentimentRow> units, List<GroupSummary> groups,
                              List<GroupDifference> differences, List<ActorSummary> actors, List<String> scorerSpecs,
                              String actorsSpec) {
    public SentimentResult {
        units = List.copyOf(units);
        groups = List.copyOf(groups);
        differences = List.copyOf(differences);
        actors = List.copyOf(actors);
        scorerSpecs = List.copyOf(scorerSpecs);
    }
}
