/**
 * Python objects that exist only because the interpreter runs code: generators (suspended
 * bytecode frames) and tracebacks (the frames an exception passed through).
 */
package pygil.interpreter.objects;
