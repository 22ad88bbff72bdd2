package framelab.corpus;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a corpus from one CSV or TSV file (optionally gzipped): one document per row, a text column,
 * an optional id column and any number of metadata columns. Streams, so the file may be larger than memory.
 */
public final class DelimitedReader implements DocumentSource {
    private final Path file;
    private final ReadOptions options;
    private final boolean tsv;
    private List<String> header;

    public DelimitedReader(Path file, ReadOptions options) {
        this.file = file;
        this.options = options;
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        this.tsv = name.endsWith(".tsv") || name.endsWith(".tsv.gz") || name.endsWith(".tab");
    }

    @Override
    public String description() {
        return file.toString();
    }

    @Override
    public List<String> fields() {
        if (header == null) {
            try (BufferedReader r = TextFiles.open(file, options.charset(), options.lenient())) {
                DelimitedRecords.Row row = records(r).next();
                header = row == null ? List.of() : metadataColumns(row.fields());
            } catch (java.nio.charset.CharacterCodingException e) {
                throw TextFiles.malformed(file, options.charset());
            } catch (IOException e) {
                throw new CorpusInputException(file.toString(), "cannot read: " + e.getMessage(), "check the path");
            }
        }
        return header;
    }

    private DelimitedRecords records(BufferedReader r) {
        return new DelimitedRecords(r, file.toString(), tsv ? '\t' : ',', !tsv);
    }

    private List<String> metadataColumns(List<String> cols) {
        List<String> meta = new ArrayList<>();
        for (String c : cols) if (!c.equals(options.textColumn())) meta.add(c.strip());
        return meta;
    }

    /** TSV in UTF-8 is split in bytes and only its fields are decoded; everything else reads characters. */
    private boolean byteMode() {
        return tsv && options.charset().equals(StandardCharsets.UTF_8) && !options.lenient() && !TextFiles.hasUtf16Bom(file);
    }

    static final String DUPLICATE_ID = "duplicate id (an earlier row has the same id)";

    static String wrongFieldCount(int fields, int columns, boolean tsv) {
        return "row has " + fields + " fields, the header has " + columns
                + (tsv ? " (TSV is not quoted: a tab or newline inside a field splits it)" : "");
    }

    static String emptyId(String idColumn) {
        return "empty id in column '" + idColumn + "'";
    }

    /**
     * The rows of a UTF-8 TSV file as chunks of raw bytes, for counting on several threads without
     * decoding ({@link Utf8Chunks}); the header is read and checked here, with {@link #forEach}'s errors.
     * Empty when the file is read another way (CSV, another charset, lenient decoding, a UTF-16 byte-order
     * mark): use {@link #forEach} then. The caller closes the result.
     */
    public java.util.Optional<Utf8Chunks> utf8Chunks() {
        return utf8Chunks(Utf8Chunks.CHUNK_BYTES);
    }

