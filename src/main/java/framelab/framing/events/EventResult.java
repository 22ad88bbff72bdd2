package framelab.framing.events;

import java.util.List;
import java.util.Objects;

/**
 * The events of a corpus: one assignment per input document (events in id order, members by date then id,
 * undated documents last by id), the events in id order, the links they grew along, and the spec of the
 * run (options, similarity definition, analyzer and actor dictionary).
 */
public record EventResult(String groupBy, List<EventAssignment> assignments, List<Event> events, List<EventLink> links, String spec) {
    public EventResult {
        Objects.requireNonNull(groupBy, "groupBy");
        assignments = List.copyOf(assignments);
        events = List.copyOf(events);
        links = List.copyOf(links);
        Objects.requireNonNull(spec, "spec");
    }

    /** The events covered by two or more groups, in id order: the ones whose accounts can be compared. */
    public List<Event> multiGroupEvents() {
        return events.stream().filter(Event::multiGroup).toList();
    }

    /** The event with this id; fails naming the first ids when there is none. */
    public Event event(String id) {
        for (Event e : events) if (e.id().equals(id)) return e;
        throw new IllegalArgumentException("no event '" + id + "'; ids run " + (events.isEmpty() ? "(none)"
                : events.getFirst().id() + " … " + events.getLast().id()));
    }
}
