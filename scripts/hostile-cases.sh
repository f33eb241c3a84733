#!/usr/bin/env bash
# Runs every hostile input of issue 15 through the real command line (scripts/bibench, one JVM
# each) and prints the closing table: input, exit code, first line of the message, stack trace,
# data lost. Usage: scripts/hostile-cases.sh [OUT_DIR] [--fast]
#   OUT_DIR  where the cases and their run folders go (default target/hostile-cases)
#   --fast   skip the good optdigits task that otherwise runs first in every case (it shows that
#            cells finished before the hostile file are kept; without it "data lost" is only the
#            check that no temporary file is left)
# HOSTILE_ONLY=REGEX runs only the cases whose id matches.
# Needs the jars (mvn -B -DskipTests package). Never run with -Pbench; about 10 s per case.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/target/hostile-cases}"
fast=no
for a in "$@"; do [ "$a" = "--fast" ] && fast=yes; done
[ "$out" = "--fast" ] && out="$root/target/hostile-cases"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ ! -d "$root/tracks/target/test-classes/bibench/data/hostile" ] || [ ! -d "$root/harness/target/lib" ]; then
  (cd "$root" && mvn -q -B -DskipTests package) >&2
fi
rm -rf "$out" && mkdir -p "$out"
"$java" -cp "$root/tracks/target/test-classes:$root/tracks/target/classes:$root/harness/target/lib/*" \
  bibench.data.hostile.WriteHostileCases "$out" >&2 || exit 3

table="$out/table.md"
printf '| case | kind | origin | input | exit | first line of the message | stack trace | data lost |\n' > "$table"
printf '|:--|:--|:--|:--|--:|:--|:--|:--|\n' >> "$table"

# One row: id kind origin input, then the command (run in the case's folder).
row() {
  local id="$1" kind="$2" origin="$3" input="$4"; shift 4
  local dir="$out/$id"
  mkdir -p "$dir"
  (cd "$dir" && timeout 900 "$@" >"$dir/stdout.txt" 2>"$dir/stderr.txt")
  local code=$?
  local first
  # The JVM's and PyTorch's own warnings come first on stderr; the message is the error line.
  first="$(grep -m 1 -E '^(error|internal error|Exception)' "$dir/stderr.txt" \
    || grep -v -m 1 -E '^(WARNING: |\[W)' "$dir/stderr.txt")"
  first="$(printf '%s' "$first" | sed -e "s#$dir/##g" -e 's/|/\\|/g')"
  local trace=none
  if grep -qE $'^\tat |Exception in thread|internal error' "$dir/stderr.txt"; then trace=YES; fi
  local lost
  lost="$(data_lost "$dir")"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$id" "$kind" "$origin" "$input" "$code" \
    "${first:0:400}" "$trace" "$lost" >> "$table"
  printf '%-28s exit %s  %s\n' "$id" "$code" "${first:0:150}" >&2
}

# "none" when every cell printed as finished is in results.csv and no .tmp file is left.
data_lost() {
  local dir="$1" tmp finished kept results
  tmp="$(find "$dir" -name '*.tmp' 2>/dev/null | wc -l)"
  finished="$(grep -cE '^\[[0-9]+/[0-9]+\] ' "$dir/stdout.txt" 2>/dev/null)"
  results="$(find "$dir/out" -name results.csv 2>/dev/null | head -n 1)"
  kept=0
  if [ -n "$results" ]; then
    kept="$(awk -F, '$8 == "score"' "$results" | wc -l)"
  fi
  if [ "$tmp" != 0 ]; then echo "YES: $tmp .tmp file(s) left"; return; fi
  if [ "$finished" -gt "$kept" ]; then echo "YES: $finished cells finished, $kept scores in results.csv"; return; fi
  if [ "$finished" = 0 ]; then echo "none (stopped before any cell finished)"; return; fi
  echo "none ($finished finished cells kept in results.csv)"
}

suite=suite-good-first.json
[ "$fast" = yes ] && suite=suite.json
tail -n +2 "$out/cases.tsv" | while IFS=$'\t' read -r id kind origin task input file expected; do
  if [ -n "${HOSTILE_ONLY:-}" ] && ! [[ "$id" =~ $HOSTILE_ONLY ]]; then continue; fi
  row "$id" "$kind" "$origin" "$input" "$root/scripts/bibench" run --suite "$out/$id/$suite" \
    --data-dir "$out/$id/data" --out "$out/$id/out"
done

cat "$table"
