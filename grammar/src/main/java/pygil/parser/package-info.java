/**
 * The parser: an ANTLR 4 grammar for Python 3.11 (lexer {@code PyLexer.g4} with
 * {@link pygil.parser.PyLexerBase} for indentation and literals, parser {@code PyGrammar.g4}),
 * the builders that turn its parse trees into {@link pygil.ast} records, and the analysis that
 * gives failures CPython's messages. {@link pygil.parser.PythonParser} is the entry point.
 */
package pygil.parser;
