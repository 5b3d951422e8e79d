#!/usr/bin/env bash
# Committee (and, if installed, Hugo) on the same generated corpus (tests/bench/make-corpus.mjs, seeded). For a corpus
# of N reports, R runs of each of:
#   validate     a cold `committee validate` of the whole corpus;
#   build        a full `committee build` into a new output folder;
#   edit+build   edit one paper (its summary), then `committee build` again into the same output folder: with this
#                checkout's code a full build like the one before it (there is no cache).
# Prints the median wall time and the median peak resident set (RSS, from /usr/bin/time -v) of each, every run's
# wall time, the corpus's distinct words and the size of the search index on disk.
#
# Usage: [OLD=/path/to/old/worktree] [MODE=jit|aot] [SKIP_HUGO=1] tests/bench/bench.sh [N=10000] [R=3]
#   OLD   also measures the code in that folder (a worktree of an earlier commit, or `git archive` of one: its generator/
#         and site-src/templates and assets, which the old code renders with; it is copied, never written to), in the
#         same run: old and new alternate (old first in odd runs, new first in even ones) so that the machine's noise
#         hits both. Code with the old on-disk caches (.committee/ under the working folder) is also measured for its
#         cached rebuild: its full build and its edit+build run in one working folder, so the second finds the
#         first's cache. Each full build and each validate runs in a new, empty working folder, so starts cold.
#   MODE  jit (the default): `dotnet build -c Release`, run with `dotnet committee.dll`, for both.
#         aot: `dotnet publish -p:PublishAot=true` for both (slow to compile; the tool as it ships).
#   Hugo is measured (a full build of the same corpus with minimal templates, OUT_DIR/hugo) when `hugo` is on the PATH.
# Needs node, the .NET SDK and /usr/bin/time. Every run starts after `sync`, and nothing is deleted until the end:
# deleting a run's 28,000 files on this machine's disk stalled the next run's writes by seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
runs=${2:-3}
mode=${MODE:-jit}
old=${OLD:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
hugo_on=0
if [ "${SKIP_HUGO:-}" != 1 ] && command -v hugo >/dev/null; then hugo_on=1; fi

# The front-end packages, once, before any timed run (a build runs `npm ci` in site-src when they are missing).
[ -d site-src/node_modules ] || (cd site-src && npm ci --no-audit --no-fund >/dev/null)
node tests/bench/make-corpus.mjs "$n" "$work/corpus" $([ $hugo_on = 1 ] && echo --hugo) >/dev/null 2>"$work/corpus.err"
distinct_words=$(grep -oE '^[0-9]+ distinct words' "$work/corpus.err" | grep -oE '^[0-9]+')
corpus_words=$(cat "$work"/corpus/content/reports/*/*.md | wc -w)
edited=$(find "$work/corpus/content/reports" -name '*-000100-*.md' | head -1)

# compile SOURCE_DIR NAME: builds SOURCE_DIR/generator into $work/NAME; prints the command that runs it.
compile() {
  local src=$1 name=$2
  case "$mode" in
  aot)
    dotnet publish "$src/generator" -c Release -r linux-x64 -p:PublishAot=true -o "$work/$name" -v quiet -nologo >/dev/null
    echo "$work/$name/committee";;
  *)
    dotnet build "$src/generator" -c Release -o "$work/$name" -v quiet -nologo >/dev/null
    echo "dotnet $work/$name/committee.dll";;
  esac
}
versions=(new)
declare -A tool
tool[new]=$(compile "$PWD" new-tool)
if [ -n "$old" ]; then
  # A copy of the old code's sources, so that its worktree is only read.
  mkdir -p "$work/old-src"
  tar -C "$old" --exclude=bin --exclude=obj --exclude=node_modules -cf - generator Directory.Build.props site-src/templates site-src/assets | tar -C "$work/old-src" -xf -
  tool[old]=$(compile "$work/old-src" old-tool)
  versions=(old new)
  # The old code renders with its own templates and assets (strict templates name only the values their code gives):
  # the corpus's site settings, with the old templates and assets.
  cp -R "$work/corpus/site-src" "$work/old-site-src"
  rm -rf "$work/old-site-src/templates" "$work/old-site-src/assets"
  cp -R "$work/old-src/site-src/templates" "$work/old-src/site-src/assets" "$work/old-site-src/"
fi
# c VERSION: the content and site options that version runs with.
c() { echo --content "$work/corpus/content" --site "$([ "$1" = old ] && echo "$work/old-site-src" || echo "$work/corpus/site-src")"; }

# One timed run of a command: appends "LABEL wall_ms peak_rss_kb" to $work/runs; the output goes to $work/LABEL.out.
measure() {
  local label=$1; shift
  sync
  /usr/bin/time -v -o "$work/time" "$@" >"$work/$label.out" 2>&1 || { echo "failed: $*" >&2; tail -5 "$work/$label.out" >&2; }
  awk -v label="$label" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = int(s * 1000 + 0.5) }
    /Maximum resident set size/ { rss = $2 } END { print label, wall, rss }' "$work/time" >>"$work/runs"
}
# at VERSION FOLDER: the command line of that version's committee, run in that working folder (made here).
at() { mkdir -p "$2"; echo "env -C $2 ${tool[$1]}"; }

for run in $(seq "$runs"); do
  # Old first in odd runs, new first in even ones.
  order=("${versions[@]}")
  if [ $((run % 2)) = 0 ] && [ ${#versions[@]} = 2 ]; then order=(new old); fi
  for v in "${order[@]}"; do measure "$v-validate" $(at "$v" "$work/$v-wd-$run-validate") validate $(c "$v"); done
  for v in "${order[@]}"; do measure "$v-build" $(at "$v" "$work/$v-wd-$run") build $(c "$v") --output "$work/$v-site-$run"; done
  # One edit, then each version builds again where its full build ran (the old code finds its cache there).
  sed -i "s/^summary: \"/summary: \"Edited in run $run. /" "$edited"
  for v in "${order[@]}"; do measure "$v-edit" $(at "$v" "$work/$v-wd-$run") build $(c "$v") --output "$work/$v-site-$run"; done
  if [ $hugo_on = 1 ]; then measure hugo-build hugo --quiet -s "$work/corpus/hugo" -d "$work/hugo-site-$run"; fi
done

median() { sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print 0}'; }
figure() { grep "^$1 " "$work/runs" | cut -d' ' -f"$2" | median; }
all() { grep "^$1 " "$work/runs" | cut -d' ' -f2 | tr '\n' ' '; }
mb() { echo $(( ($1 + 512) / 1024 )); }
echo "corpus: $n reports (make-corpus.mjs, seed 7): $corpus_words words, $distinct_words distinct; $(nproc) cores; MODE=$mode"
echo "medians of $runs runs$([ -n "$old" ] && echo ", old and new alternating")"
printf '%-52s %9s %12s   %s\n' "" "wall ms" "peak RSS MB" "each run's wall ms"
for v in "${versions[@]}"; do
  name=$([ "$v" = old ] && echo "old ($(git -C "$old" rev-parse --short HEAD))" || echo "new ($(git rev-parse --short HEAD))")
  printf '%-52s %9d %12d   %s\n' "$name validate, cold" "$(figure "$v-validate" 2)" "$(mb "$(figure "$v-validate" 3)")" "$(all "$v-validate")"
  printf '%-52s %9d %12d   %s\n' "$name build, full" "$(figure "$v-build" 2)" "$(mb "$(figure "$v-build" 3)")" "$(all "$v-build")"
  what=$([ -d "$work/$v-wd-1/.committee" ] && echo "edit one paper, build (cached rebuild)" || echo "edit one paper, build (a full build)")
  printf '%-52s %9d %12d   %s\n' "$name $what" "$(figure "$v-edit" 2)" "$(mb "$(figure "$v-edit" 3)")" "$(all "$v-edit")"
  echo "  $(grep -hoE '(Built|Checked) .*' "$work/$v-edit.out" | tail -1)"
done
if [ $hugo_on = 1 ]; then
  printf '%-52s %9d %12d   %s\n' "hugo $(hugo version | grep -oE 'v[0-9.]+' | head -1) build, full" "$(figure hugo-build 2)" "$(mb "$(figure hugo-build 3)")" "$(all hugo-build)"
  awk -v a="$(figure new-build 2)" -v b="$(figure hugo-build 2)" -v ra="$(figure new-build 3)" -v rb="$(figure hugo-build 3)" \
    'BEGIN { printf "new build / hugo: wall %.2f (target <= 0.50), peak RSS %.2f (target < 1)\n", a / b, ra / rb }'
else
  echo "hugo: not measured ($([ "${SKIP_HUGO:-}" = 1 ] && echo SKIP_HUGO=1 || echo 'not installed'))"
fi
for v in "${versions[@]}"; do
  site="$work/$v-site-$runs"
  size() { echo "$(du -sk "$1" | awk '{printf "%.1f MB", $1 / 1024}') on disk ($(du -sb "$1" | awk '{printf "%.1f MB", $1 / 1048576}') of data) in $(find "$1" -type f | wc -l) files"; }
  echo "$v search index: $(size "$site/search"); whole site: $(size "$site")"
done
