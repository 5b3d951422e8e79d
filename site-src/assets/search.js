// Search for the committee papers. No framework and no build step: the browser loads this module on /search/,
// and the tests import the same module under Node. It reads the index that `committee build` writes under
// search/ (see the README's "Search" section): the manifest, the filters' columns, then only the shards a query's
// words need, and the files of the papers it shows.

const TOKEN = /\d{4}\/\d{2}(?!\d)|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const CODE = /(?<![\p{L}\p{N}])(\p{L}{2,5})[ -](\d{1,4})(?![\p{L}\p{N}])/gu;
export const FACETS = ["board", "year", "quarter", "ward", "type"];
export const PAGE_SIZE = 10;
/** A word typed so far matches longer words, which count for less than the word itself. */
const PREFIX_WEIGHT = 0.5;
const MAX_EXPANSIONS = 60;

/** Lower case, accents removed (ŵ → w), as the index's Analyzer.Fold. */
export function fold(text) {
  return text.toLowerCase().normalize("NFD").replace(/[\p{Mn}\p{Mc}\p{Me}]/gu, "").replace(/’/g, "'").normalize("NFC");
}

/** A word as the index stores it: folded, a final 's removed, other apostrophes dropped. */
export function surface(word) {
  let folded = fold(word);
  if (folded.endsWith("'s")) folded = folded.slice(0, -2);
  return folded.replaceAll("'", "");
}

/**
 * The clauses of a query: every clause must match. The last word is a prefix unless the query ends in a space.
 * An indicator code ("NI 117", "cyp-05") is one clause that falls back to its parts when the index lacks it.
 */
export function parseQuery(q, stopWords) {
  const stop = new Set(stopWords);
  const codes = [];
  for (const m of q.matchAll(CODE)) codes.push({ start: m.index, end: m.index + m[0].length, code: `${fold(m[1])}-${m[2]}` });
  const clauses = [];
  const tokens = [...q.matchAll(TOKEN)];
  const endsInWord = tokens.length > 0 && tokens[tokens.length - 1].index + tokens[tokens.length - 1][0].length === q.length;
  tokens.forEach((m, i) => {
    const code = codes.find((c) => m.index >= c.start && m.index < c.end);
    const word = surface(m[0]);
    if (code) {
      if (code.start === m.index) code.parts = [];
      if (word && !stop.has(word)) code.parts.push(word);
      if (m.index + m[0].length === code.end) clauses.push({ code: code.code, parts: code.parts, prefix: false });
      return;
    }
    if (!word || stop.has(word)) return;
    clauses.push({ word, prefix: i === tokens.length - 1 && endsInWord && Array.from(word).length >= 2 });
  });
  return clauses;
}

