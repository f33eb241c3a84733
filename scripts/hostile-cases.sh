#!/usr/bin/env bash
# Runs every hostile input of issue 15 through the real command line (scripts/bibench, one JVM
# each) and prints the closing table: input, exit code, first line of the message, stack trace,
# data lost. Usage: scripts/hostile-cases.sh [OUT_DIR] [--fast]
#   OUT_DIR  where the cases and their run folders go (default target/hostile-cases)
#   --fast   skip the good optdigits task that otherwise runs first in every data case (it shows
#            that cells finished before the hostile file are kept; data cases run with --workers 1
#            so that they finish first; the harness tests run them on the default workers too)
# HOSTILE_ONLY=REGEX runs only the cases whose id matches. The read-only and full-disk cases
# mount a small tmpfs (root only); where that is impossible their row says "unsupported".
# Needs the jars (mvn -B -DskipTests package, built when missing). Never run with -Pbench.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/target/hostile-cases"
fast=no
for a in "$@"; do
  if [ "$a" = "--fast" ]; then fast=yes; else out="$a"; fi
done
bibench="$root/scripts/bibench"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ ! -d "$root/harness/target/test-classes/bibench/harness/hostile/data" ] || [ ! -d "$root/harness/target/lib" ]; then
  (cd "$root" && mvn -q -B -DskipTests package) >&2
fi
rm -rf "$out" && mkdir -p "$out"
"$java" -cp "$root/harness/target/test-classes:$root/harness/target/classes:$root/harness/target/lib/*" \
  bibench.harness.hostile.data.WriteHostileCases "$out" >&2 || exit 3

table="$out/table.md"
printf '| case | kind | origin | input | exit | first line of the message | stack trace | data lost |\n' > "$table"
printf '|:--|:--|:--|:--|--:|:--|:--|:--|\n' >> "$table"

selected() { [ -z "${HOSTILE_ONLY:-}" ] || [[ "$1" =~ $HOSTILE_ONLY ]]; }

# One row: id kind origin input results-folder, then the command (run in $out/$id).
row() {
  local id="$1" kind="$2" origin="$3" input="$4" results="$5"; shift 5
  local dir="$out/$id"
  mkdir -p "$dir"
  (cd "$dir" && timeout 900 "$@" >"$dir/stdout.txt" 2>"$dir/stderr.txt")
  local code=$?
  # The JVM's and PyTorch's own warnings come first on stderr; the message is the error line.
  local first
  first="$(grep -m 1 -E '^(error|internal error|Exception)' "$dir/stderr.txt" \
    || grep -v -m 1 -E '^(WARNING: |\[W)' "$dir/stderr.txt")"
  first="${FIRST:-$first}"
  first="$(printf '%s' "$first" | sed -e "s#$out/##g" -e 's/|/\\|/g')"
  local trace=none
  if grep -qE $'^\tat |Exception in thread|internal error' "$dir/stderr.txt"; then trace=YES; fi
  local lost="${LOST:-$(data_lost "$dir" "$results")}"
  input="${input//|/\\|}"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$id" "$kind" "$origin" "$input" "$code" \
    "${first:0:420}" "$trace" "$lost" >> "$table"
  printf '%-28s exit %s  %s\n' "$id" "$code" "${first:0:150}" >&2
}

# "none" when every cell printed as finished is in results.csv and no .tmp file is left.
data_lost() {
  local dir="$1" results_dir="$2" tmp finished kept=0 results
  tmp="$(find "$results_dir" -name '*.tmp' 2>/dev/null | wc -l)"
  finished="$(grep -cE '^\[[0-9]+/[0-9]+\] ' "$dir/stdout.txt")"
  results="$(find "$results_dir" -name results.csv 2>/dev/null | head -n 1)"
  if [ -n "$results" ]; then kept="$(awk -F, '$8 == "score"' "$results" | wc -l)"; fi
  if [ "$tmp" != 0 ]; then echo "YES: $tmp .tmp file(s) left"; return; fi
  if [ "$finished" -gt "$kept" ]; then echo "YES: $finished cells finished, $kept scores in results.csv"; return; fi
  if [ "$finished" = 0 ]; then echo "none (stopped before any cell finished; no .tmp left)"; return; fi
  echo "none ($finished finished cells kept in results.csv; no .tmp left)"
}

