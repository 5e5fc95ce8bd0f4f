package pygil.stdlib.os;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The string functions of posixpath, against CPython 3.11's results. */
class PosixPathTest {
    @Test
    void join() {
        assertEquals("a/b", PosixPath.join("a", List.of("b")));
        assertEquals("a/b", PosixPath.join("a/", List.of("b")));
        assertEquals("/b/c", PosixPath.join("a", List.of("/b", "c")));
        assertEquals("a/", PosixPath.join("a", List.of("")));
        assertEquals("b", PosixPath.join("", List.of("b")));
    }

    @Test
    void splitAndExtensions() {
        assertArrayEquals(new String[] {"/a", "b"}, PosixPath.split("/a/b"));
        assertArrayEquals(new String[] {"//", "a"}, PosixPath.split("//a"));
        assertArrayEquals(new String[] {"a", ""}, PosixPath.split("a//"));
        assertArrayEquals(new String[] {"x.tar", ".gz"}, PosixPath.splitext("x.tar.gz"));
        assertArrayEquals(new String[] {".hidden", ""}, PosixPath.splitext(".hidden"));
        assertArrayEquals(new String[] {"a.b/c", ""}, PosixPath.splitext("a.b/c"));
        assertArrayEquals(new String[] {"..", ""}, PosixPath.splitext(".."));
        assertEquals("", PosixPath.basename("a/"));
        assertEquals("/", PosixPath.dirname("/a"));
    }

    @Test
    void normpath() {
        assertEquals(".", PosixPath.normpath(""));
        assertEquals("/", PosixPath.normpath("/.."));
        assertEquals("//a", PosixPath.normpath("//a/."));
        assertEquals("/a", PosixPath.normpath("///a"));
        assertEquals("../..", PosixPath.normpath("a/b/../../../.."));
        assertEquals("b", PosixPath.normpath("a/../b"));
    }

    @Test
    void relpathAndPrefix() {
        assertEquals("b/c", PosixPath.relpath("/a/b/c", "/a"));
        assertEquals("../..", PosixPath.relpath("/a", "/a/b/c"));
        assertEquals(".", PosixPath.relpath("/a", "/a"));
        assertEquals("/usr/l", PosixPath.commonprefix(List.of("/usr/lib", "/usr/local")));
    }
}
