package framelab.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An input stream read ahead by a background thread in large chunks, so that slow production
 * (inflating a .gz file) overlaps with the consumer's parsing. Bytes arrive unchanged and in order;
 * an error of the underlying stream is rethrown to the consumer at the point it occurred. Chunk
 * buffers are recycled, so memory stays at a few megabytes whatever the file size. Single consumer.
 */
final class ReadAhead extends InputStream {
    private static final int CHUNK = 1 << 20;
    private static final int CHUNKS = 4;

    private record Chunk(byte[] data, int length, IOException error) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0, null);

    private final InputStream in;
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS + 2);
    private final Thread producer;
    private Chunk current;
    private int pos;
    private boolean done;

    ReadAhead(InputStream in) {
        this.in = in;
        for (int i = 0; i < CHUNKS + 2; i++) free.add(new byte[CHUNK]);
        this.producer = Thread.ofPlatform().name("framelab-read-ahead").daemon().start(this::produce);
    }

    private void produce() {
        try {
            while (true) {
                byte[] buf = free.take();
                int n;
                try {
                    n = in.readNBytes(buf, 0, buf.length);
                } catch (IOException e) {
                    full.put(new Chunk(buf, 0, e));
                    return;
                }
                if (n > 0) full.put(new Chunk(buf, n, null));
                if (n < buf.length) {
                    full.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed by the consumer
        }
    }

    /** The next chunk with bytes left, or false at the end. */
    private boolean ensure() throws IOException {
        if (current != null && pos < current.length()) return true;
        if (done) return false;
        if (current != null && current != END) free.offer(current.data());
        try {
            current = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading");
        }
        pos = 0;
        if (current.error() != null) {
            done = true;
            throw current.error();
        }
        if (current == END) {
            done = true;
            return false;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        return ensure() ? current.data()[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        if (!ensure()) return -1;
        int n = Math.min(len, current.length() - pos);
        System.arraycopy(current.data(), pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        done = true;
        producer.interrupt();
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        in.close();
    }
}
