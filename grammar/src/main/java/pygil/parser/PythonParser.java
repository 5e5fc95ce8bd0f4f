package pygil.parser;

import pygil.ast.Expr;
import pygil.ast.Module;
import pygil.syntax.PySyntaxError;
import pygil.syntax.SourceText;

/**
 * The front end's entry point: Python 3.11 source text to the AST, as CPython's
 * {@code ast.parse(source, filename, 'exec')} and {@code 'eval'} modes do. Every failure is a
 * {@link PySyntaxError} carrying CPython's message and position.
 */
public final class PythonParser {

    private PythonParser() {}

    /** Parses a whole file ({@code exec} mode). */
    public static Module parse(String source, String filename) {
        source = withoutBom(source);
        SourceText src = new SourceText(source, filename);
        try {
            return new ParserDriver(src).module(source);
        } catch (PySyntaxError e) {
            throw e;
        } catch (StackOverflowError e) {
            throw src.syntaxError("too many nested parentheses", 1, 0, 1, -1);
        } catch (RuntimeException e) {
            throw src.syntaxError("invalid syntax", 1, 0, 1, -1);
        }
    }

    /** Parses one expression, possibly a tuple ({@code eval} mode). */
    public static Expr parseExpression(String source, String filename) {
        source = withoutBom(source);
        SourceText src = new SourceText(source, filename);
        try {
            return new ParserDriver(src).expression(source);
        } catch (PySyntaxError e) {
            throw e;
        } catch (StackOverflowError e) {
            throw src.syntaxError("too many nested parentheses", 1, 0, 1, -1);
        } catch (RuntimeException e) {
            throw src.syntaxError("invalid syntax", 1, 0, 1, -1);
        }
    }

    /** CPython skips a UTF-8 byte order mark at the start of a file. */
    private static String withoutBom(String source) {
        return source.startsWith("\uFEFF") ? source.substring(1) : source;
    }
}
