package framelab.report;

import framelab.framing.actors.ActorCollocateRow;
import framelab.framing.actors.ActorCooccurrenceRow;
import framelab.framing.actors.ActorMentionRow;
import framelab.framing.actors.ActorResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The actors part of the framing section: mentions per 10,000 tokens as an actor × group table whose
 * cells are shaded by rate, the pairs of actors most often named in one sentence, and for the most
 * mentioned actors the verbs and adjectives nearest them in each group (logDice). The numbers are those
 * of actor_mentions.csv, actor_cooccurrence.csv and actor_collocates.csv.
 */
final class ActorSection {
    static final int MAX_GROUPS = 12, MAX_ACTORS = 12, COLLOCATE_ACTORS = 3, COLLOCATES = 8, PAIRS = 10;
    static final String ALL = "(all)";

    private ActorSection() {
    }

    static String html(ActorResult r) {
        StringBuilder b = new StringBuilder(16 * 1024);
        b.append("<h3 id=\"framing-actors\">Actors</h3>\n");
        List<ActorMentionRow> byGroup = r.mentions().stream().filter(m -> !m.group().equals(ALL)).toList();
        if (byGroup.stream().noneMatch(m -> m.mentions() > 0)) {
            b.append("<p class=note>No actor of the dictionary is mentioned in this corpus (<code>").append(Html.esc(r.spec()))
                    .append("</code>). Give a dictionary for this corpus with <code>--actors FILE</code>.</p>\n");
            return b.toString();
        }
        List<String> groups = topGroups(byGroup);
        List<String> actors = topActors(r.mentions());
        b.append("<p>Mentions per 10,000 word tokens (darker = more often). Each outlet's rate rests on its own articles; ")
                .append("the 95% intervals are in <code>actor_mentions.csv</code>.</p>\n");
        b.append(rateTable(byGroup, groups, actors));
        b.append(pairs(r.cooccurrence()));
        b.append(collocates(r.collocates(), groups, actors));
        return b.toString();
    }

    private static List<String> topGroups(List<ActorMentionRow> rows) {
        Map<String, Long> tokens = new LinkedHashMap<>();
        for (ActorMentionRow m : rows) tokens.merge(m.group(), m.tokens(), Math::max);
        return tokens.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_GROUPS).map(Map.Entry::getKey).toList();
    }

    private static List<String> topActors(List<ActorMentionRow> rows) {
        return rows.stream().filter(m -> m.group().equals(ALL) && m.mentions() > 0)
                .sorted(Comparator.comparingLong(ActorMentionRow::mentions).reversed().thenComparing(ActorMentionRow::actor))
                .limit(MAX_ACTORS).map(ActorMentionRow::actor).toList();
    }

    private static String rateTable(List<ActorMentionRow> rows, List<String> groups, List<String> actors) {
        Map<String, ActorMentionRow> cell = new LinkedHashMap<>();
        double max = 0;
        for (ActorMentionRow m : rows) {
            cell.put(m.actor() + "\u0000" + m.group(), m);
            if (!Double.isNaN(m.per10k()) && actors.contains(m.actor())) max = Math.max(max, m.per10k());
        }
        StringBuilder b = new StringBuilder("<div class=scroll><table class=heat><thead><tr><th>actor</th>");
        for (String g : groups) b.append("<th class=n>").append(Html.esc(Html.clip(g, 28))).append("</th>");
        b.append("</tr></thead><tbody>\n");
        for (String a : actors) {
            b.append("<tr><td class=s>").append(Html.esc(a)).append("</td>");
            for (String g : groups) {
                ActorMentionRow m = cell.get(a + "\u0000" + g);
                double v = m == null ? 0 : m.per10k();
                double alpha = max > 0 && !Double.isNaN(v) ? Math.min(1, v / max) * 0.85 : 0;
                // dark text on light cells, white only where the blue is dark enough to read it (contrast ≥ 4.5)
                b.append("<td class=n style=\"background:rgba(23,78,140,").append(String.format(Locale.ROOT, "%.2f", alpha)).append(");")
                        .append(alpha > 0.6 ? "color:#fff" : "").append("\" title=\"").append(m == null ? 0 : m.mentions()).append(" mentions\">")
                        .append(m == null || Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    private static String pairs(List<ActorCooccurrenceRow> rows) {
        List<ActorCooccurrenceRow> all = rows.stream().filter(p -> p.group().equals(ALL) && p.sentences() > 0)
                .sorted(Comparator.comparingLong(ActorCooccurrenceRow::sentences).reversed()
                        .thenComparing(ActorCooccurrenceRow::actorA).thenComparing(ActorCooccurrenceRow::actorB)).toList();
        if (all.isEmpty()) return "";
        Html.Table t = new Html.Table(List.of("actor", "actor", "sentences naming both", "Jaccard", "logDice"), false, false, true, true, true);
        for (ActorCooccurrenceRow p : all.subList(0, Math.min(PAIRS, all.size()))) {
            t.row(p.actorA(), p.actorB(), Html.count(p.sentences()), Html.ratio(p.jaccard()), Html.stat(p.logDice()));
        }
        return "<p>Actors named in the same sentence, whole corpus (per outlet in <code>actor_cooccurrence.csv</code>):</p>\n"
                + t.html(all.size() - Math.min(PAIRS, all.size()), "pairs", "actor_cooccurrence.csv");
    }

    /** Verbs and adjectives next to the most mentioned actors, one column per group. */
    private static String collocates(List<ActorCollocateRow> rows, List<String> groups, List<String> actors) {
        StringBuilder b = new StringBuilder();
        boolean tagged = rows.stream().anyMatch(c -> !c.pos().isEmpty());
        Set<String> kinds = tagged ? Set.of("VERB", "ADJ") : null;
        for (String a : actors.subList(0, Math.min(COLLOCATE_ACTORS, actors.size()))) {
            Map<String, List<String>> perGroup = new LinkedHashMap<>();
            for (String g : groups) perGroup.put(g, new ArrayList<>());
            for (ActorCollocateRow c : rows) {
                if (!c.actor().equals(a) || !perGroup.containsKey(c.group())) continue;
                if (kinds != null && !kinds.contains(c.pos())) continue;
                List<String> l = perGroup.get(c.group());
                if (l.size() < COLLOCATES) l.add(c.collocate() + " (" + Html.stat(c.logDice()) + ")");
            }
            Set<String> withAny = new LinkedHashSet<>();
            perGroup.forEach((g, l) -> { if (!l.isEmpty()) withAny.add(g); });
            if (withAny.isEmpty()) continue;
            b.append("<p><b>").append(Html.esc(a)).append("</b>: ").append(tagged ? "verbs and adjectives" : "words")
                    .append(" nearest its mentions (logDice in brackets; all collocates in <code>actor_collocates.csv</code>)</p>\n<ul class=colloc>");
            for (String g : withAny) {
                b.append("<li><b>").append(Html.esc(Html.clip(g, 40))).append(":</b> ").append(Html.esc(String.join(", ", perGroup.get(g)))).append("</li>");
            }
            b.append("</ul>\n");
        }
        return b.toString();
    }
}
