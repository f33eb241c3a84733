#!/usr/bin/env bash
# Runs the containers of deploy/kubernetes/bibench-indexed-job.yaml on this machine, as the pods
# would run them, without a cluster: the shard script once per index with JOB_COMPLETION_INDEX
# set, then the merge script, on the smoke suite split in 2, and checks the merged rows against
# an unsharded smoke run (every non-timing row identical, every cell once).
#
#   deploy/kubernetes/test-local.sh [reference-results.csv]
#
# The scripts are read from the YAML file itself (the ConfigMap bibench-scripts), so what is tested
# is what the pods run. Paths a pod has as mounts are given by the variables the scripts read:
# BIBENCH_HOME (the image's /opt/bibench) is this checkout, BIBENCH_RESULTS (the shared volume)
# is target/k8s-test/results. Without a reference results.csv it makes one (one more smoke run).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
yaml="$root/deploy/kubernetes/bibench-indexed-job.yaml"
work="$root/target/k8s-test"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

fail() {
  echo "FAIL: $1" >&2
  exit 1
}

# The block scalar "  <key>: |" of the YAML file, with its indentation removed.
block() {
  awk -v key="$1" '
    !inside && $0 ~ "^ *" key ": [|]$" { inside = 1; match($0, /^ */); base = RLENGTH; next }
    inside && /^ *$/ { print ""; next }
    inside { match($0, /^ */); if (RLENGTH <= base) exit; print substr($0, base + 3) }
  ' "$yaml"
}

rm -rf "$work"
mkdir -p "$work"
block shard.sh >"$work/shard.sh"
block merge.sh >"$work/merge.sh"
grep -q 'JOB_COMPLETION_INDEX' "$work/shard.sh" || fail "no shard.sh script found in $yaml"
grep -q ' merge ' "$work/merge.sh" || fail "no merge.sh script found in $yaml"

# The shipped file must agree with itself: n in the ConfigMap = completions = parallelism.
count=$(sed -n 's/^ *BIBENCH_SHARD_COUNT: "\([0-9]*\)".*/\1/p' "$yaml")
completions=$(sed -n 's/^ *completions: \([0-9]*\).*/\1/p' "$yaml")
parallelism=$(sed -n 's/^ *parallelism: \([0-9]*\).*/\1/p' "$yaml")
[ "$count" = "$completions" ] && [ "$count" = "$parallelism" ] \
  || fail "$yaml: BIBENCH_SHARD_COUNT $count, completions $completions and parallelism $parallelism differ"
echo "$yaml: Indexed Job of $completions completions, BIBENCH_SHARD_COUNT $count"

export BIBENCH_HOME="$root" BIBENCH_RESULTS="$work/results" BIBENCH_SUITE=smoke BIBENCH_SHARD_COUNT=2
export BIBENCH_THREADS=1 BIBENCH_POLL_SECONDS=1 BIBENCH_BASELINE=""
# No cross-run FP32 cache: every run (reference and shards) trains its own models, so equal rows
# show that a shard reproduces the unsharded run, not that both read one cached model.
export BIBENCH_CACHE=off
for index in 0 1; do
  echo "== pod JOB_COMPLETION_INDEX=$index"
  JOB_COMPLETION_INDEX=$index bash "$work/shard.sh" >"$work/shard-$index.log" 2>&1 \
    || { tail -n 20 "$work/shard-$index.log"; fail "shard script of index $index failed"; }
  grep -m1 '^BiBench-J run' "$work/shard-$index.log"
done
echo "== merge pod"
bash "$work/merge.sh" 2>&1 | grep -v '^WARNING' | tee "$work/merge.log"

reference="${1:-}"
if [ -z "$reference" ]; then
  echo "== unsharded smoke run (the reference)"
  "$root/scripts/bibench" run --suite smoke --out "$work/whole" --warn-only >"$work/whole.log" 2>&1
  reference="$work/whole/latest/results.csv"
fi
"$JAVA_HOME/bin/java" "$root/scripts/ci/RowsEqual.java" "$work/results/merged/results.csv" "$reference"
