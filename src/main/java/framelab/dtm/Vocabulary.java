package framelab.dtm;

import framelab.text.TermTable;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable, sorted term list: term id {@code i} is the {@code i}-th term in {@link String#compareTo}
 * order (UTF-16 code units, which differs from code-point order only for characters beyond U+FFFF), so
 * ids are the same whatever order documents were read in. Owned by the matrix that uses it — there is
 * no global vocabulary (MALLET's shared {@code Alphabet} is the cautionary tale).
 */
public final class Vocabulary {
    private final String[] terms;
    private final TermTable index;

    Vocabulary(String[] sortedTerms) {
        this.terms = sortedTerms;
        this.index = new TermTable(Math.max(16, sortedTerms.length));
        for (String t : sortedTerms) index.add(t);
    }

    public static Vocabulary of(List<String> terms) {
        String[] t = terms.stream().distinct().sorted().toArray(String[]::new);
        return new Vocabulary(t);
    }

    public int size() {
        return terms.length;
    }

    public String term(int id) {
        return terms[id];
    }

    /** The id of a term, or -1. */
    public int id(CharSequence term) {
        return index.find(term);
    }

    public List<String> terms() {
        return Arrays.asList(terms.clone());
    }
}
