package pygil.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedder's path into Python ({@code pygil.interpreter.interop}): a module source evaluated
 * through the polyglot API answers the module, whose functions Java calls with converted
 * arguments and results; a Python exception comes out as a {@code PolyglotException} carrying
 * the Python message.
 */
public class EmbeddingTest {
    private static final String MODULE = """
                    def fibo(n):
                        return n if n < 2 else fibo(n - 1) + fibo(n - 2)

                    def describe(x, y=None):
                        return f"{type(x).__name__}:{x!r} {type(y).__name__}:{y!r}"

                    def fail(message):
                        raise ValueError(message)

                    def shout(s):
                        print(s.upper())

                    class Point:
                        def __init__(self, x, y):
                            self.x = x
                            self.y = y

                    limit = 10 ** 30
                    """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Context context;
    private Value module;

    @BeforeEach
    void evalModule() {
        context = Context.newBuilder("pygil").out(out).option("engine.WarnInterpreterOnly", "false").build();
        module = context.eval(Source.newBuilder("pygil", MODULE, "embedded.py").mimeType(PyLanguage.MODULE_MIME_TYPE).buildLiteral());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void callsAFunctionRepeatedly() {
        Value fibo = module.getMember("fibo");
        assertTrue(fibo.canExecute());
        for (int i = 0; i < 3; i++) {
            assertEquals(6765, fibo.execute(20).asLong());
        }
    }

    @Test
    void convertsArgumentsAndResults() {
        Value describe = module.getMember("describe");
        assertEquals("int:3 float:2.5", describe.execute(3, 2.5).asString());
        assertEquals("str:'a' bool:True", describe.execute("a", true).asString());
        assertEquals("int:7 NoneType:None", describe.execute(7L, null).asString());
        assertTrue(module.getMember("shout").execute("hi").isNull());
    }

    @Test
    void pythonObjectsAreReadableAndDisplayedByRepr() {
        Value point = module.getMember("Point").execute(1, 2);
        assertEquals(2, point.getMember("y").asInt());
        assertEquals("1000000000000000000000000000000", module.getMember("limit").toString());
        assertTrue(module.getMemberKeys().contains("fibo"));
        assertFalse(module.hasMember("nothing"));
    }

    @Test
    void outputIsFlushedAfterEachCall() {
        module.getMember("shout").execute("hello");
        assertEquals("HELLO\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pythonExceptionBecomesPolyglotException() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> module.getMember("fail").execute("boom"));
        assertTrue(e.isGuestException());
        assertFalse(e.isInternalError());
        assertEquals("ValueError: boom", e.getMessage());
        // the context is still usable afterwards
        assertEquals(55, module.getMember("fibo").execute(10).asInt());
    }

    @Test
    void wrongArgumentCountIsATypeError() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> module.getMember("fibo").execute());
        assertEquals("TypeError: fibo() missing 1 required positional argument: 'n'", e.getMessage());
    }

    @Test
    void errorInTheModuleBodyIsReported() {
        PolyglotException e = assertThrows(PolyglotException.class,
                        () -> context.eval(Source.newBuilder("pygil", "x = 1 / 0", "broken.py").mimeType(PyLanguage.MODULE_MIME_TYPE).buildLiteral()));
        assertEquals("ZeroDivisionError: division by zero", e.getMessage());
    }
}
