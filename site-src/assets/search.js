// Search for the committee papers: the engine. No framework and no build step: the search page loads it through
// search-page.js, and the tests import this same module under Node. It reads the index that `committee build` writes
// under search/ (docs/search.md): the manifest, the folding table and the filters' columns, then only the shards a
// query's words need, a letter's vocabulary when a word matches nothing, and the files of the papers it shows.

const TOKEN = /\d{4}\/\d{2}(?!\d)|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const CODE = /(?<![\p{L}\p{N}])(\p{L}{2,5})[ -](\d{1,4})(?![\p{L}\p{N}])/gu;
export const FACETS = ["board", "year", "quarter", "ward", "type"];
export const PAGE_SIZE = 10;
/** A word typed so far matches longer words, which count for less than the word itself. */
const PREFIX_WEIGHT = 0.5;
/** A word spelt differently (a typing mistake) counts for less again: whole words, then prefixes, then these. */
const TYPO_WEIGHT = 0.25;
const MAX_EXPANSIONS = 60;
const MAX_CORRECTIONS = 3;
/** A phrase is checked against each paper's text, so against this many papers at most (the best-scoring). */
export const PHRASE_CHECKS = 200;
const PHRASE_BATCH = 5;

// ---- Folding: one table, the index's ---------------------------------------------------------------------------

let folding = null;

/** Takes the index's folding table (search/fold.json, from the same fold.txt the index folds with). */
export function useFolding(table) {
  folding = new Map();
  for (const [first, last] of table.drop) for (let c = first; c <= last; c++) folding.set(String.fromCharCode(c), "");
  for (let i = 0; i < table.from.length; i++) folding.set(table.from[i], table.to[i]);
}

/**
 * Lower case, compatibility decomposition without combining marks, plain apostrophes (ŵ → w, ﬁ → fi, ’ → '): each
 * UTF-16 unit through the index's table (a combining mark folds to nothing), anything not in it kept; as the index's
 * Folding.Fold.
 */
export function fold(text) {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  if (folding === null) throw new Error("The folding table is not loaded: call useFolding first.");
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    out += folding.get(c) ?? c;
  }
  return out;
}

/** A word as the index stores it: folded, a final 's removed, other apostrophes dropped. */
export function surface(word) {
  let folded = fold(word);
  if (folded.endsWith("'s")) folded = folded.slice(0, -2);
  return folded.replaceAll("'", "");
}

// ---- Queries ---------------------------------------------------------------------------------------------------

/**
 * A query's clauses, every one of which must match, and its phrases. The last word is a prefix unless the query ends
 * in a space or a quote. Words in "double quotes" (straight or curly) are a phrase: each must match as a whole word,
 * and a paper must have them one after another. An indicator code ("NI 117", "cyp-05") is one clause that falls back to
 * its parts when the index lacks it. Each clause keeps where its word is in the query, for "Did you mean …?".
 */
