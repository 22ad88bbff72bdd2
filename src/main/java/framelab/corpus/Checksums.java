package framelab.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of a corpus as stored: a file's bytes, or for a directory every regular file's relative
 * path and bytes in sorted order. Recorded in run.json so a result can be tied to its exact input.
 */
public final class Checksums {
    private Checksums() {
    }

    public static String sha256(Path corpus) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(corpus)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(corpus)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update(corpus.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    digest(md, f);
                }
            } else {
                digest(md, corpus);
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new CorpusInputException(corpus.toString(), "cannot read for checksum: " + e.getMessage(), "check the path");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(MessageDigest md, Path f) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
    }
}
