#!/usr/bin/env bash
# Runs pygil's JMH benchmarks (AreaBenchmarks: one Python function per area, JIT on and off),
# then times the same functions under python3 and prints the table for README's Performance
# section.
#
#   benchmarks/jmh.sh [--jit=on|--jit=off] [JMH options] [benchmark regex]
#   e.g. benchmarks/jmh.sh fibo        benchmarks/jmh.sh --jit=on -wi 20 'fibo|lists'
#
# Never part of `mvn verify`. The forks run with ./pygil's JVM flags: with the JIT on, the
# optimized runtime (Truffle on the module path, Graal on the upgrade module path, JVMCI on);
# with it off, Truffle's fallback runtime, as `./pygil --jit=off`. JMH cannot vary JVM flags by
# parameter, so each mode is its own JMH run; the benchmark setup checks the runtime it got.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/interpreter/target"
modes="on off"
case "${1:-}" in
  --jit=on) modes="on"; shift ;;
  --jit=off) modes="off"; shift ;;
esac
PYGIL_JAVA_OPTS= "$root/pygil" -c pass # builds pygil if needed and records the JDK it found
(cd "$root" && mvn -B -q -ntp -DskipTests -pl benchmarks -am package)
jhome="$(cat "$target/java-home")"
# the flags of the exec line of ./pygil
flags="--limit-modules=org.graalvm.polyglot,org.graalvm.truffle.runtime,jdk.graal.compiler,jdk.unsupported,jdk.management,java.logging \
--sun-misc-unsafe-memory-access=allow --enable-native-access=org.graalvm.truffle,ALL-UNNAMED \
-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI \
--upgrade-module-path=$(ls "$target"/compiler/compiler-*.jar | head -n1) \
--module-path=$target/truffle --add-modules=org.graalvm.polyglot \
-Dpolyglot.engine.WarnInterpreterOnly=false -Xss16m ${PYGIL_JAVA_OPTS:-}"
results=()
for jit in $modes; do
  fork_flags="$flags"
  if [ "$jit" = off ]; then
    fork_flags="$flags -Dtruffle.UseFallbackRuntime=true"
  fi
  result="$root/benchmarks/target/jmh-jit-$jit.json"
  # shellcheck disable=SC2086 # $flags is a list of options
  "$jhome/bin/java" $flags -cp "$root/benchmarks/target/classes:$root/benchmarks/target/lib/*" \
    org.openjdk.jmh.Main -p jit="$jit" -jvmArgs "$fork_flags" -rf json -rff "$result" "$@"
  results+=("$result")
done
python3 "$root/benchmarks/jmh_table.py" "${results[@]}"
