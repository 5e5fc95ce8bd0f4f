package pygil.parser;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.antlr.v4.runtime.Token;

import pygil.ast.Expr;
import pygil.ast.Pos;
import pygil.parser.StringLiterals.DecodeError;
import pygil.parser.StringLiterals.Piece;

/**
 * Implicit concatenation of adjacent string literals (CPython's
 * {@code _PyPegen_concatenate_strings}): bytes with bytes only; plain strings fold into one
 * Constant; as soon as one piece is an f-string the result is a JoinedStr whose adjacent literal
 * parts are merged and whose empty parts are dropped. Every part carries the span of the whole
 * run of tokens, as in CPython 3.11.
 */
final class StringConcat {

    private StringConcat() {}

    static Expr build(List<Token> tokens, Pos whole, FStringParser.ExprCompiler compiler) {
        Piece first = StringLiterals.piece(tokens.get(0));
        boolean anyF = false;
        Piece[] pieces = new Piece[tokens.size()];
        for (int k = 0; k < pieces.length; k++) {
            Piece p = k == 0 ? first : StringLiterals.piece(tokens.get(k));
            if (p.bytes()) {
                for (int i = 0; i < p.body().length(); i++) {
                    if (p.body().charAt(i) >= 128) {
                        throw new DecodeError("bytes can only contain ASCII literal characters", p.token());
                    }
                }
            }
            if (p.bytes() != first.bytes()) {
                throw new DecodeError("cannot mix bytes and nonbytes literals");
            }
            anyF |= p.fstring();
            pieces[k] = p;
        }
        if (first.bytes()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Piece p : pieces) {
                out.writeBytes(StringLiterals.decodeBytes(p.body(), p.raw()));
            }
            return new Expr.Constant(new Expr.Bytes(out.toByteArray()), whole);
        }
        if (!anyF) {
            if (pieces.length == 1) {
                return new Expr.Constant(StringLiterals.decodeStr(first.body(), first.raw()), whole);
            }
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) {
                sb.append(StringLiterals.decodeStr(p.body(), p.raw()));
            }
            return new Expr.Constant(sb.toString(), whole);
        }
        FStringParser.Parts parts = new FStringParser.Parts(whole);
        for (Piece p : pieces) {
            if (p.fstring()) {
                new FStringParser(p, compiler).parse(parts);
            } else {
                parts.literal.append(StringLiterals.decodeStr(p.body(), p.raw()));
            }
        }
        parts.flush();
        return new Expr.JoinedStr(parts.values, whole);
    }
}
