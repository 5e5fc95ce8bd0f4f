package pygil.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Snippet files under a test resource folder, with their expected-output siblings. */
public final class Corpus {

    private Corpus() {}

    /** The {@code .py} files of resource folder {@code dir}, except the regen script. */
    public static List<Path> sources(String dir) {
        try {
            Path root = Path.of(Corpus.class.getResource("/" + dir).toURI());
            try (Stream<Path> files = Files.list(root)) {
                return files.filter(p -> p.toString().endsWith(".py"))
                        .filter(p -> !p.getFileName().toString().equals("regen.py"))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sibling of {@code py} with another extension, e.g. {@code x.py} to {@code x.ast}. */
    public static Path sibling(Path py, String ext) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }

    public static String name(Path p) {
        return p.getFileName().toString();
    }
}
