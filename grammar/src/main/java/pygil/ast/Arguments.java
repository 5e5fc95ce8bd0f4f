package pygil.ast;

import java.util.List;

/**
 * A parameter list, laid out as CPython's {@code ast.arguments}: {@code defaults} belong to the
 * last positional parameters (posonly then args); {@code kwDefaults} is parallel to
 * {@code kwonly}, with null where a keyword-only parameter has no default.
 */
public record Arguments(List<Arg> posonly, List<Arg> args, Arg vararg, List<Arg> kwonly,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults, Pos pos) implements Node {
    public static Arguments empty(Pos pos) {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of(), pos);
    }
}
