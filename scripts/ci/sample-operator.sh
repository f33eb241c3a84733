#!/usr/bin/env bash
# The operator kit as someone outside this repository uses it (run by .ci/run): install BiBench-J's
# artifacts, build and test samples/external-operator against them (its tests extend the kit's
# OperatorContract), then run its operator through the command line on the smoke suite.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
start=$SECONDS
mvn -B -q install -DskipTests
mvn -B -q -f samples/external-operator/pom.xml verify
out=target/sample-operator-run
rm -rf "$out"
scripts/bibench run --suite smoke --operators bnn,bnnplus --plugins samples/external-operator/target \
  --out "$out" --cache-dir off
rows=$(grep -c ',bnnplus,' "$out"/latest/results.csv || true)
if [ "$rows" -lt 1 ]; then
  echo "sample operator: no bnnplus rows in $out/latest/results.csv" >&2
  exit 1
fi
echo "sample operator: $rows bnnplus rows; built, tested and run in $((SECONDS - start)) s"
