// Makes fold.txt, the one folding table of search: the index (Folding.cs) and the browser (search.js, through the
// index's search/fold.json) both fold with it, so a word is folded one way everywhere.
// Usage: node generator/Search/make-fold-table.mjs > generator/Search/fold.txt
// A character is in the table when it folds to something else: lower case, then Unicode's compatibility decomposition
// (NFKD) with the combining marks removed, lower case again (ℌ → h), and apostrophe-like characters made plain.
// Combining marks (category M) fold to nothing: they are listed too, so that neither side asks its own Unicode data
// which characters are marks (.NET's and the browser's differ by a Unicode version or two).
// Left out: Hangul syllables, CJK compatibility ideographs and the forms below (thousands of entries no English or Welsh archive
// needs, which would make the browser's copy large), and characters outside the Basic Multilingual Plane.
const APOSTROPHES = new Set(["\u2018", "\u2019", "\u02BC", "\u02BB", "\uFF07", "\u2032"]);
const MARK = /\p{M}/u;
const lines = [];
for (let code = 0; code <= 0xffff; code++) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  if (code >= 0xac00 && code <= 0xd7a3) continue;
  if (code >= 0xf900 && code <= 0xfaff) continue;
  // Enclosed and squared CJK, Kangxi radicals, Hangul compatibility jamo, halfwidth katakana and Hangul, Arabic
  // presentation forms: compatibility forms of scripts outside this archive's languages.
  if ((code >= 0x3200 && code <= 0x33ff) || (code >= 0x2f00 && code <= 0x2fdf) || (code >= 0x3130 && code <= 0x318f)) continue;
  if ((code >= 0xff61 && code <= 0xffdc) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) continue;
  const c = String.fromCharCode(code);
  const folded = MARK.test(c) ? "" : APOSTROPHES.has(c) ? "'" : [...c.toLowerCase().normalize("NFKD")].filter((x) => !MARK.test(x)).join("").toLowerCase();
  if (folded === c) continue;
  if ([...folded].some((x) => x.codePointAt(0) > 0xffff)) continue;
  lines.push([code, ...[...folded].map((x) => x.codePointAt(0))].map((n) => n.toString(16).toUpperCase().padStart(4, "0")).join(" "));
}
console.log(`# Each character whose folded form differs: its code point, then the code points of what it folds to (none: it is dropped).
# Made by make-fold-table.mjs (read it for the rule) with Node ${process.versions.node}, Unicode ${process.versions.unicode}.`);
console.log(lines.join("\n"));
