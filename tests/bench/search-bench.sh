#!/usr/bin/env bash
# Committee's static search index against Pagefind on the same built site (tests/bench/SEARCH-BENCH.md).
# Builds a seeded corpus of N reports with `committee build`, builds again after editing one report, indexes the
# built report pages with Pagefind, then types queries into both search pages in Chromium
# (tests/bench/search-query.mjs) and prints the figures side by side with the search issue's targets.
# Usage: tests/bench/search-bench.sh [N=10000]
#   RUNS=3 (tries per query; latency is their median), QUERIES="school places|fly tipping|budget|council",
#   KEEP=1 (keep the work folder and print where it is).
# Needs node + npm, the .NET SDK, /usr/bin/time and /usr/bin/chromium; installs tests/bench/package.json's
# packages (pagefind, playwright-core) with `npm ci` the first time.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
runs=${RUNS:-3}
queries=${QUERIES:-school places|fly tipping|budget|council}
work=$(mktemp -d)
if [[ -n ${KEEP:-} ]]; then trap 'echo "work folder kept: $work"' EXIT; else trap 'rm -rf "$work"' EXIT; fi

[[ -d tests/bench/node_modules/playwright-core ]] || npm ci --prefix tests/bench --no-audit --no-fund >/dev/null
pagefind=$(ls tests/bench/node_modules/@pagefind/*/bin/pagefind* 2>/dev/null | grep -v '\.sha256$' | head -1 || true)
[[ -n $pagefind ]] || pagefind=tests/bench/node_modules/.bin/pagefind
pagefind_version=$("$pagefind" --version | grep -oE '[0-9]+\.[0-9]+\.[0-9]+')

node tests/bench/make-corpus.mjs "$n" "$work/corpus" >/dev/null
# Committee as it ships, compiled ahead of time, as in bench.sh.
dotnet publish generator -c Release -r linux-x64 -p:PublishAot=true -o "$work/tool" -v quiet -nologo >/dev/null
committee=("$work/tool/committee")
site="$work/site"
build=("${committee[@]}" build --timings --content "$work/corpus/content" --site "$work/corpus/site-src" --output "$site")

# One timed run, its output in $work/$1.out; prints "wall_ms peak_rss_kb".
measure() {
  local name=$1; shift
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out" 2>&1 || { echo "failed: $*" >&2; tail -20 "$work/$name.out" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = int(s * 1000 + 0.5) }
              /Maximum resident set size/ { rss = $2 } END { print wall, rss }' "$work/$name.time"
}
# A stage's figure from `committee build`'s per-stage lines ("  Index for search: 640 ms", perhaps with "… MB"):
# the first stage whose name matches the pattern; prints "ms MB" with n/a for what is not there.
stage() {
  local line
  line=$(grep -iE "^  [^:]*($2)[^:]*: [0-9][0-9,]* ms" "$work/$1.out" | head -1 || true)
  [[ -n $line ]] || { echo "n/a n/a"; return; }
  local ms mb
  ms=$(sed -E 's/^[^:]*: ([0-9][0-9,]*) ms.*/\1/' <<<"$line" | tr -d ,)
  mb=$(sed -E 's/^[^:]*: [0-9][0-9,]* ms//' <<<"$line" | grep -oE '[0-9][0-9,.]* ?MB' | head -1 | grep -oE '[0-9][0-9,.]*' | tr -d , || true)
  echo "$ms ${mb:-n/a}"
}
# Bytes and files under a folder: "all_bytes all_files data_bytes data_files" (data = not .js, .css or wasm.*).
sizes() {
  find "$1" -type f ! -path "$1/index.html" -printf '%s %p\n' |
    awk '{ all += $1; files++ } !/\.(js|css)$|\/wasm\.[^\/]*$/ { data += $1; dfiles++ } END { print all + 0, files + 0, data + 0, dfiles + 0 }'
}

# 1. A full build into a new folder.
read -r build_ms build_kb < <(measure build "${build[@]}")
read -r index_ms index_mb < <(stage build 'index for search|search index')
read -r extract_ms _ < <(stage build 'search text')
read -r write_ms _ < <(stage build 'write site')
read -r c_bytes c_files _ _ < <(sizes "$site/search")

