package framelab.framing.quotes;

import java.util.Objects;

/**
 * One quotation of a document.
 *
 * @param docId           the document's id
 * @param group           the document's value of the grouping field
 * @param speaker         who speaks, as written in the document with titles kept apart ("John Kirby",
 *                        "Home Office", "home office spokeswoman"); a pronoun is replaced by the person it
 *                        refers to, a surname by the full name the document gave earlier; "" when unknown
 * @param role            the speaker's title or function as written ("Pentagon spokesman"), "" when none
 * @param verb            the speech verb's lemma ({@code say}, {@code warn}, {@code according to}); "" when
 *                        the quote has no attribution
 * @param kind            direct or indirect
 * @param text            for a direct quote the text between the quotation marks (to the paragraph end for the
 *                        open part of a quote that continues in the next paragraph); for indirect speech the
 *                        reported clause
 * @param charStart       offset of {@code text} in the document text (inclusive)
 * @param charEnd         offset after {@code text} (exclusive); {@code text} equals {@code documentText.substring(charStart, charEnd)}
 * @param speakerCategory the actor dictionary's category of the speaker or, failing that, of the role; else the
 *                        category of the role or speaking body in the role list ({@code official/government},
 *                        {@code politician}, …); "" when neither knows it
 */
public record Quote(String docId, String group, String speaker, String role, String verb, QuoteKind kind, String text,
                    int charStart, int charEnd, String speakerCategory) {
    public Quote {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speakerCategory, "speakerCategory");
        if (charStart < 0 || charEnd < charStart || charEnd - charStart != text.length()) {
            throw new IllegalArgumentException("quote offsets [" + charStart + ", " + charEnd + ") do not fit its text of length " + text.length());
        }
    }

    /** True when the quote has a speaker. */
    public boolean attributed() {
        return !speaker.isEmpty();
    }
}
