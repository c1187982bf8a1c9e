#!/usr/bin/env bash
# Builds and runs the library example as a consumer would: a separate Maven project, outside
# this repository, that depends on the installed coordinates dev.llmchem:llmchem-engine only.
# Prints the engine's runtime class path (jar count and MiB) and the program's output.
# Usage: examples/consumer.sh [--no-install]   (default: `mvn install -DskipTests` first)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)"
if [ "${1:-}" != "--no-install" ]; then
  echo "consumer: installing the engine's artifacts into the local Maven repository" >&2
  (cd "$ROOT" && mvn -B -ntp -q install -DskipTests)
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src/main/java/dev/llmchem/examples"
cp "$ROOT/examples/src/main/java/dev/llmchem/examples/EmbedEngine.java" \
  "$WORK/src/main/java/dev/llmchem/examples/"
cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>router</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.0</version>
      </plugin>
    </plugins>
  </build>
  <dependencies>
    <dependency>
      <groupId>dev.llmchem</groupId>
      <artifactId>llmchem-engine</artifactId>
      <version>$VERSION</version>
    </dependency>
  </dependencies>
</project>
POM
(cd "$WORK" && mvn -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile=cp.txt \
  -Dmdep.includeScope=runtime)
CP="$(cat "$WORK/cp.txt")"
n=0; bytes=0
IFS=: read -ra jars <<< "$CP"
for j in "${jars[@]}"; do
  n=$((n + 1)); bytes=$((bytes + $(stat -c %s "$j")))
  echo "consumer: runtime jar $(basename "$j") ($(( $(stat -c %s "$j") / 1024 )) KiB)" >&2
done
echo "consumer: runtime class path: $n jars, $(awk "BEGIN{printf \"%.1f\", $bytes/1048576}") MiB" >&2
(cd "$ROOT" && java -cp "$WORK/target/classes:$CP" dev.llmchem.examples.EmbedEngine \
  fixtures/reference/runs2.csv)
