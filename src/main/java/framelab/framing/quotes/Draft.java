package framelab.framing.quotes;

/**
 * A quotation while its document is read: where it is, and its attribution once known. A direct quotation
 * without its own attribution takes that of the quotation it continues ({@code chain}) or follows
 * ({@code inheritFrom}). Mutable; confined to one thread.
 */
final class Draft {
    final QuoteKind kind;
    final int start;
    final int end;
    final int chain;
    Attribution attribution;
    boolean explicit;
    Draft inheritFrom;

    Draft(QuoteKind kind, int start, int end, int chain) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.chain = chain;
    }
}
