#!/usr/bin/env bash
# The ahead-of-time compiled tool (the way committee ships: README → Building) must do exactly what `dotnet run` does.
# Native AOT trims code and has no JIT, so reflection (Fluid's page models, YamlDotNet's settings) or runtime code
# generation that the trimmer could not follow would fail here, not in `dotnet test`, which runs the JIT build.
# This runs every command both ways on copies of the demo and compares what they wrote, printed and returned.
# Usage: tests/aot/aot-check.sh [folder of a published AOT tool]   (default: publish one into a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
work=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "work folder: $work"
trap 'kill $(jobs -p) 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

if [ -n "${1:-}" ]; then aot="$(cd "$1" && pwd)/committee"; else
  echo "Publishing the AOT tool (about a minute and a half)..."
  dotnet publish generator -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot-tool" -v quiet -nologo >/dev/null
  aot="$work/aot-tool/committee"
fi
dotnet build generator -c Release -v quiet -nologo >/dev/null
jit=(dotnet "$repo/generator/bin/Release/net10.0/committee.dll")

# Two identical folders, one per tool; the same relative arguments in each.
for side in jit aot; do
  mkdir -p "$work/$side"
  cp -r content "$work/$side/content"
  cp -r site-src "$work/$side/site-src"
done

failures=0
# Timings and memory differ from run to run; everything else must not.
normalise() { sed -E -e 's/[0-9]+ ms, CPU [0-9]+ ms \(system [0-9]+ ms\), \+-?[0-9]+ MB, GC [0-9]+ ms, JIT [0-9]+ ms/T/' -e 's/[0-9]+ ms$/T/' -e 's/in [0-9]+\.[0-9]+ s/in T s/' "$1"; }
# run NAME ARGS...: runs the command in both folders, compares exit codes, stdout and stderr.
run() {
  local name=$1; shift
  (cd "$work/jit" && "${jit[@]}" "$@" >"$work/$name.jit.out" 2>"$work/$name.jit.err"; echo $? >"$work/$name.jit.rc") || true
  (cd "$work/aot" && "$aot" "$@" >"$work/$name.aot.out" 2>"$work/$name.aot.err"; echo $? >"$work/$name.aot.rc") || true
  local what
  for what in rc out err; do
    if ! diff <(normalise "$work/$name.jit.$what") <(normalise "$work/$name.aot.$what") >"$work/diff"; then
      echo "DIFFERENT $name ($what):"; head -20 "$work/diff"; failures=$((failures + 1))
    fi
  done
  echo "same: $name (exit $(cat "$work/$name.aot.rc"))"
}
# same_tree NAME FOLDER: the folder each side wrote must be byte for byte the same.
same_tree() {
  if diff -r "$work/jit/$2" "$work/aot/$2" >"$work/diff"; then echo "same: $1 ($(find "$work/aot/$2" -type f | wc -l) files)"
  else echo "DIFFERENT $1:"; head -20 "$work/diff"; failures=$((failures + 1)); fi
}

run build build
same_tree "site" _site
run build-drafts build --drafts --output drafts
same_tree "site with drafts" drafts
# A build over the first one's site, after an edit: it replaces that site whole.
for side in jit aot; do
  sed -i 's/^summary: "/summary: "Edited. /' "$(find "$work/$side/content/reports" -name '*.md' | sort | head -1)"
done
run rebuild build
same_tree "site after one edit" _site

# Findings in every format, on a copy with mistakes: an unknown board and headings a level too deep.
for side in jit aot; do
  cp -r "$work/$side/content" "$work/$side/broken"
  sed -i '0,/^board:/s/^board:.*/board: nowhere/' "$(find "$work/$side/broken/reports" -name '*.md' | sort | sed -n 1p)"
  sed -i 's/^## /### /' "$(find "$work/$side/broken/reports" -name '*.md' | sort | sed -n 2p)"
  printf -- '---\ntitle: [unclosed\n---\n' >"$work/$side/broken/reports/bad-yaml.md"
done
for format in text json sarif github; do run "validate-$format" validate --content broken --format "$format"; done

run schema schema --out -
board=$(basename "$(ls content/boards/*.yml | head -1)" .yml)
run new new --board "$board" --date 2031-05-06 --title "A new paper"
same_tree "new paper" content

if [ -d ../shared/seeds ]; then
  for side in jit aot; do cp -r ../shared/seeds "$work/$side/seeds"; done
  run import import seeds --out imported
  same_tree "imported papers" imported
fi

# review: a real git repository, one paper changed since the base commit.
for side in jit aot; do
  git -C "$work/$side" init -q && git -C "$work/$side" add content site-src
  git -C "$work/$side" -c user.name=ci -c user.email=ci@example.org commit -qm base
  sed -i 's/^summary: "/summary: "Changed again. /' "$(find "$work/$side/content/reports" -name '*.md' | sort | sed -n 3p)"
done
run review review --base HEAD --output -

# serve: the preview server answers with the same pages (on the same port: the pages name it).
port=$((4900 + RANDOM % 500))
for side in jit aot; do
  if [ $side = jit ]; then tool=("${jit[@]}"); else tool=("$aot"); fi
  (cd "$work/$side" && exec "${tool[@]}" serve --port "$port" >"$work/serve.$side.log" 2>&1) &
  for _ in $(seq 120); do curl -sf "http://localhost:$port/" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -sf "http://localhost:$port/" >"$work/serve-home.$side.html" || echo "no answer from $side serve"
  curl -sf "http://localhost:$port/boards/" >"$work/serve-boards.$side.html" || echo "no answer from $side serve"
  kill %% 2>/dev/null || true; wait 2>/dev/null || true
done
for page in serve-home serve-boards; do
  if [ -s "$work/$page.aot.html" ] && cmp -s "$work/$page.jit.html" "$work/$page.aot.html"; then echo "same: $page"
  else echo "DIFFERENT $page"; failures=$((failures + 1)); fi
done

if [ "$failures" -gt 0 ]; then echo "aot-check: $failures differences between the AOT tool and dotnet run"; exit 1; fi
echo "aot-check: the AOT tool and dotnet run agree"
