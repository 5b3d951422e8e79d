#!/usr/bin/env bash
# Measures `committee validate` and `committee build` over a generated corpus (default 1,000 reports).
# Prints the median wall time of 5 runs for one report (start-up) and for the corpus, and the difference.
# Usage: tests/bench/validate-bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000}
corpus=$(mktemp -d)/corpus
one=$(mktemp -d)/one
node tests/bench/make-corpus.mjs "$n" "$corpus" >/dev/null
node tests/bench/make-corpus.mjs 1 "$one" >/dev/null
dotnet build generator -c Release -v quiet -nologo >/dev/null
dll=generator/bin/Release/net10.0/committee.dll

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

for what in validate build; do
  extra=(); [ "$what" = build ] && extra=(--output "$(mktemp -d)/out")
  startup=$(for i in 1 2 3 4 5; do time_ms dotnet "$dll" $what --content "$one/content" --site "$one/site-src" "${extra[@]}"; done | median)
  full=$(for i in 1 2 3 4 5; do time_ms dotnet "$dll" $what --content "$corpus/content" --site "$corpus/site-src" "${extra[@]}"; done | median)
  echo "$what: 1 report ${startup} ms, $n reports ${full} ms, work after start-up $((full - startup)) ms (median of 5)"
done