export function parseQuery(q, stopWords) {
  const stop = new Set(stopWords);
  const quoted = [];
  const quotes = [...q.matchAll(/["“”„]([^"“”„]*)["“”„]/g)];
  for (const m of quotes) quoted.push({ start: m.index, end: m.index + m[0].length, words: [] });
  const codes = [];
  for (const m of q.matchAll(CODE)) codes.push({ start: m.index, end: m.index + m[0].length, code: `${fold(m[1])}-${m[2]}` });
  const clauses = [];
  const tokens = [...q.matchAll(TOKEN)];
  const last = tokens[tokens.length - 1];
  const endsInWord = last !== undefined && last.index + last[0].length === q.length;
  tokens.forEach((m, i) => {
    const phrase = quoted.findIndex((p) => m.index > p.start && m.index < p.end);
    const code = phrase < 0 && codes.find((c) => m.index >= c.start && m.index < c.end);
    const word = surface(m[0]);
    if (phrase >= 0 && word) quoted[phrase].words.push(word);
    if (code) {
      if (code.start === m.index) code.parts = [];
      if (word && !stop.has(word)) code.parts.push(word);
      if (m.index + m[0].length === code.end) clauses.push({ code: code.code, parts: code.parts, prefix: false });
      return;
    }
    if (!word || stop.has(word)) return;
    const prefix = phrase < 0 && i === tokens.length - 1 && endsInWord && Array.from(word).length >= 2;
    clauses.push({ word, prefix, exact: phrase >= 0, start: m.index, end: m.index + m[0].length });
  });
  const phrases = quoted.map((p) => p.words.filter((w) => !stop.has(w))).filter((words) => words.length > 1);
  return { clauses, phrases };
}

/**
 * The other spellings of a word, British and American (licence and license, organisation and organization, colour and
 * color, centre and center, programme and program, travelling and traveling): each is searched for as the word itself.
 */
export function spellings(word) {
  const out = new Set();
  const swap = (pattern, replacement) => {
    const other = word.replace(pattern, replacement);
    if (other !== word) out.add(other);
  };
  for (const [uk, us] of [["licenc", "licens"], ["practis", "practic"], ["defenc", "defens"], ["offenc", "offens"], ["judgement", "judgment"], ["ageing", "aging"]]) {
    swap(uk, us);
    swap(us, uk);
  }
  if (word.length >= 5) {
    swap(/([a-z]{2})is(e|es|ed|ing|ation|ations|er|ers)$/, "$1iz$2");
    swap(/([a-z]{2})iz(e|es|ed|ing|ation|ations|er|ers)$/, "$1is$2");
    swap(/ys(e|ed|es|ing)$/, "yz$1");
    swap(/yz(e|ed|es|ing)$/, "ys$1");
    swap(/([a-z]{2,})our(|s|ed|ing|ite|ites|able|ful|hood|hoods|er|ers|less)$/, "$1or$2");
    swap(/([a-z]{2,})or(|s|ed|ing|ite|ites|able|ful|hood|hoods|er|ers|less)$/, "$1our$2");
    swap(/([a-z]{3,})tre(s?)$/, "$1ter$2");
    swap(/([a-z]{3,})ter(s?)$/, "$1tre$2");
    swap(/ogue(s?)$/, "og$1");
    swap(/([a-z]{3})og(s?)$/, "$1ogue$2");
    swap(/gramme(s?)$/, "gram$1");
    swap(/gram(s?)$/, "gramme$1");
    swap(/([aeiou])ll(ing|ed|er|ers|or|ors)$/, "$1l$2");
    swap(/([aeiou])l(ing|ed|er|ers|or|ors)$/, "$1ll$2");
  }
  out.delete(word);
  return [...out];
}

/**
 * How many single-character edits (insert, delete, replace, or swap two neighbours) turn `a` into `b`, or `max + 1` if
 * that is more than `max`.
 */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = null;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/** The largest distance at which a word is corrected: none for short words, 1, or 2 for words of eight letters or more. */
function maxDistance(word) {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

// ---- The index -------------------------------------------------------------------------------------------------

/** Opens the index at `base` (a URL ending in search/). `load` fetches and parses a JSON file; tests pass one reading the disk. */
export function openIndex(base, load = defaultLoad) {
  const cache = new Map();
  const get = (path) => {
    if (!cache.has(path)) cache.set(path, load(new URL(path, base).href));
    return cache.get(path);
  };
  let columns = null;
  let folded = null;
  return {
    manifest: () => get("manifest.json"),
    facets: async () => get((await get("manifest.json")).facets),
    /** Loads the folding table and starts using it. */
    folding: () => (folded ??= (async () => useFolding(await get((await get("manifest.json")).fold)))()),
    /** Each paper's filter values: { board: [value per paper], …, ward: [[values] per paper] }. */
    columns: () => (columns ??= (async () => {
      const manifest = await get("manifest.json");
      return decodeColumns(await get(manifest.columns), await get(manifest.facets));
    })()),
    /** One paper's file: its address, title, summary, board, date, quarter, … and its plain text. */
    doc: async (id) => {
      const manifest = await get("manifest.json");
      return get(`${manifest.docs}${Math.floor(id / manifest.docsPerFolder)}/${id}.json`);
    },
    shard: (path) => get(path),
    /** The words of the papers beginning with a letter, and how many papers have each (Spelling.cs), or none. */
    vocabulary: async (initial) => {
      const manifest = await get("manifest.json");
      return manifest.vocabulary.includes(initial) ? get(`words/${fileName(initial)}.json`) : { words: [], counts: [] };
    },
  };
}

/** The character that stands for a value's place in facets.json, decoded (SearchIndexWriter.Code). */
function place(c) {
  let code = c.charCodeAt(0);
  if (code >= 0xa1) code -= 0xa1 - 0x7f;
  if (code > 0x5c) code--;
  return code - 48;
}

function decodeColumns(columns, facets) {
  const decoded = {};
  for (const facet of FACETS) {
    const values = facets[facet].map((f) => f.value);
    decoded[facet] = facet === "ward"
      ? columns.ward.split(",").map((run) => Array.from(run, (c) => values[place(c)]))
      : Array.from(columns[facet], (c) => values[place(c)] ?? "");
  }
  return decoded;
}

async function defaultLoad(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** A prefix as a file name: a–z and 0–9 as they are, any other character as _hex_ (SearchIndexWriter.FileName). */
function fileName(key) {
  return Array.from(key, (c) => (/^[a-z0-9]$/.test(c) ? c : `_${c.codePointAt(0).toString(16)}_`)).join("");
}

/** Where the shard of a prefix is (SearchIndexWriter.ShardPath). */
export function shardPath(key) {
  return `shards/${fileName(key)}.json`;
}

/** The shards to load for a word: the one holding it, or, for a prefix, every one that may hold a longer word. */
function shardKeys(manifest, word, prefix) {
  const keys = manifest.shards;
  if (prefix) return keys.filter((k) => k.startsWith(word) || word.startsWith(k));
  const holding = keys.filter((k) => word.startsWith(k)).sort((a, b) => b.length - a.length);
  return holding.slice(0, 1);
}

/** Adds what the index holds for each of `words` (whole words, at `weight`) to a clause's stems, words and postings. */
async function lookUp(index, manifest, words, weight, into) {
  for (const word of words) {
    for (const shard of await Promise.all(shardKeys(manifest, word, false).map((k) => index.shard(shardPath(k))))) {
      into.shards.add(shard);
      const stem = shard.words[word];
      if (stem === undefined) continue;
      if ((into.stems.get(stem) ?? 0) < weight) into.stems.set(stem, weight);
      into.postings.set(stem, shard.postings[stem]);
      into.words.add(word);
    }
  }
}

/** The words of the index nearest a word that matched nothing, best first: fewest edits, then the most papers; at
 * most MAX_CORRECTIONS, all at the same number of edits. */
async function corrections(index, word) {
  const max = maxDistance(word);
  if (max === 0 || !/^\p{L}+$/u.test(word)) return [];
  const letter = await index.vocabulary(Array.from(word)[0]);
  const near = [];
  letter.words.forEach((candidate, i) => {
    const distance = editDistance(word, candidate, max);
    // A letter doubled or not ("flod", "flood") is the commonest slip: it goes before other edits of the same count.
    if (distance <= max) near.push({ word: candidate, distance: distance - (undouble(word) === undouble(candidate) ? 0.5 : 0), papers: letter.counts[i] });
  });
  near.sort((a, b) => a.distance - b.distance || b.papers - a.papers || (a.word < b.word ? -1 : 1));
  // Only the words at the fewest edits: each costs a shard to fetch.
  return near.filter((c) => Math.ceil(c.distance) === Math.ceil(near[0].distance)).slice(0, MAX_CORRECTIONS);
}

const undouble = (word) => word.replace(/(.)\1+/g, "$1");

/** Two words of the index that make up `word` when run together, the split whose rarer half is in the most papers. */
async function wordsRunTogether(index, word) {
  if (word.length < 6 || !/^\p{L}+$/u.test(word)) return null;
  const letters = Array.from(word);
  const papers = async (part) => {
    const letter = await index.vocabulary(Array.from(part)[0]);
    const at = letter.words.indexOf(part);
    return at < 0 ? 0 : letter.counts[at];
  };
  let best = null;
  for (let i = 3; i <= letters.length - 3; i++) {
    const [left, right] = [letters.slice(0, i).join(""), letters.slice(i).join("")];
    const both = Math.min(await papers(left), await papers(right));
    if (both > 0 && (best === null || both > best.papers)) best = { words: [left, right], papers: both };
  }
  return best?.words ?? null;
}

/**
 * The stems a clause stands for, each with a weight, the surface words to mark in excerpts, and, for a word the index
 * lacks, the word it was corrected to. A word matches itself and its other spellings as whole words, longer words when
 * it is the last word typed, and, only when none of those is in the index, the nearest words that are.
 */
async function resolve(index, manifest, clause) {
  if (clause.code) {
    const found = await resolve(index, manifest, { word: clause.code, prefix: false, exact: true });
    if (found.stems.size > 0) return [found];
    return Promise.all(clause.parts.map((word) => resolve(index, manifest, { word, prefix: false, exact: true })));
  }
  const found = { stems: new Map(), words: new Set(), postings: new Map(), shards: new Set(), corrected: null };
  await lookUp(index, manifest, [clause.word, ...spellings(clause.word)], 1, found);
  if (clause.prefix) {
    const shards = await Promise.all(shardKeys(manifest, clause.word, true).map((k) => index.shard(shardPath(k))));
    let expansions = 0;
    for (const shard of shards) {
      found.shards.add(shard);
      for (const [word, stem] of Object.entries(shard.words)) {
        if (!word.startsWith(clause.word) || word === clause.word || expansions >= MAX_EXPANSIONS) continue;
        expansions++;
        if (!found.stems.has(stem)) found.stems.set(stem, PREFIX_WEIGHT);
        found.postings.set(stem, shard.postings[stem]);
        found.words.add(word);
      }
    }
  }
  // "St Annes" for "St Anne's": a possessive written without its apostrophe is the word itself.
  if (found.stems.size === 0 && clause.word.length >= 4 && clause.word.endsWith("s")) await lookUp(index, manifest, [clause.word.slice(0, -1)], 1, found);
  if (found.stems.size === 0 && !clause.exact) {
    const near = await corrections(index, clause.word);
    for (const c of near) await lookUp(index, manifest, [c.word], TYPO_WEIGHT / Math.max(1, c.distance), found);
    if (near.length > 0) found.corrected = { start: clause.start, end: clause.end, word: near[0].word };
    // Two words run together ("flytipping"): each of them, as two clauses.
    const split = near.length === 0 ? await wordsRunTogether(index, clause.word) : null;
    if (split) {
      const parts = await Promise.all(split.map((word) => resolve(index, manifest, { word, prefix: false, exact: true })));
      parts[0].corrected = { start: clause.start, end: clause.end, word: split.join(" ") };
      return parts;
    }
  }
  // Every form of a matched stem is marked in excerpts ("flooded" for "flooding").
  for (const shard of found.shards) {
    for (const [word, stem] of Object.entries(shard.words)) if (found.stems.has(stem)) found.words.add(word);
  }
  if (found.stems.size === 0) found.words.add(clause.word);
  return found;
}

/**
 * A paper's score for a clause: BM25F. The index stores each paper's term weight (× scale); the inverse document
 * frequency, ln(1 + (N − df + 0.5) / (df + 0.5)), comes from the number of papers in the stem's list.
 */
function scoresOf(resolved, manifest) {
  const scores = new Map();
  const n = manifest.documents;
  const scale = manifest.ranking.scale;
  for (const [stem, weight] of resolved.stems) {
    const list = resolved.postings.get(stem) ?? [];
    const df = list.length / 2;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    let id = 0;
    for (let i = 0; i < list.length; i += 2) {
      id += list[i];
      const score = (list[i + 1] / scale) * idf * weight;
      if ((scores.get(id) ?? -1) < score) scores.set(id, score);
    }
  }
  return scores;
}

function docValues(columns, id, facet) {
  return facet === "ward" ? columns.ward[id] : [columns[facet][id]];
}

function passes(columns, id, filters, except) {
  for (const facet of FACETS) {
    if (facet === except) continue;
    const wanted = filters[facet] ?? [];
    if (wanted.length === 0) continue;
    if (!docValues(columns, id, facet).some((v) => wanted.includes(v))) return false;
  }
  return true;
}

/** The words of a paper that a phrase is looked for in, as the index reads them (stop words left out). */
function paperWords(doc, stop) {
  const words = [];
  for (const text of [doc.title, doc.summary ?? "", doc.text]) {
    for (const m of text.matchAll(TOKEN)) {
      const word = surface(m[0]);
      if (word && !stop.has(word)) words.push(word);
    }
    words.push("");
  }
  return words;
}

function hasPhrase(words, phrase) {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

/**
 * The papers among `matched` that hold every phrase. A phrase is checked against a paper's text, which means fetching
 * its file, so papers are checked best-scoring first, as many at a time as are still wanted (PHRASE_BATCH at least),
 * until `wanted` of them pass the filters
 * (enough for the page and to know whether there is more) or PHRASE_CHECKS have been checked. `partial`: some were not.
 */
async function withPhrases(index, matched, phrases, stopWords, keep, wanted) {
  const stop = new Set(stopWords);
  const candidates = [...matched].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const kept = new Map();
  let passing = 0;
  let checked = 0;
  while (checked < candidates.length && checked < PHRASE_CHECKS && passing < wanted) {
    const batch = candidates.slice(checked, checked + Math.max(PHRASE_BATCH, wanted - passing));
    const docs = await Promise.all(batch.map(([id]) => index.doc(id)));
    batch.forEach(([id, score], i) => {
      if (!phrases.every((p) => hasPhrase(paperWords(docs[i], stop), p))) return;
      kept.set(id, score);
      if (keep(id)) passing++;
    });
    checked += batch.length;
  }
  return { kept, partial: checked < candidates.length };
}

/**
 * Runs a search. `params`: { q, board: [], year: [], quarter: [], ward: [], type: [], sort: "relevance" | "date" }.
 * Returns every hit in order ({ id, score }; `index.doc(id)` loads what a result shows), the counts of each filter value
 * among the hits that pass the other filters, the words to mark in excerpts (word → its clause), when a word was
 * corrected, the query as it would be spelt (`suggestion`), and whether a phrase was left unchecked in some papers that
 * have its words (`partial`: the hits are the best of those that have it, and there may be more). Papers are numbered by meeting date, so the newest has the
 * highest number.
 */
export async function search(index, params) {
  const [manifest, columns] = await Promise.all([index.manifest(), index.columns(), index.folding()]);
  const q = params.q ?? "";
  const { clauses, phrases } = parseQuery(q, manifest.stopWords);
  const filters = Object.fromEntries(FACETS.map((f) => [f, [].concat(params[f] ?? []).filter((v) => v !== "")]));
  const anyFilter = FACETS.some((f) => filters[f].length > 0);
  let matched;
  const marks = new Map();
  let suggestion = null;
  let partial = false;
  if (clauses.length === 0) {
    matched = new Map(anyFilter ? Array.from({ length: manifest.documents }, (_, i) => [i, 0]) : []);
  } else {
    const resolved = (await Promise.all(clauses.map((c) => resolve(index, manifest, c)))).flat();
    resolved.forEach((r, i) => {
      for (const w of r.words) if (!marks.has(w)) marks.set(w, i);
    });
    matched = null;
    for (const r of resolved) {
      const scores = scoresOf(r, manifest);
      if (matched === null) {
        matched = scores;
        continue;
      }
      const next = new Map();
      for (const [id, score] of matched) if (scores.has(id)) next.set(id, score + scores.get(id));
      matched = next;
    }
    if (phrases.length > 0 && matched.size > 0) {
      const wanted = (params.page ?? 1) * PAGE_SIZE + 1;
      ({ kept: matched, partial } = await withPhrases(index, matched, phrases, manifest.stopWords, (id) => passes(columns, id, filters, null), wanted));
    }
    const corrected = resolved.map((r) => r.corrected).filter(Boolean).sort((a, b) => b.start - a.start);
    if (corrected.length > 0) suggestion = corrected.reduce((text, c) => text.slice(0, c.start) + c.word + text.slice(c.end), q);
  }
  const counts = Object.fromEntries(FACETS.map((f) => [f, {}]));
  const hits = [];
  for (const [id, score] of matched) {
    for (const facet of FACETS) {
      if (!passes(columns, id, filters, facet)) continue;
      for (const value of docValues(columns, id, facet)) counts[facet][value] = (counts[facet][value] ?? 0) + 1;
    }
    if (passes(columns, id, filters, null)) hits.push({ id, score });
  }
  const sort = params.sort === "date" || clauses.length === 0 ? "date" : "relevance";
  hits.sort(sort === "date" ? (a, b) => b.id - a.id : (a, b) => b.score - a.score || b.id - a.id);
  return { hits, counts, marks, sort, suggestion, partial, searched: clauses.length > 0 || anyFilter };
}

/** The text an excerpt is cut from: the summary, then the body. */
export function excerptText(doc) {
  return doc.summary ? `${doc.summary} ${doc.text}` : doc.text;
}

/**
 * An excerpt of a paper's text: the passage with the most of the query's words (the most different words, then the
 * most words), every one of them marked; a list of { text, mark } pieces, never HTML. `marks`: word → its clause.
 */
export function excerpt(text, marks, length = 260) {
  const found = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = surface(m[0]);
    if (marks.has(word)) found.push({ start: m.index, end: m.index + m[0].length, clause: marks.get(word) });
  }
  let best = 0;
  let bestScore = -1;
  const span = length - 60;
  for (let i = 0; i < found.length; i++) {
    const clauses = new Set();
    let n = 0;
    for (let j = i; j < found.length && found[j].end - found[i].start <= span; j++, n++) clauses.add(found[j].clause);
    const score = clauses.size * 1000 + n;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  let start = 0;
  if (found.length > 0) {
    start = Math.max(0, found[best].start - 60);
    if (start > 0) {
      const space = text.indexOf(" ", start);
      start = space >= 0 && space < found[best].start ? space + 1 : start;
    }
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start + length / 2) end = space;
  }
  const pieces = [];
  if (start > 0) pieces.push({ text: "… ", mark: false });
  let at = start;
  for (const f of found) {
    if (f.start < start || f.end > end) continue;
    if (f.start > at) pieces.push({ text: text.slice(at, f.start), mark: false });
    pieces.push({ text: text.slice(f.start, f.end), mark: true });
    at = f.end;
  }
  if (end > at) pieces.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) pieces.push({ text: " …", mark: false });
  return pieces;
}

/** The search parameters in an address's query string. */
export function readParams(searchParams) {
  const params = { q: searchParams.get("q") ?? "", sort: searchParams.get("sort") === "date" ? "date" : "relevance" };
  for (const facet of FACETS) params[facet] = searchParams.getAll(facet).filter((v) => v !== "");
  const page = Number.parseInt(searchParams.get("page") ?? "1", 10);
  params.page = Number.isFinite(page) && page > 0 ? Math.min(page, 1000) : 1;
  return params;
}

export function writeParams(params) {
  const out = new URLSearchParams();
  if (params.q) out.set("q", params.q);
  for (const facet of FACETS) for (const value of params[facet]) out.append(facet, value);
  if (params.sort === "date") out.set("sort", "date");
  if (params.page > 1) out.set("page", String(params.page));
  return out;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function longDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

// ---- Indicators: found by name, beside the papers --------------------------------------------------------------

const nameWords = (text) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

// The indicators whose names hold every word of the query (the last as a prefix, as the papers' search does); short
// words such as "of" and "in" are left out of the query, as stop words are. The folding table must be loaded.
export function matchIndicators(names, q) {
  const words = nameWords(q).filter((w) => w.length > 2 || /^\p{N}+$/u.test(w));
  if (words.length === 0) return [];
  return names.filter((entry) => {
    const own = nameWords(entry.name);
    return words.every((w, i) => own.some((o) => (i === words.length - 1 ? o.startsWith(w) : o === w || o === `${w}s` || `${o}s` === w)));
  });
}