# --- Data files (issue 15, items 4, 5, 8 and the eight cases that held) -----------------------
suite=suite-good-first.json
[ "$fast" = yes ] && suite=suite.json
while IFS=$'\t' read -r id kind origin task input file expected; do
  selected "$id" || continue
  row "$id" "$kind" "$origin" "$input" "$out/$id/out" "$bibench" run --suite "$out/$id/$suite" \
    --data-dir "$out/$id/data" --out "$out/$id/out" --workers 1
done < <(tail -n +2 "$out/cases.tsv")

# --- Output folders (issue 15, item 6) ----------------------------------------------------------
o="$out/_output"
mkdir -p "$o"
tiny() {
  printf '{"name": "out-test", "operators": ["bnn"], "tracks": {"learning_task": {"defaults": {"fp32": {"optimizer": "adam", "lr": 0.002, "epochs": 1, "batch_size": 32}, "binary": {"optimizer": "adam", "lr": 0.002, "epochs": 1, "batch_size": 32}}, "tasks": [{"task": "optdigits", "arch": "mlp", "width": %s, "max_train": 100, "max_test": 50}]}}}\n' "$1"
}
tiny 16 > "$o/suite.json"
tiny 1024 > "$o/big.json"
echo "my notes" > "$o/notes.txt"
ln -sfn "$o/loop-b" "$o/loop-a"; ln -sfn "$o/loop-a" "$o/loop-b"

selected out-file && row out-file output issue "--out naming a file" "$o" "$bibench" run --suite "$o/suite.json" --out "$o/notes.txt"
selected out-dev-null && row out-dev-null output issue "--out /dev/null" "$o" "$bibench" run --suite "$o/suite.json" --out /dev/null
selected out-long-name && row out-long-name output issue "--out with a 300-character name" "$o" \
  "$bibench" run --suite "$o/suite.json" --out "$o/$(printf 'r%.0s' $(seq 300))"
selected out-non-ascii && row out-non-ascii output issue "--out .../résultats under LC_ALL=C" "$o" \
  env LC_ALL=C LANG=C "$bibench" run --suite "$o/suite.json" --out "$o/résultats"
selected out-under-file && row out-under-file output new "--out notes.txt/sub (a file as a folder)" "$o" \
  "$bibench" run --suite "$o/suite.json" --out "$o/notes.txt/sub"
selected out-proc && row out-proc output new "--out /proc/bibench-out" "$o" "$bibench" run --suite "$o/suite.json" --out /proc/bibench-out
selected out-cache-file && row out-cache-file output new "--cache-dir naming a file" "$o" \
  "$bibench" run --suite "$o/suite.json" --out "$o/cache-run" --cache-dir "$o/notes.txt"
selected out-symlink-loop && row out-symlink-loop output new "--out through a symbolic-link loop" "$o" \
  "$bibench" run --suite "$o/suite.json" --out "$o/loop-a/out"

mounted() { mkdir -p "$1" && mount -t tmpfs -o "size=$2" tmpfs "$1" 2>"$out/mount-error.txt"; }
unsupported() {
  printf '| %s | output | %s | %s | - | unsupported here: %s | - | - |\n' "$1" "$2" "$3" \
    "$(head -c 200 "$out/mount-error.txt" | tr '\n' ' ')" >> "$table"
}
if selected out-read-only; then
  m="$o/ro"
  if mounted "$m" 1m; then
    mkdir -p "$m/out" && mount -o remount,ro "$m"
    row out-read-only output issue "--out on a read-only file system" "$m" "$bibench" run --suite "$o/suite.json" --out "$m/out"
    umount "$m"
  else unsupported out-read-only issue "--out on a read-only file system"; fi
fi
if selected out-full-disk; then
  m="$o/full"
  if mounted "$m" 1m; then
    row out-full-disk output issue "--out on a full 1 MB disk (a 4 MB checkpoint)" "$m" \
      env BIBENCH_CACHE=off "$bibench" run --suite "$o/big.json" --out "$m/out"
    mount -o remount,size=64m "$m"
    (cd "$o" && env BIBENCH_CACHE=off "$bibench" run --suite "$o/big.json" --out "$m/out" \
      >"$o/full-rerun.txt" 2>&1)
    rerun=$?
    sed -i '$ s/| none (\([^)]*\)) |$/| none (\1; after freeing space the same command resumed: exit '"$rerun"') |/' "$table"
    umount "$m"
  else unsupported out-full-disk issue "--out on a full disk"; fi