# 2. The build after editing one report's summary: a full build again, replacing the first build's site.
edited=$(find "$work/corpus/content/reports" -name '*-000100-*.md' -o -name '*-000000-*.md' | sort | tail -1)
sed -i 's/^summary: "/summary: "Edited for the search benchmark. /' "$edited"
read -r rebuild_ms _ < <(measure rebuild "${build[@]}")
read -r reindex_ms _ < <(stage rebuild 'index for search|search index')
rebuild_written=$(grep -oE 'wrote [0-9]+ files' "$work/rebuild.out" || echo "n/a")

# 3. Pagefind on the built report pages (boards/<board>/<date>/<slug>/index.html), each page's <main> only, as
# the report page shows it (title, details, contents list, text); an exempt report's notice is left out, as
# committee leaves exempt reports out. The site has no data-pagefind-body, so --root-selector does that job.
pagefind_args=(--site "$site" --glob 'boards/*/*/*/index.html' --root-selector main --exclude-selectors '.report--exempt')
read -r pf_ms pf_kb < <(measure pagefind "$pagefind" "${pagefind_args[@]}")
pf_pages=$(grep -oE 'Indexed [0-9]+ pages' "$work/pagefind.out" | grep -oE '[0-9]+' || echo "?")
read -r pf_bytes pf_files pf_data_bytes pf_data_files < <(sizes "$site/pagefind")

# 4. Both search pages in Chromium.
node tests/bench/search-query.mjs "$site" --runs "$runs" --queries "$queries" --json "$work/queries.json" >"$work/queries.txt"

# 5. The table.
pct() { [[ $1 == n/a ]] && echo "n/a" || awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", 100 * a / b }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%d", k / 1024 }'; }
kb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1024 }'; }
unit() { [[ $1 == n/a ]] && echo "n/a" || echo "$1 $2"; }
row() { printf '%-46s %-28s %-28s %s\n' "$@"; }
committee_pages=$(grep -oE 'Built [0-9]+ report pages \([0-9]+ exempt' "$work/build.out" | grep -oE '[0-9]+' | paste -sd' ' | awk '{ print $1 - $2 }')
echo "corpus: $n reports (tests/bench/make-corpus.mjs, seed 7); $(nproc) cores; committee $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- generator site-src || echo ' with uncommitted edits'); Pagefind $pagefind_version"
row "" "committee" "Pagefind" "target (committee)"
row "full committee build: wall, peak RSS" "$build_ms ms, $(mb "$build_kb") MB" "" ""
row "index time" "$(unit "$index_ms" "ms (search stage)")" "$pf_ms ms (whole run)" "≤ 10% of the build"
row "  as a share of the full build's wall" "$(pct "$index_ms" "$build_ms")" "$(pct "$pf_ms" "$build_ms")" "≤ 10.0%"
row "  committee: Extract search text; Write site" "$(unit "$extract_ms" ms); $(unit "$write_ms" ms)" "" ""
row "index memory" "$(unit "$index_mb" "MB extra (stage)")" "$(mb "$pf_kb") MB peak RSS" "< 200 MB extra"
row "re-index after editing one report" "$(unit "$reindex_ms" "ms (search stage)")" "$pf_ms ms (a full run)" "well under 1000 ms"
row "  committee rebuild: wall, files written" "$rebuild_ms ms, $rebuild_written" "" ""
row "pages in the index" "$committee_pages" "$pf_pages" ""
row "index size on disk (data; with code)" "$(kb "$c_bytes") KB" "$(kb "$pf_data_bytes") KB; $(kb "$pf_bytes") KB" ""
row "index files (data; with code)" "$c_files" "$pf_data_files; $pf_files" ""
echo "index memory: the search stage's own figure when committee build prints one; Pagefind's is its process's peak RSS."
echo "re-index: committee's search stage on the build after one edit (a full index, as every build makes); Pagefind's re-run is a full run too."
echo
cat "$work/queries.txt"
