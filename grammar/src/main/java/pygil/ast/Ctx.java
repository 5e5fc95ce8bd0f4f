package pygil.ast;

/** Whether a name, attribute, subscript, starred, list or tuple is read, assigned or deleted. */
public enum Ctx { LOAD, STORE, DEL }
