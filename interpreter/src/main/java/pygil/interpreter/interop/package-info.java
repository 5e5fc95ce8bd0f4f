/**
 * Python seen from the polyglot API, for embedders (JMH benchmarks, tests): a source whose MIME
 * type is {@link pygil.interpreter.PyLanguage#MODULE_MIME_TYPE} runs as a module and
 * {@code Context.eval} answers that module ({@link pygil.interpreter.interop.EmbeddedModuleRootNode});
 * Python objects reach the host as {@link pygil.interpreter.interop.InteropObject}s, whose
 * members can be read and which can be called; every such call runs under the GIL
 * ({@link pygil.interpreter.interop.EmbedderCall}). Values cross the boundary through
 * {@link pygil.interpreter.interop.InteropValues}.
 */
package pygil.interpreter.interop;
