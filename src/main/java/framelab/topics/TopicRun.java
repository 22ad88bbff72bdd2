package framelab.topics;

import java.util.List;

/**
 * The models of one topic run (one per K), fitted on the same units with the same request.
 *
 * @param unit   the unit of analysis (document or paragraph)
 * @param notes  decisions taken for the user (units left out, features reduced), for stderr and the report
 */
public record TopicRun(TopicRequest request, String unit, String groupBy, List<TopicModelResult> models, List<String> notes) {
    public TopicRun {
        models = List.copyOf(models);
        notes = List.copyOf(notes);
    }

    /** The model with {@code k} topics; fails listing the Ks fitted. */
    public TopicModelResult model(int k) {
        for (TopicModelResult m : models) if (m.k() == k) return m;
        throw new IllegalArgumentException("no model with k = " + k + "; fitted: " + models.stream().map(TopicModelResult::k).toList());
    }
}
