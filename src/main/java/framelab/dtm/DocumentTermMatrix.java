package framelab.dtm;

import framelab.corpus.DocMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * A sparse, immutable document-term matrix in compressed sparse row form (quanteda's {@code dfm}).
 * Rows are analysis units (documents, paragraphs or sentences) that keep their document id, unit id
 * and metadata; columns are the ids of its own {@link Vocabulary}; cells are counts. Column ids are
 * sorted within each row.
 */
public final class DocumentTermMatrix {
    private final Vocabulary vocabulary;
    private final List<RowInfo> rows;
    private final int[] rowStart;
    private final int[] cols;
    private final int[] counts;
    private final String analyzerSpec;

    /** Identity and metadata of one row. */
    public record RowInfo(String docId, String unitId, DocMeta meta) {
    }

    DocumentTermMatrix(Vocabulary vocabulary, List<RowInfo> rows, int[] rowStart, int[] cols, int[] counts, String analyzerSpec) {
        this.vocabulary = vocabulary;
        this.rows = List.copyOf(rows);
        this.rowStart = rowStart;
        this.cols = cols;
        this.counts = counts;
        this.analyzerSpec = Objects.requireNonNull(analyzerSpec);
        if (rowStart.length != rows.size() + 1) throw new IllegalArgumentException("rowStart length must be rows + 1");
    }

    /** Builds a matrix from per-row term lists (any order, repeats counted) — for tests and small inputs. */
    public static DocumentTermMatrix fromTerms(List<RowInfo> rows, List<List<String>> termsPerRow, String analyzerSpec) {
        Vocabulary v = Vocabulary.of(termsPerRow.stream().flatMap(List::stream).toList());
        int[] start = new int[rows.size() + 1];
        List<int[]> rowCols = new ArrayList<>();
        List<int[]> rowCounts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int[] ids = termsPerRow.get(r).stream().mapToInt(v::id).sorted().toArray();
            int[][] cc = SparseRows.runLengths(ids);
            rowCols.add(cc[0]);
            rowCounts.add(cc[1]);
            start[r + 1] = start[r] + cc[0].length;
        }
        int[] cols = new int[start[rows.size()]];
        int[] cnt = new int[cols.length];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rowCols.get(r), 0, cols, start[r], rowCols.get(r).length);
            System.arraycopy(rowCounts.get(r), 0, cnt, start[r], rowCounts.get(r).length);
        }
        return new DocumentTermMatrix(v, rows, start, cols, cnt, analyzerSpec);
    }

    public Vocabulary vocabulary() { return vocabulary; }
    public int rowCount() { return rows.size(); }
    public RowInfo row(int r) { return rows.get(r); }
    public List<RowInfo> rows() { return rows; }
    public String analyzerSpec() { return analyzerSpec; }
    public long nonZeros() { return cols.length; }

    /** Number of stored (non-zero) cells in row r. */
    public int rowNonZeros(int r) { return rowStart[r + 1] - rowStart[r]; }

    /** Column id of the k-th stored cell of row r. */
    public int rowTerm(int r, int k) { return cols[rowStart[r] + k]; }

    /** Count of the k-th stored cell of row r. */
    public int rowCount(int r, int k) { return counts[rowStart[r] + k]; }

    /** Sum of the counts in row r (the unit's number of analysed terms). */
    public long rowTotal(int r) {
        long s = 0;
        for (int i = rowStart[r]; i < rowStart[r + 1]; i++) s += counts[i];
        return s;
    }

    /** The count of a term in row r (binary search; 0 when absent). */
    public int count(int r, int term) {
        int i = Arrays.binarySearch(cols, rowStart[r], rowStart[r + 1], term);
        return i >= 0 ? counts[i] : 0;
    }

    public long total() {
        long s = 0;
        for (int c : counts) s += c;
        return s;
    }

    /** Column sums over the rows the predicate keeps: term id → count (dense over the vocabulary). */
    public long[] termTotals(IntPredicate keepRow) {
        long[] t = new long[vocabulary.size()];
        for (int r = 0; r < rows.size(); r++) {
            if (!keepRow.test(r)) continue;
            for (int i = rowStart[r]; i < rowStart[r + 1]; i++) t[cols[i]] += counts[i];
        }
        return t;
    }

    /** Number of kept rows each term occurs in. */
    public int[] termRowFrequencies(IntPredicate keepRow) {
        int[] t = new int[vocabulary.size()];
        for (int r = 0; r < rows.size(); r++) {
            if (!keepRow.test(r)) continue;
            for (int i = rowStart[r]; i < rowStart[r + 1]; i++) t[cols[i]]++;
        }
        return t;
    }

    /** A new matrix with only the rows the predicate keeps (vocabulary shared, unchanged). */
    public DocumentTermMatrix subset(IntPredicate keepRow) {
        List<RowInfo> keep = new ArrayList<>();
        int[] start = new int[rows.size() + 1];
        int nnz = 0;
        for (int r = 0; r < rows.size(); r++) if (keepRow.test(r)) nnz += rowNonZeros(r);
        int[] c = new int[nnz];
        int[] v = new int[nnz];
        int k = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (!keepRow.test(r)) continue;
            int len = rowNonZeros(r);
            System.arraycopy(cols, rowStart[r], c, start[k], len);
            System.arraycopy(counts, rowStart[r], v, start[k], len);
            start[k + 1] = start[k] + len;
            keep.add(rows.get(r));
            k++;
        }
        return new DocumentTermMatrix(vocabulary, keep, Arrays.copyOf(start, k + 1), c, v, analyzerSpec);
    }
}
