package framelab.framing.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The people one document has named so far, with their titles, and where each was last mentioned: enough
 * to resolve "he said" to the last named person, "Kirby said" to the John Kirby of an earlier paragraph and
 * "the President said" to the last-mentioned person titled president. Mutable; confined to the thread
 * that reads the document.
 */
final class People {
    /** A named person: the name as first written in full, and a title when one was given. */
    static final class Person {
        final String name;
        String role;
        final String last;

        Person(String name, String role) {
            this.name = name;
            this.role = role;
            String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
            this.last = parts[parts.length - 1];
        }
    }

    /** A mention; {@code salient} unless it sits in a prepositional phrase ("a call with Boris Johnson"). */
    private record Mention(Person person, int offset, boolean salient) {
    }

    private final List<Person> people = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Mention> speakers = new ArrayList<>();

    /** Records a person named at {@code offset}; returns the known person. */
    Person register(String name, String role, int offset, boolean salient) {
        String key = name.toLowerCase(Locale.ROOT);
        Person p = null;
        for (Person q : people) if (q.name.toLowerCase(Locale.ROOT).equals(key)) p = q;
        if (p == null) {
            p = new Person(name, role);
            people.add(p);
        } else if (p.role.isEmpty()) {
            p.role = role;
        }
        mention(p, offset, salient);
        return p;
    }

    void mention(Person p, int offset, boolean salient) {
        mentions.add(new Mention(p, offset, salient));
    }

    /** The person whose name ends with this word (lowercased), the most recently mentioned first; or null. */
    Person bySurname(String word, int before) {
        Person best = null;
        int at = -1;
        for (Mention m : mentions) {
            if (m.person.last.equals(word) && m.offset < before && m.offset > at) {
                best = m.person;
                at = m.offset;
            }
        }
        if (best != null) return best;
        for (Person p : people) if (p.last.equals(word)) return p;
        return null;
    }

    /** Records that {@code p} speaks at {@code offset} (a mention too). */
    void spoke(Person p, int offset) {
        mention(p, offset, true);
        speakers.add(new Mention(p, offset, true));
    }

    /** The person mentioned last, and not in a prepositional phrase, in [{@code from}, {@code offset}), or null. */
    Person lastBefore(int offset, int from) {
        return last(mentions, offset, from);
    }

    /** The person who spoke last before {@code offset}, or null. */
    Person lastSpeakerBefore(int offset) {
        return last(speakers, offset, 0);
    }

    private static Person last(List<Mention> list, int offset, int from) {
        Person best = null;
        int at = from - 1;
        for (Mention m : list) {
            if (m.salient && m.offset < offset && m.offset > at) {
                best = m.person;
                at = m.offset;
            }
        }
        return best;
    }

    /** The person mentioned last before {@code offset} whose title contains {@code head}, or null. */
    Person lastWithRole(String head, int offset) {
        Person best = null;
        int at = -1;
        for (Mention m : mentions) {
            if (m.offset < offset && m.offset > at && m.person.role.toLowerCase(Locale.ROOT).matches(".*\\b" + java.util.regex.Pattern.quote(head) + "\\b.*")) {
                best = m.person;
                at = m.offset;
            }
        }
        return best;
    }
}
