/*
 * Python 3.11 statements and expressions (without match, async and await), written for ANTLR's
 * SLL prediction: every decision is settled by a token or two of lookahead. Where CPython's PEG
 * grammar has separate target rules (star_targets, del_targets, ...) this grammar parses an
 * expression and AstBuilder checks that it can be assigned to, which is also where CPython's
 * "cannot assign to ..." messages come from.
 */
parser grammar PyGrammar;

options { tokenVocab = PyLexer; }


// ---------------------------------------------------------------- entry points

file_input : ( NEWLINE | stmt )* EOF ;

eval_input : testlist NEWLINE* EOF ;

/* The expression of an f-string replacement field, which CPython 3.11 wraps in parentheses and
   parses as a whole: so `f'{x, y}'` is a parenthesized tuple including those parentheses. */
fstring_input : testlist_star_expr NEWLINE? EOF ;

// ---------------------------------------------------------------- statements

stmt : simple_stmts | compound_stmt ;

simple_stmts : simple_stmt ( SEMI simple_stmt )* SEMI? NEWLINE ;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | yield_stmt
    | import_name
    | import_from
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    ;

expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign ( yield_expr | testlist_star_expr )
      | ( ASSIGN ( yield_expr | testlist_star_expr ) )*
      )
    ;

annassign : COLON test ( ASSIGN ( yield_expr | testlist_star_expr ) )? ;

augassign
    : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN
    | OR_ASSIGN | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN | POWER_ASSIGN | IDIV_ASSIGN
    ;

del_stmt      : DEL exprlist ;
pass_stmt     : PASS ;
break_stmt    : BREAK ;
continue_stmt : CONTINUE ;
return_stmt   : RETURN testlist_star_expr? ;
raise_stmt    : RAISE ( test ( FROM test )? )? ;
yield_stmt    : yield_expr ;
global_stmt   : GLOBAL NAME ( COMMA NAME )* ;
nonlocal_stmt : NONLOCAL NAME ( COMMA NAME )* ;
assert_stmt   : ASSERT test ( COMMA test )? ;

import_name     : IMPORT dotted_as_name ( COMMA dotted_as_name )* ;
dotted_as_name  : dotted_name ( AS NAME )? ;
dotted_name     : NAME ( DOT NAME )* ;
import_from     : FROM ( DOT | ELLIPSIS )* dotted_name? IMPORT import_targets ;
import_targets
    : STAR
    | OPEN_PAREN import_as_names CLOSE_PAREN
    | import_as_names
    ;
import_as_names : import_as_name ( COMMA import_as_name )* COMMA? ;
import_as_name  : NAME ( AS NAME )? ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    ;

if_stmt     : IF namedexpr_test COLON block elif_clause* else_clause? ;
elif_clause : ELIF namedexpr_test COLON block ;
else_clause : ELSE COLON block ;

while_stmt : WHILE namedexpr_test COLON block else_clause? ;

for_stmt : FOR exprlist IN testlist_star_expr COLON block else_clause? ;

try_stmt
    : TRY COLON block
      ( except_clause+ else_clause? finally_clause?
      | finally_clause
      )
    ;
except_clause  : EXCEPT ( test ( AS NAME )? )? COLON block ;
finally_clause : FINALLY COLON block ;

with_stmt
    : WITH OPEN_PAREN with_item ( COMMA with_item )* COMMA? CLOSE_PAREN COLON block
    | WITH with_item ( COMMA with_item )* COLON block
    ;
with_item : test ( AS expr )? ;

decorated : decorator+ ( funcdef | classdef ) ;
decorator : AT namedexpr_test NEWLINE ;

funcdef : DEF NAME OPEN_PAREN parameters? CLOSE_PAREN ( ARROW test )? COLON block ;

parameters : param ( COMMA param )* COMMA? ;
param
    : NAME ( COLON test )? ( ASSIGN test )?
    | DIV
    | STAR ( NAME ( COLON ( test | star_expr ) )? )?
    | POWER NAME ( COLON test )?
    ;

classdef : CLASS NAME ( OPEN_PAREN arglist? CLOSE_PAREN )? COLON block ;

block
    : simple_stmts
    | NEWLINE INDENT stmt+ DEDENT
    ;

// ---------------------------------------------------------------- expressions

namedexpr_test : test ( WALRUS test )? ;

test
    : or_test ( IF or_test ELSE test )?
    | lambdef
    ;

lambdef       : LAMBDA lambda_params? COLON test ;
lambda_params : lambda_param ( COMMA lambda_param )* COMMA? ;
lambda_param
    : NAME ( ASSIGN test )?
    | DIV
    | STAR NAME?
    | POWER NAME
    ;

or_test  : and_test ( OR and_test )* ;
and_test : not_test ( AND not_test )* ;
not_test : NOT not_test | comparison ;

comparison : expr ( comp_op expr )* ;
comp_op
    : LESS_THAN | GREATER_THAN | EQUALS | GT_EQ | LT_EQ | NOT_EQ
    | IN | NOT IN | IS | IS NOT
    ;

star_expr : STAR expr ;

expr       : xor_expr ( OR_OP xor_expr )* ;
xor_expr   : and_expr ( XOR and_expr )* ;
and_expr   : shift_expr ( AND_OP shift_expr )* ;
shift_expr : arith_expr ( ( LEFT_SHIFT | RIGHT_SHIFT ) arith_expr )* ;
arith_expr : term ( ( ADD | MINUS ) term )* ;
term       : factor ( ( STAR | AT | DIV | MOD | IDIV ) factor )* ;
factor     : ( ADD | MINUS | NOT_OP ) factor | power ;
power      : atom_expr ( POWER factor )? ;
atom_expr  : atom trailer* ;

atom
    : OPEN_PAREN ( yield_expr | testlist_comp )? CLOSE_PAREN
    | OPEN_BRACK testlist_comp? CLOSE_BRACK
    | OPEN_BRACE dictorsetmaker? CLOSE_BRACE
    | NAME
    | NUMBER
    | STRING+
    | ELLIPSIS
    | NONE
    | TRUE
    | FALSE
    ;

testlist_comp
    : ( namedexpr_test | star_expr ) ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? )
    ;

trailer
    : OPEN_PAREN arglist? CLOSE_PAREN
    | OPEN_BRACK subscriptlist CLOSE_BRACK
    | DOT NAME
    ;

subscriptlist : subscript ( COMMA subscript )* COMMA? ;
subscript
    : test ( WALRUS test | COLON test? sliceop? )?
    | COLON test? sliceop?
    | star_expr
    ;
sliceop : COLON test? ;

exprlist           : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA? ;
testlist           : test ( COMMA test )* COMMA? ;
testlist_star_expr : ( test | star_expr ) ( COMMA ( test | star_expr ) )* COMMA? ;

dictorsetmaker : dict_item ( comp_for | ( COMMA dict_item )* COMMA? ) ;
dict_item
    : test ( COLON test | WALRUS test )?
    | POWER expr
    | star_expr
    ;

arglist : argument ( COMMA argument )* COMMA? ;
argument
    : test ( comp_for | WALRUS test | ASSIGN test )?
    | POWER test
    | STAR test
    ;

comp_for    : comp_clause+ ;
comp_clause : FOR exprlist IN or_test comp_if* ;
comp_if     : IF or_test ;

yield_expr : YIELD ( FROM test | testlist_star_expr )? ;
