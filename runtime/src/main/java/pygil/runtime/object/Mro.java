package pygil.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import pygil.runtime.error.PyErrors;

/** C3 linearization (Equivalent of CPython's {@code mro_implementation}/{@code pmerge}). */
final class Mro {
    private Mro() {}

    /** The MRO of a new class {@code type} with the given bases. */
    static PyType[] compute(PyType type, PyType[] bases) {
        if (bases.length == 1) {
            PyType[] base = bases[0].getMro();
            PyType[] mro = new PyType[base.length + 1];
            mro[0] = type;
            System.arraycopy(base, 0, mro, 1, base.length);
            return mro;
        }
        List<List<PyType>> toMerge = new ArrayList<>();
        for (PyType b : bases) {
            toMerge.add(new ArrayList<>(List.of(b.getMro())));
        }
        toMerge.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        int[] remain = new int[toMerge.size()];
        while (true) {
            boolean empty = true;
            PyType chosen = null;
            for (int i = 0; i < toMerge.size(); i++) {
                List<PyType> l = toMerge.get(i);
                if (remain[i] >= l.size()) {
                    continue;
                }
                empty = false;
                PyType candidate = l.get(remain[i]);
                if (!inTail(toMerge, remain, candidate)) {
                    chosen = candidate;
                    break;
                }
            }
            if (empty) {
                break;
            }
            if (chosen == null) {
                throw mroError(toMerge, remain);
            }
            result.add(chosen);
            for (int i = 0; i < toMerge.size(); i++) {
                List<PyType> l = toMerge.get(i);
                if (remain[i] < l.size() && l.get(remain[i]) == chosen) {
                    remain[i]++;
                }
            }
        }
        return result.toArray(new PyType[0]);
    }

    private static boolean inTail(List<List<PyType>> lists, int[] remain, PyType t) {
        for (int i = 0; i < lists.size(); i++) {
            List<PyType> l = lists.get(i);
            for (int j = remain[i] + 1; j < l.size(); j++) {
                if (l.get(j) == t) {
                    return true;
                }
            }
        }
        return false;
    }

    private static RuntimeException mroError(List<List<PyType>> lists, int[] remain) {
        LinkedHashSet<PyType> heads = new LinkedHashSet<>();
        for (int i = 0; i < lists.size(); i++) {
            if (remain[i] < lists.get(i).size()) {
                heads.add(lists.get(i).get(remain[i]));
            }
        }
        StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
        String sep = " ";
        for (PyType t : heads) {
            sb.append(sep).append(t.getName());
            sep = ", ";
        }
        return PyErrors.typeError(sb.toString());
    }
}
