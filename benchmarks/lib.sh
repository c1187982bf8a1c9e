# Shared by run.sh, report.sh and compare.sh (sourced, not run).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"

# Builds the shaded jar when it is missing or older than any source it contains.
build_jar() {
  if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/engine/src" "$ROOT/benchmarks/src" \
      "$ROOT/fixtures/src" "$ROOT/vector/src" -newer "$JAR" -name '*.java' -print -quit)" ]; then
    echo "bench: building benchmarks.jar..." >&2
    (cd "$ROOT" && mvn -B -q -ntp -Dstyle.color=never -DskipTests package -pl benchmarks -am >&2)
  fi
}

# The newest JDK under /usr/lib/jvm (or $CHEM_JAVA, else java on the PATH).
newest_java() {
  local best="" bestv=0 d v
  for d in /usr/lib/jvm/*/; do
    [ -x "$d/bin/java" ] && [ -f "$d/release" ] || continue
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release")
    if [ -n "$v" ] && [ "$v" -gt "$bestv" ]; then bestv=$v; best="$d/bin/java"; fi
  done
  echo "${CHEM_JAVA:-${best:-java}}"
}

# A short name for this machine: cpu model, cores, memory (e.g. amd-epyc-2c-24g).
machine_slug() {
  local cpu
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | tr 'A-Z' 'a-z' \
    | sed 's/([^)]*)//g; s/ cpu.*//; s/processor//; s/[^a-z0-9]\+/-/g; s/^-//; s/-$//')
  echo "${cpu:-cpu}-$(nproc)c-$(free -g | awk '/Mem:/{print $2}')g"
}

# The machine sidecar: CPU, cores, memory, OS, JDK, JVM flags, git sha, load, command.
machine_info() { # JAVA COMMAND...
  local java="$1"; shift
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo '+dirty')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "cpu flags: $(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -E '^(avx2|avx512f|fma|sse4_2)$' | tr '\n' ' ')"
  echo "cores: $(nproc)"
  echo "memory: $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "os: $(uname -sr)"
  echo "jdk: $("$java" -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "jvm flags: per suite in SUMMARY.md (JMH forks add each suite's @Fork jvmArgsAppend)"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "command: $*"
}
