#!/usr/bin/env bash
# Runs pygil's JMH benchmarks (AreaBenchmarks: one Python function per area, JIT on and off),
# then times the same functions under python3 and prints the table for README's Performance
# section.
#
#   benchmarks/jmh.sh [JMH options] [benchmark regex]    e.g. benchmarks/jmh.sh fibo
#                                                             benchmarks/jmh.sh -p jit=on
#
# Never part of `mvn verify`. The forks run with ./pygil's JVM flags (Truffle on the module
# path, Graal on the upgrade module path, JVMCI on), so that Graal really compiles with the JIT
# on; the benchmark setup fails on Truffle's fallback runtime.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/interpreter/target"
PYGIL_JAVA_OPTS= "$root/pygil" -c pass # builds pygil if needed and records the JDK it found
(cd "$root" && mvn -B -q -ntp -DskipTests -pl benchmarks -am package)
jhome="$(cat "$target/java-home")"
# the same flags as the exec line of ./pygil
flags="--sun-misc-unsafe-memory-access=allow --enable-native-access=org.graalvm.truffle,ALL-UNNAMED \
-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI \
--upgrade-module-path=$(ls "$target"/compiler/compiler-*.jar | head -n1) \
--module-path=$target/truffle --add-modules=org.graalvm.polyglot \
-Dpolyglot.engine.WarnInterpreterOnly=false -Xss16m ${PYGIL_JAVA_OPTS:-}"
result="$root/benchmarks/target/jmh-result.json"
# shellcheck disable=SC2086 # $flags is a list of options
"$jhome/bin/java" $flags -cp "$root/benchmarks/target/classes:$root/benchmarks/target/lib/*" \
  org.openjdk.jmh.Main -jvmArgs "$flags" -rf json -rff "$result" "$@"
python3 "$root/benchmarks/jmh_table.py" "$result"