    /** {@link #utf8Chunks()} with chunks of about {@code chunkBytes} bytes (tests use small ones to cross chunk borders). */
    public java.util.Optional<Utf8Chunks> utf8Chunks(int chunkBytes) {
        if (chunkBytes < 1) throw new IllegalArgumentException("chunkBytes must be at least 1, got " + chunkBytes);
        if (!byteMode()) return java.util.Optional.empty();
        String name = file.toString();
        InputStream in = null;
        try {
            in = TextFiles.openBytes(file);
            DelimitedRecords records = new DelimitedRecords(in, name, '\t');
            DelimitedRecords.Row head = records.next();
            List<String> cols = checkedHeader(head, name);
            header = metadataColumns(cols);
            boolean pendingLf = records.pendingLf(); // first: it may consume a buffered LF
            Utf8Chunks chunks = new Utf8Chunks(in, name, cols, cols.indexOf(options.textColumn()), cols.indexOf(options.idColumn()),
                    options.idColumn(), records.unread(), pendingLf, chunkBytes);
            in = null;
            return java.util.Optional.of(chunks);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw TextFiles.malformed(file, options.charset());
        } catch (java.util.zip.ZipException e) {
            throw notGzip(name, e);
        } catch (IOException e) {
            throw cannotRead(name, e);
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the error being thrown says more
                }
            }
        }
    }

    private List<String> checkedHeader(DelimitedRecords.Row head, String name) {
        if (head == null) {
            throw new CorpusInputException(name, "the file is empty",
                    "give a header row with a '" + options.textColumn() + "' column and one row per document");
        }
        List<String> cols = head.fields().stream().map(String::strip).toList();
        if (!cols.contains(options.textColumn())) {
            throw new CorpusInputException(name + ":1", "no text column '" + options.textColumn()
                    + "' in the header " + cols, "name the column holding the article text with --text-column");
        }
        return cols;
    }

    private static CorpusInputException notGzip(String name, java.util.zip.ZipException e) {
        return new CorpusInputException(name, "not a valid gzip file (" + e.getMessage() + ")",
                "a file ending in .gz must be gzip-compressed; rename it if it is plain text");
    }

    private static CorpusInputException cannotRead(String name, IOException e) {
        return new CorpusInputException(name, "cannot read: " + e.getMessage(),
                "check the path; a .gz file must be gzip-compressed");
    }

    @Override
    public void forEach(DocumentSink sink) {
        String name = file.toString();
        try (Closeable r = byteMode() ? TextFiles.openBytes(file) : TextFiles.open(file, options.charset(), options.lenient())) {
            DelimitedRecords records = r instanceof BufferedReader br ? records(br) : new DelimitedRecords((InputStream) r, name, '\t');
            List<String> cols = checkedHeader(records.next(), name);
            int textCol = cols.indexOf(options.textColumn());
            int idCol = cols.indexOf(options.idColumn());
            header = metadataColumns(cols);
            Set<String> seen = new HashSet<>();
            long rowNumber = 0;
            Boolean badBytes = null; // lenient mode: whether the file has bytes that do not decode (null: not checked yet)
            for (DelimitedRecords.Row row; (row = records.next()) != null; ) {
                rowNumber++;
                List<String> f = row.fields();
                String where = name + ":" + row.line();
                if (f.size() == 1 && f.get(0).isEmpty()) continue; // blank line
                String id = idCol >= 0 && idCol < f.size() ? f.get(idCol).strip() : String.valueOf(rowNumber);
                if (f.size() != cols.size()) {
                    sink.skip(new SkippedDocument(id, where, wrongFieldCount(f.size(), cols.size(), tsv)));
                    continue;
                }
                Map<String, String> meta = new LinkedHashMap<>();
                for (int i = 0; i < cols.size(); i++) if (i != textCol) meta.put(cols.get(i), f.get(i));
                if (id.isEmpty()) {
                    sink.skip(new SkippedDocument("row " + rowNumber, where, emptyId(options.idColumn()), DocMeta.of(meta)));
                    continue;
                }
                if (!seen.add(id)) {
                    sink.skip(new SkippedDocument(id, where, DUPLICATE_ID, DocMeta.of(meta)));
                    continue;
                }
                if (options.lenient() && f.get(textCol).indexOf('\uFFFD') >= 0) {
                    // a U+FFFD may have been in the text already (scraped news carries them): a file that decodes
                    // strictly had nothing replaced, so its documents are not reported; checked once, when one shows up
                    if (badBytes == null) badBytes = !TextFiles.decodesStrictly(file, options.charset());
                    if (badBytes) {
                        sink.warn(where, "document '" + id + "' contains U+FFFD, the replacement for bytes that are not "
                                + options.charset().name() + " (this file has such bytes; a U+FFFD may also have been in the text)");
                    }
                }
                sink.accept(new Document(id, f.get(textCol), DocMeta.of(meta), where));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw TextFiles.malformed(file, options.charset());
        } catch (java.util.zip.ZipException e) {
            throw notGzip(name, e);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }
}