/** Opens the index at `base` (a URL ending in search/). `load` fetches and parses a JSON file; tests pass one reading the disk. */
export function openIndex(base, load = defaultLoad) {
  const cache = new Map();
  const get = (path) => {
    if (!cache.has(path)) cache.set(path, load(new URL(path, base).href));
    return cache.get(path);
  };
  let columns = null;
  return {
    manifest: () => get("manifest.json"),
    facets: async () => get((await get("manifest.json")).facets),
    /** Each paper's filter values: { board: [value per paper], …, ward: [[values] per paper] }. */
    columns: () => (columns ??= (async () => {
      const manifest = await get("manifest.json");
      return decodeColumns(await get(manifest.columns), await get(manifest.facets));
    })()),
    /** One paper's file: its address, title, board, date, quarter, … and its plain text. */
    doc: async (id) => {
      const manifest = await get("manifest.json");
      return get(`${manifest.docs}${Math.floor(id / manifest.docsPerFolder)}/${id}.json`);
    },
    shard: (path) => get(path),
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

/** Where the shard of a prefix is: a–z and 0–9 as they are, any other character as _hex_ (SearchIndexWriter.ShardPath). */
export function shardPath(key) {
  return `shards/${Array.from(key, (c) => (/^[a-z0-9]$/.test(c) ? c : `_${c.codePointAt(0).toString(16)}_`)).join("")}.json`;
}

/** The shards to load for a word: the one holding it, or, for a prefix, every one that may hold a longer word. */
function shardKeys(manifest, word, prefix) {
  const keys = manifest.shards;
  if (prefix) return keys.filter((k) => k.startsWith(word) || word.startsWith(k));
  const holding = keys.filter((k) => word.startsWith(k)).sort((a, b) => b.length - a.length);
  return holding.slice(0, 1);
}

/** The stems a clause stands for, each with a weight, and the surface words to mark in excerpts. */
async function resolve(index, manifest, clause) {
  if (clause.code) {
    const found = await resolve(index, manifest, { word: clause.code, prefix: false });
    if (found.stems.size > 0) return [found];
    return Promise.all(clause.parts.map((word) => resolve(index, manifest, { word, prefix: false })));
  }
  const shards = await Promise.all(shardKeys(manifest, clause.word, clause.prefix).map((k) => index.shard(shardPath(k))));
  const stems = new Map();
  const words = new Set();
  const postings = new Map();
  let expansions = 0;
  for (const shard of shards) {
    const exact = shard.words[clause.word];
    if (exact !== undefined) {
      stems.set(exact, 1);
      postings.set(exact, shard.postings[exact]);
    }
    if (!clause.prefix) continue;
    for (const [word, stem] of Object.entries(shard.words)) {
      if (!word.startsWith(clause.word) || word === clause.word || expansions >= MAX_EXPANSIONS) continue;
      expansions++;
      if (!stems.has(stem)) stems.set(stem, PREFIX_WEIGHT);
      postings.set(stem, shard.postings[stem]);
    }
  }
  for (const shard of shards) {
    for (const [word, stem] of Object.entries(shard.words)) if (stems.has(stem)) words.add(word);
  }
  if (stems.size === 0) words.add(clause.word);
  return { stems, words, postings };
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

/**
 * Runs a search. `params`: { q, board: [], year: [], quarter: [], ward: [], type: [], sort: "relevance" | "date" }.
 * Returns every hit in order ({ id, score }; `index.doc(id)` loads what a result shows), the counts of each filter value
 * among the hits that pass the other filters, and the words to mark in excerpts. Papers are numbered by meeting date,
 * so the newest has the highest number.
 */
export async function search(index, params) {
  const manifest = await index.manifest();
  const columns = await index.columns();
  const clauses = parseQuery(params.q ?? "", manifest.stopWords);
  const filters = Object.fromEntries(FACETS.map((f) => [f, [].concat(params[f] ?? []).filter((v) => v !== "")]));
  const anyFilter = FACETS.some((f) => filters[f].length > 0);
  let matched;
  const marks = new Set();
  if (clauses.length === 0) {
    matched = new Map(anyFilter ? Array.from({ length: manifest.documents }, (_, i) => [i, 0]) : []);
  } else {
    const resolved = (await Promise.all(clauses.map((c) => resolve(index, manifest, c)))).flat();
    for (const r of resolved) for (const w of r.words) marks.add(w);
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
  return { hits, counts, marks, sort, searched: clauses.length > 0 || anyFilter };
}

/**
 * An excerpt of a paper's text around the first marked word: a list of { text, mark } pieces, never HTML.
 */
export function excerpt(text, marks, length = 260) {
  const found = [];
  for (const m of text.matchAll(TOKEN)) {
    if (marks.has(surface(m[0]))) found.push({ start: m.index, end: m.index + m[0].length });
  }
  let start = 0;
  if (found.length > 0) {
    start = Math.max(0, found[0].start - 80);
    if (start > 0) {
      const space = text.indexOf(" ", start);
      start = space >= 0 && space < found[0].start ? space + 1 : start;
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
// words such as "of" and "in" are left out of the query, as stop words are.
export function matchIndicators(names, q) {
  const words = nameWords(q).filter((w) => w.length > 2 || /^\p{N}+$/u.test(w));
  if (words.length === 0) return [];
  return names.filter((entry) => {
    const own = nameWords(entry.name);
    return words.every((w, i) => own.some((o) => (i === words.length - 1 ? o.startsWith(w) : o === w || o === `${w}s` || `${o}s` === w)));
  });
}

// ---- The page ------------------------------------------------------------------------------------------------

function startPage(form) {
  const root = form.dataset.root;
  const index = openIndex(new URL(form.dataset.index, document.baseURI));
  const input = form.querySelector("#search-q");
  const status = form.querySelector("#search-status");
  const list = form.querySelector("#search-results");
  const more = form.querySelector("#search-more");
  document.getElementById("search-no-js").hidden = true;
  for (const apply of form.querySelectorAll(".search-apply")) apply.hidden = true;

  const indicatorBox = document.getElementById("search-indicators");
  let indicatorNames = null;

  async function showIndicators(q) {
    if (!indicatorBox) return;
    try {
      indicatorNames ??= await fetch(new URL(indicatorBox.dataset.names, document.baseURI)).then((r) => (r.ok ? r.json() : []));
    } catch {
      indicatorNames = [];
    }
    const found = matchIndicators(indicatorNames, q);
    indicatorBox.querySelector("ul").replaceChildren(...found.map((entry) => {
      const item = element("li");
      const link = element("a", "govuk-link", entry.name);
      link.href = root + entry.url;
      item.append(link);
      return item;
    }));
    indicatorBox.hidden = found.length === 0;
  }

  let params = readParams(new URLSearchParams(location.search));
  let run = 0;
  let timer;
  let labels = null;

  function show(p) {
    input.value = p.q;
    form.querySelector("#search-sort").value = p.sort;
    for (const box of form.querySelectorAll("input[type=checkbox]")) box.checked = (p[box.name] ?? []).includes(box.value);
    for (const select of form.querySelectorAll("select[data-facet]")) select.value = p[select.name][0] ?? "";
  }

  function fromForm() {
    const p = { q: input.value, sort: form.querySelector("#search-sort").value, page: 1 };
    for (const facet of FACETS) p[facet] = [];
    for (const box of form.querySelectorAll("input[type=checkbox]:checked")) p[box.name].push(box.value);
    for (const select of form.querySelectorAll("select[data-facet]")) if (select.value) p[select.name].push(select.value);
    return p;
  }

  function address(p) {
    const query = writeParams(p).toString();
    return location.pathname + (query ? `?${query}` : "");
  }

  async function update(p, { push = false, focusFrom = -1 } = {}) {
    params = p;
    if (push) history.pushState(null, "", address(p));
    else history.replaceState(null, "", address(p));
    const mine = ++run;
    let result;
    try {
      labels ??= await index.facets();
      result = await search(index, p);
    } catch (error) {
      if (mine === run) status.textContent = "Search is not available just now. Try again later, or browse papers by board, quarter or ward.";
      throw error;
    }
    const shown = result.hits.slice(0, p.page * PAGE_SIZE);
    const docs = await Promise.all(shown.map((hit) => index.doc(hit.id)));
    if (mine !== run) return;

    for (const span of form.querySelectorAll(".search-count")) span.textContent = `(${result.counts[span.dataset.facet][span.dataset.value] ?? 0})`;
    for (const select of form.querySelectorAll("select[data-facet]")) {
      for (const option of select.options) {
        if (option.value) option.textContent = `${option.dataset.label} (${result.counts[select.name][option.value] ?? 0})`;
      }
    }

    await showIndicators(p.q);
    if (mine !== run) return;
    const boardName = Object.fromEntries(labels.board.map((b) => [b.value, b.label]));
    list.replaceChildren(...docs.map((doc) => resultItem(doc, result.marks, root, boardName)));
    more.hidden = shown.length >= result.hits.length;
    const total = result.hits.length;
    const words = p.q.trim() ? ` for ‘${p.q.trim()}’` : "";
    status.textContent = !result.searched
      ? "Type words to search for, or choose a filter."
      : total === 0
        ? `No papers found${words}. Check the spelling, use fewer words or remove a filter.`
        : `${total} paper${total === 1 ? "" : "s"} found${words}${shown.length < total ? `, showing ${shown.length}` : ""}.`;
    if (focusFrom >= 0 && list.children[focusFrom]) list.children[focusFrom].querySelector("a").focus();
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(fromForm()), 200);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(fromForm(), { push: true });
  });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    update(fromForm(), { push: true });
  });
  more.addEventListener("click", () => {
    const from = params.page * PAGE_SIZE;
    update({ ...params, page: params.page + 1 }, { focusFrom: from });
  });
  window.addEventListener("popstate", () => {
    const p = readParams(new URLSearchParams(location.search));
    show(p);
    update(p);
  });

  show(params);
  update(params);
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function resultItem(doc, marks, root, boardName) {
  const item = element("li", "search-result");
  const heading = element("h3", "govuk-heading-s search-result__title");
  const link = element("a", "govuk-link", doc.title);
  link.href = root + doc.url;
  heading.append(link);
  if (doc.draft) heading.append(" ", element("strong", "govuk-tag govuk-tag--yellow", "Draft"));
  const meta = element("p", "govuk-body-s search-result__meta");
  const time = element("time", "", longDate(doc.date));
  time.dateTime = doc.date;
  meta.append(`${boardName[doc.board] ?? doc.board} · Meeting of `, time, ` · ${doc.quarter}`);
  const quote = element("p", "govuk-body search-result__excerpt");
  for (const piece of excerpt(doc.text, marks)) quote.append(piece.mark ? element("mark", "", piece.text) : piece.text);
  item.append(heading, meta, quote);
  return item;
}

if (typeof document !== "undefined") {
  const form = document.getElementById("search-form");
  if (form) startPage(form);
}