fi
if selected out-no-inodes; then
  m="$o/inodes"
  if mounted "$m" "8m,nr_inodes=4"; then
    row out-no-inodes output new "--out on a file system out of inodes" "$m" "$bibench" run --suite "$o/suite.json" --out "$m/out"
    umount "$m"
  else unsupported out-no-inodes new "--out on a file system out of inodes"; fi
fi

# --- Suite numbers and lists (issue 15, item 7) -------------------------------------------------
while IFS=$'\t' read -r id origin input extra expected; do
  selected "suite-$id" || continue
  [ "$extra" = "-" ] && extra=""
  # shellcheck disable=SC2086
  row "suite-$id" suite "$origin" "$input" "$out/suite-$id/out" "$bibench" run \
    --suite "$out/suite-$id/suite.json" --out "$out/suite-$id/out" --dry-run $extra
done < <(tail -n +2 "$out/suite-cases.tsv")
if selected suite-width-512gb; then
  s="$out/suite-width-512gb"
  (cd "$s" && "$bibench" run --suite "$s/suite.json" --out "$s/dry" --dry-run >"$s/dry.txt" 2>&1)
  dry=$?
  LOST="none (a dry run of it plans: exit $dry)" row suite-width-512gb suite issue \
    "width 400,000 (an MLP needing hundreds of GB)" "$s/out" "$bibench" run --suite "$s/suite.json" --out "$s/out"
fi

# --- Long values and report names (issue 15, item 8) --------------------------------------------
if selected long-operator-id; then
  l="$out/long-operator-id"
  mkdir -p "$l"
  python3 -c "import sys; open(sys.argv[1],'w').write('{\"name\": \"l\", \"operators\": [\"' + 'z'*52000000 + '\"], \"tracks\": {\"complexity\": {}}}')" "$l/suite.json"
  row long-operator-id message issue "a suite naming a 52 MB operator id" "$l/out" "$bibench" run \
    --suite "$l/suite.json" --out "$l/out" --dry-run
fi
if selected report-names; then
  r="$out/report-names"
  mkdir -p "$r/run"
  python3 - "$r/run/results.csv" <<'PY'
import csv, sys
rows = [["run_id", "track", "task", "arch", "operator", "setting", "seed", "metric", "value", "unit",
         "higher_is_better", "n", "stddev"]]
for op in ["fp32", "bnn", "my|op\nsecond line"]:
    for task in ["optdigits", "task|with\npipes"]:
        rows.append(["r", "learning_task", task, "mlp", op, "finetune", "1", "score", "80", "%", "true", "1", ""])
with open(sys.argv[1], "w", newline="") as f:
    csv.writer(f).writerows(rows)
PY
  (cd "$r" && "$bibench" report "$r/run" >/dev/null 2>&1)
  escaped="NOT escaped"
  grep -qF 'my\|op second line' "$r/run/report.md" && escaped="escaped (backslash-pipe; the line break as a space), one row"
  FIRST="report.md: the name is $escaped" \
    row report-names report issue "results.csv whose operator and task names hold '|' and a newline" "$r/run" \
    "$bibench" report "$r/run"
  # every table row must have as many cells as its header (the line before a |---| rule)
  check="$(awk '/^\|/ { line = $0; gsub(/\\\|/, "", line); n = gsub(/\|/, "", line)
      if (prev != "" && $0 ~ /^\|[-:|]+$/) { want = prevn } else if (want && n != want && $0 !~ /^\|[-:|]+$/) { bad++ }
      if ($0 !~ /^\|[-:|]+$/) { rows++ } prev = $0; prevn = n; next } { prev = ""; want = 0 }
      END { printf "%d table lines, %d with another cell count than their header", rows, bad }' "$r/run/report.md")"
  sed -i '$ s/| none (\([^)]*\)) |$/| none (\1); report.md: '"$check"' |/' "$table"
fi

cat "$table"
