package framelab.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decompressed bytes held in memory mapped from the operating system ({@code mmap}, anonymous and private) and
 * given back to it as they are read ({@code munmap}, every {@value #RELEASE_STEP} bytes): a whole inflated corpus
 * costs its full size in memory only at the start of reading, not at the end, when a reader's own structures are
 * largest (with a heap array the ABP news run peaked 0.26 GB higher). Fresh mapped pages are zero without being
 * written, so nothing is cleared before libdeflate writes, as a Java array would be. The region is advised to use
 * transparent huge pages: faulting ABP news' 218 MB in 4 KB pages took half of its inflation time on these VMs
 * (inflate and read 0.95 s with small pages, 0.44 s with huge ones). Single consumer; must be closed.
 */
final class InflatedStream extends InputStream {
    static final long RELEASE_STEP = 8L << 20; // a multiple of every page size (4 KB, 16 KB, 64 KB)

    private final Pages pages;
    private final long size;
    private long pos;
    private long released;
    private boolean closed;

    /** Reads the first {@code size} bytes of {@code pages}, and owns them: reading past a step and closing unmap. */
    InflatedStream(Pages pages, long size) {
        this.pages = pages;
        this.size = size;
    }

    @Override
    public int read() throws IOException {
        open();
        if (pos >= size) return -1;
        int b = pages.segment().get(ValueLayout.JAVA_BYTE, pos++) & 0xFF;
        releaseRead();
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        open();
        if (len == 0) return 0;
        if (pos >= size) return -1;
        int n = (int) Math.min(len, size - pos);
        MemorySegment.copy(pages.segment(), ValueLayout.JAVA_BYTE, pos, b, off, n);
        pos += n;
        releaseRead();
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        open();
        long k = Math.max(0, Math.min(n, size - pos));
        pos += k;
        releaseRead();
        return k;
    }

    @Override
    public int available() throws IOException {
        open();
        return (int) Math.min(Integer.MAX_VALUE, size - pos);
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        pages.unmap(released, pages.segment().byteSize() - released);
    }

    private void open() throws IOException {
        if (closed) throw new IOException("stream closed");
    }

    /** Gives back whole steps behind the read position (never a byte not yet read: those pages stay mapped). */
    private void releaseRead() {
        long upTo = pos - pos % RELEASE_STEP;
        if (upTo > released) {
            pages.unmap(released, upTo - released);
            released = upTo;
        }
    }

    /**
     * A region of anonymous memory from {@code mmap(2)}. The segment has no lifetime checks: code here reads only
     * what is still mapped. The flag values are Linux's on x86-64 and AArch64, the platforms {@link #map} admits.
     */
    record Pages(MemorySegment segment) {
        private static final Optional<Calls> CALLS = Calls.load();

        /** {@code bytes} of fresh zero memory, or empty when mapping is not possible here or the system refuses. */
        static Optional<Pages> map(long bytes) {
            if (CALLS.isEmpty() || bytes <= 0) return Optional.empty();
            MemorySegment m = CALLS.get().mmap(bytes);
            if (m.address() == -1L) return Optional.empty();
            CALLS.get().adviseHugePages(m, bytes);
            return Optional.of(new Pages(m.reinterpret(bytes)));
        }

        /** A larger region holding the first {@code used} bytes of this one, which is then unmapped; empty (and this one kept) when refused. */
        Optional<Pages> grown(long bytes, long used) {
            Optional<Pages> bigger = map(bytes);
            bigger.ifPresent(p -> {
                MemorySegment.copy(segment, 0, p.segment(), 0, used);
                unmap(0, segment.byteSize());
            });
            return bigger;
        }

        void unmap(long offset, long length) {
            if (length > 0) CALLS.orElseThrow().munmap(segment.asSlice(offset, length));
        }
    }

    private record Calls(MemorySegment mmapFn, MemorySegment munmapFn, MethodHandle mmap, MethodHandle munmap,
                         MemorySegment madviseFn, MethodHandle madvise) {
        private static final int PROT_READ_WRITE = 0x1 | 0x2;
        private static final int MAP_PRIVATE_ANONYMOUS = 0x02 | 0x20;
        private static final int MADV_HUGEPAGE = 14;

        static Optional<Calls> load() {
            String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            boolean linux = System.getProperty("os.name", "").equals("Linux");
            if (!linux || !(arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64")) || !Libdeflate.nativeAccess()) {
                return Optional.empty();
            }
            try {
                Linker linker = Linker.nativeLinker();
                return Optional.of(new Calls(linker.defaultLookup().find("mmap").orElseThrow(), linker.defaultLookup().find("munmap").orElseThrow(),
                        linker.downcallHandle(FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG)),
                        linker.downcallHandle(FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG)),
                        linker.defaultLookup().find("madvise").orElseThrow(),
                        linker.downcallHandle(FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT))));
            } catch (RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }

        MemorySegment mmap(long bytes) {
            try {
                return (MemorySegment) mmap.invokeExact(mmapFn, MemorySegment.NULL, bytes, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0L);
            } catch (Throwable t) {
                throw new IllegalStateException("mmap failed", t);
            }
        }

        /**
         * Asks for transparent huge pages (2 MB) over the region: libdeflate then faults it in a few hundred times
         * instead of once per 4 KB page. Where the kernel has THP off, madvise fails and nothing changes; a failure
         * is not an error.
         */
        void adviseHugePages(MemorySegment region, long bytes) {
            try {
                int ignored = (int) madvise.invokeExact(madviseFn, region, bytes, MADV_HUGEPAGE);
            } catch (Throwable t) {
                // the pages stay small
            }
        }

        void munmap(MemorySegment region) {
            int r;
            try {
                r = (int) munmap.invokeExact(munmapFn, region, region.byteSize());
            } catch (Throwable t) {
                throw new IllegalStateException("munmap failed", t);
            }
            if (r != 0) throw new IllegalStateException("munmap of " + region.byteSize() + " bytes failed");
        }
    }
}
