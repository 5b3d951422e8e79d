#!/usr/bin/env bash
# The preview's rebuild after one save: `committee serve` on the generated corpus (tests/bench/make-corpus.mjs, seeded),
# then R times: edit one paper's summary (a different paper each time) and time from the save until the preview serves
# the new build (its /__committee/version moves on). The time includes the
# watcher's wait for the files to be quiet (200 ms), as an author's save does. Also prints the server's peak resident set.
#
# Usage: [OLD=/path/to/old/worktree] [FULL=1] tests/bench/serve-bench.sh [N=10000] [R=5]
#   OLD   also measures the code in that folder (a worktree of an earlier commit; copied, never written to).
#   FULL  also measures this code with --full-rebuilds (no memo: every save rebuilds everything).
# Needs node, curl, the .NET SDK and /usr/bin/time. Both tools are compiled with `dotnet build -c Release` (JIT).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
runs=${2:-5}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && pkill -KILL -P "$pid" 2>/dev/null; rm -rf "$work"' EXIT
[ -d site-src/node_modules ] || (cd site-src && npm ci --no-audit --no-fund >/dev/null)
node tests/bench/make-corpus.mjs "$n" "$work/corpus" >/dev/null 2>&1

dotnet build generator -c Release -o "$work/new-tool" -v quiet -nologo >/dev/null
versions=("new:")
[ "${FULL:-}" = 1 ] && versions+=("new:--full-rebuilds")
if [ -n "${OLD:-}" ]; then
  mkdir -p "$work/old-src"
  tar -C "$OLD" --exclude=bin --exclude=obj --exclude=node_modules -cf - generator Directory.Build.props site-src/templates site-src/assets 2>/dev/null | tar -C "$work/old-src" -xf -
  dotnet build "$work/old-src/generator" -c Release -o "$work/old-tool" -v quiet -nologo >/dev/null
  # The old code renders with its own templates and assets (strict templates name only the values their code gives).
  cp -R "$work/corpus/site-src" "$work/old-site-src"
  rm -rf "$work/old-site-src/templates" "$work/old-site-src/assets"
  cp -R "$work/old-src/site-src/templates" "$work/old-src/site-src/assets" "$work/old-site-src/"
  versions=("old:" "${versions[@]}")
fi

port=4300
now_ms() { date +%s%3N; }
version() { curl -s "http://localhost:$port/__committee/version" || echo 0; }
for entry in "${versions[@]}"; do
  v=${entry%%:*}; flags=${entry#*:}
  wd="$work/wd-$v${flags:+-full}"; mkdir -p "$wd"
  (cd "$wd" && exec /usr/bin/time -v -o "$wd/time" dotnet "$work/$v-tool/committee.dll" serve --content "$work/corpus/content" \
    --site "$([ "$v" = old ] && echo "$work/old-site-src" || echo "$work/corpus/site-src")" --port $port $flags >"$wd/out" 2>&1) &
  pid=$!
  start=$(now_ms)
  until [ "$(version)" = 1 ]; do sleep 0.2; kill -0 $pid 2>/dev/null || { tail "$wd/out"; exit 1; }; done
  echo "$v${flags:+ $flags}: first build served after $(( $(now_ms) - start )) ms ($(grep -c 'error' "$wd/out" || true) lines of errors in its output)"
  times=()
  for run in $(seq "$runs"); do
    file=$(find "$work/corpus/content/reports" -name "*-$(printf '%06d' $((run * 37)))-*.md" | head -1)
    before=$(version)
    stamp="Edited for the benchmark, run $run of $v."
    sed -i "0,/^summary: .*/s//summary: \"$stamp\"/" "$file"
    t0=$(now_ms)
    until [ "$(version)" != "$before" ]; do sleep 0.02; done
    t1=$(now_ms)
    times+=($((t1 - t0)))
    sleep 1
  done
  # SIGTERM to the server (a background job ignores SIGINT), which stops as on Ctrl+C; time then reports its peak.
  pkill -TERM -P $pid; wait $pid 2>/dev/null || true; pid=
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$wd/time")
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$v${flags:+ $flags}: one-edit rebuild median $median ms (runs: $sorted); peak RSS $rss MB"
done
