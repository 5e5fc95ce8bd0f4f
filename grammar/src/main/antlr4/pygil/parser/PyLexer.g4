/*
 * Tokens of Python 3.11 (CPython's Parser/tokenizer.c). Layout tokens (NEWLINE, INDENT, DEDENT),
 * bracket matching, string literals and number literals need context or CPython's exact error
 * messages, so their work is done in Java by PyLexerBase; the rules here only recognise where
 * such a token starts.
 */
lexer grammar PyLexer;

options { superClass = PyLexerBase; }

tokens { INDENT, DEDENT }


// Keywords. Soft keywords (match, case, _) are plain names: match statements are not supported.
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// A string literal: the prefix and opening quote are matched here (so that `rb'` beats the name
// `rb`), the body is scanned by scanString() which knows about triple quotes and escapes.
STRING : STRING_PREFIX? ['"] { scanString(); };

// A number: the first digit (or `.digit`) is matched here, the rest by scanNumber(), which
// reproduces CPython's literal checks ("invalid decimal literal", ...).
NUMBER : ( [0-9] | '.' [0-9] ) { scanNumber(); };

NAME : ID_START ID_CONTINUE* { checkName(); };

NEWLINE : ( '\r'? '\n' | '\r' );

// `\` + newline joins lines; any other use of a backslash outside a string is an error.
LINE_JOIN    : '\\' ( '\r'? '\n' | '\r' ) { lineJoin(); } -> skip;
BACKSLASH    : '\\' { backslashError(); };

COMMENT : '#' ~[\r\n]* -> skip;
SPACES  : [ \t\f]+ -> skip;

ELLIPSIS   : '...';
DOT        : '.';
STAR       : '*';
OPEN_PAREN : '(';
CLOSE_PAREN: ')';
COMMA      : ',';
COLON      : ':';
SEMI       : ';';
POWER      : '**';
ASSIGN     : '=';
OPEN_BRACK : '[';
CLOSE_BRACK: ']';
OR_OP      : '|';
XOR        : '^';
AND_OP     : '&';
LEFT_SHIFT : '<<';
RIGHT_SHIFT: '>>';
ADD        : '+';
MINUS      : '-';
DIV        : '/';
MOD        : '%';
IDIV       : '//';
NOT_OP     : '~';
OPEN_BRACE : '{';
CLOSE_BRACE: '}';
LESS_THAN  : '<';
GREATER_THAN: '>';
EQUALS     : '==';
GT_EQ      : '>=';
LT_EQ      : '<=';
NOT_EQ     : '!=';
AT         : '@';
ARROW      : '->';
WALRUS     : ':=';
ADD_ASSIGN : '+=';
SUB_ASSIGN : '-=';
MULT_ASSIGN: '*=';
AT_ASSIGN  : '@=';
DIV_ASSIGN : '/=';
MOD_ASSIGN : '%=';
AND_ASSIGN : '&=';
OR_ASSIGN  : '|=';
XOR_ASSIGN : '^=';
LEFT_SHIFT_ASSIGN : '<<=';
RIGHT_SHIFT_ASSIGN: '>>=';
POWER_ASSIGN: '**=';
IDIV_ASSIGN: '//=';

// Anything else (`$`, `?`, a stray `!`, non-identifier Unicode): CPython's "invalid character".
ERROR_CHAR : . { invalidCharacter(); };

fragment STRING_PREFIX
    : [rRuUbBfF]
    | [rR] [bBfF]
    | [bBfF] [rR]
    ;

// Non-ASCII letters are accepted here and checked by checkName() (XID_Start/XID_Continue):
// the Unicode property sets made the lexer's ATN take ~0.1 s to load at every start.
fragment ID_START
    : [_a-zA-Z]
    | NON_ASCII
    ;

fragment ID_CONTINUE
    : [_a-zA-Z0-9]
    | NON_ASCII
    ;

fragment NON_ASCII : ~[\u0000-\u007F];
