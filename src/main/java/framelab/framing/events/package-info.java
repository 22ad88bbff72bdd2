/**
 * The same event told by different outlets. {@link framelab.framing.events.EventAlignment} groups dated
 * articles into events (date window, TF-IDF cosine and shared actors, average linkage with a median-date
 * window) and returns one {@link framelab.framing.events.EventAssignment} per document;
 * {@link framelab.framing.events.EventComparison} compares the outlets of every multi-outlet event
 * (keyness, tone toward actors) as {@link framelab.framing.events.EventComparisonRow}s, the row shape that
 * quotes and shared passages from the sibling packages also take. Large-corpus figures:
 * {@code bench/events-README.md}.
 */
package framelab.framing.events;
