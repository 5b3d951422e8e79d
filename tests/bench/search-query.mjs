// The browser half of tests/bench/search-bench.sh: serves a built site (no compression, so every byte counted is
// a byte sent) and, in Debian's Chromium driven by playwright-core, types queries into committee's /search/ page
// and into Pagefind's default UI on a test page served next to it. For each query, in a fresh browser context
// (empty cache), it measures the bytes the search fetched while the page loaded and after the first keystroke
// (raw, and what gzip would send), and the time from the last keystroke's input event to the results being in
// the page (the status line naming the whole query, and the result items with their excerpts).
// Usage: node tests/bench/search-query.mjs SITE_DIR [--queries "a|b"] [--runs 3] [--delay 120] [--json FILE]
//        [--engines committee,pagefind] [--chromium /usr/bin/chromium]
// SITE_DIR/pagefind/ must hold a Pagefind bundle for the Pagefind rows (search-bench.sh makes it).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const site = path.resolve(args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--"))) ?? "");
if (!fs.existsSync(path.join(site, "search", "index.html"))) {
  console.error(`usage: node search-query.mjs SITE_DIR …: ${site}/search/index.html not found; build the site first`);
  process.exit(2);
}
const queries = option("--queries", "school places|fly tipping|budget|council").split("|").filter(Boolean);
const runs = Number(option("--runs", "3"));
const typingDelay = Number(option("--delay", "120"));
const engines = option("--engines", "committee,pagefind").split(",")
  .filter((e) => e !== "pagefind" || fs.existsSync(path.join(site, "pagefind", "pagefind-ui.js")));
const jsonOut = option("--json", null);
const executablePath = option("--chromium", "/usr/bin/chromium");
const TARGET_BYTES = 300 * 1024;
const TARGET_MS = 300;

// Pagefind's default UI on a page of its own. pageSize 10 so it loads as many results as committee shows;
// showImages off because the papers have none; everything else (the 300 ms debounce included) as shipped.
const PAGEFIND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main>
<script>window.addEventListener("DOMContentLoaded", () => new PagefindUI({ element: "#search", showSubResults: false, showImages: false, pageSize: 10 }));</script>
</body></html>`;

// ---- A static server that logs what it sends ------------------------------------------------------------------

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2", ".ico": "image/x-icon",
  ".pagefind": "application/wasm" };
const gzipSizes = new Map();
let log = [];
let phase = "load";

const server = http.createServer((request, response) => {
  const url = new URL(request.url, "http://localhost");
  let pathname = decodeURIComponent(url.pathname);
  let body;
  if (pathname === "/pagefind-bench/") {
    body = Buffer.from(PAGEFIND_PAGE);
    pathname += "index.html";
  } else {
    let file = path.join(site, path.normalize(pathname));
    if (!file.startsWith(site)) file = site;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) {
      response.writeHead(404).end();
      log.push({ path: pathname, status: 404, bytes: 0, gzip: 0, phase });
      return;
    }
    body = fs.readFileSync(file);
    pathname = pathname.endsWith("/") ? `${pathname}index.html` : pathname;
  }
  if (!gzipSizes.has(pathname)) gzipSizes.set(pathname, zlib.gzipSync(body, { level: 6 }).length);
  response.writeHead(200, { "Content-Type": TYPES[path.extname(pathname)] ?? "application/octet-stream",
    "Content-Length": body.length, "Cache-Control": "no-cache" });
  response.end(body);
  log.push({ path: pathname, status: 200, bytes: body.length, gzip: gzipSizes.get(pathname), phase });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// What a request is, for each engine: the index ("data": what the 300 KB target counts), the search's code,
// or the page itself and the site's shared assets (not counted).
function kind(engine, p) {
  if (engine === "committee") {
    if (p.startsWith("/search/") && !p.endsWith(".html")) return "data";
    if (/\/search(-page)?\.js$/.test(p)) return "code";
    return "page";
  }
  if (!p.startsWith("/pagefind/")) return "page";
  return /\.(js|css)$|\/wasm\.[^/]*$/.test(p) ? "code" : "data";
}

// ---- The two pages -------------------------------------------------------------------------------------------

const ENGINES = {
  committee: {
    address: "/search/",
    input: "#search-q",
    // After load, search.js has run its first (empty) search and says what to do.
    ready: () => (document.getElementById("search-status")?.textContent ?? "") !== "",
    broken: () => /not available/.test(document.getElementById("search-status")?.textContent ?? ""),
    // Results are shown when the status names the whole query and the list holds the results.
    shown: (q) => {
      const status = document.getElementById("search-status")?.textContent ?? "";
      const items = document.querySelectorAll("#search-results > li").length;
      if (!status.includes(`‘${q}’`)) return null;
      if (/^No papers/.test(status)) return { items: 0, total: 0 };
      const total = Number(/^([\d,]+)/.exec(status)?.[1].replaceAll(",", "") ?? NaN);
      return items > 0 ? { items, total } : null;
    },
  },
  pagefind: {
    address: "/pagefind-bench/",
    input: ".pagefind-ui__search-input",
    ready: () => document.querySelector(".pagefind-ui__search-input") !== null,
    broken: () => false,
    // The message names the query; every result has its data (no loading placeholder left).
    shown: (q) => {
      const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
      if (!message.includes(q)) return null;
      if (/^No results/.test(message)) return { items: 0, total: 0 };
      const count = /^([\d,]+) results? for/.exec(message);
      if (!count) return null;
      const total = Number(count[1].replaceAll(",", ""));
      const items = document.querySelectorAll(".pagefind-ui__result").length;
      const loading = document.querySelectorAll(".pagefind-ui__results .pagefind-ui__loading").length;
      return items > 0 && loading === 0 ? { items, total } : null;
    },
  },
};

// Runs in the page: notes the time of every input event and, on every change to the page, whether the results
// for the whole query are shown; the first time they are after the last input event is the one that counts.
function watch({ q, shownSource }) {
  const shown = new Function(`return (${shownSource})`)();
  const state = { lastInput: 0, done: 0, result: null };
  window.__bench = state;
  document.addEventListener("input", () => {
    state.lastInput = performance.now();
    state.done = 0;
  }, true);
  const check = () => {
    if (state.done || !state.lastInput) return;
    const input = document.activeElement;
    if (!input || input.value !== q) return;
    const result = shown(q);
    if (result) {
      state.done = performance.now();
      state.result = result;
    }
  };
  new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

async function quiet(page, inflight, ms = 300) {
  for (let still = 0; still < ms;) {
    await page.waitForTimeout(50);
    still = inflight.size === 0 ? still + 50 : 0;
  }
}

const sum = (rows, key) => rows.reduce((n, r) => n + r[key], 0);
function tally(rows, engine, wantedPhase) {
  const out = {};
  for (const k of ["data", "code"]) {
    const mine = rows.filter((r) => r.phase === wantedPhase && kind(engine, r.path) === k);
    out[k] = { files: mine.length, bytes: sum(mine, "bytes"), gzip: sum(mine, "gzip"), paths: mine.map((r) => r.path) };
  }
  return out;
}

async function once(browser, engine, q) {
  const spec = ENGINES[engine];
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const inflight = new Set();
  page.on("request", (r) => inflight.add(r));
  page.on("requestfinished", (r) => inflight.delete(r));
  page.on("requestfailed", (r) => inflight.delete(r));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  log = [];
  phase = "load";
  await page.goto(origin + spec.address, { waitUntil: "load" });
  await page.waitForFunction(spec.ready, null, { timeout: 60_000 });
  await quiet(page, inflight);
  if (await page.evaluate(spec.broken)) throw new Error(`${engine}: the search page says search is not available (${errors.join("; ")})`);

  await page.evaluate(watch, { q, shownSource: spec.shown.toString() });
  phase = "query";
  await page.click(spec.input);
  await page.keyboard.type(q, { delay: typingDelay });
  try {
    await page.waitForFunction(() => window.__bench.done > 0, null, { timeout: 60_000 });
  } catch (error) {
    const text = await page.evaluate(() => document.querySelector("#search-status, .pagefind-ui__message")?.textContent);
    throw new Error(`${engine}, "${q}": no results shown within 60 s; the page says "${text}"; ${errors.join("; ")}`, { cause: error });
  }
  const { lastInput, done, result } = await page.evaluate(() => window.__bench);
  await quiet(page, inflight, 500);
  await context.close();
  return { engine, query: q, latencyMs: done - lastInput, items: result.items, total: result.total,
    load: tally(log, engine, "load"), afterKeystroke: tally(log, engine, "query"), errors };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const browser = await chromium.launch({ executablePath, headless: true });
const results = [];
try {
  for (const q of queries) {
    for (const engine of engines) {
      const tries = [];
      for (let i = 0; i < runs; i++) tries.push(await once(browser, engine, q));
      const first = tries[0];
      results.push({ ...first, latencyMs: median(tries.map((t) => t.latencyMs)), latencies: tries.map((t) => Math.round(t.latencyMs)) });
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ queries, runs, typingDelay, results }, null, 2));

// ---- The table -----------------------------------------------------------------------------------------------

const kb = (n) => (n / 1024).toFixed(1);
const pad = (s, n) => String(s).padStart(n);
console.log(`First query in a fresh browser (Chromium headless, ${origin}, no compression), typed ${typingDelay} ms a key;` +
  ` latency = median of ${runs}. KB = 1024 bytes; gzip = what the same files would be gzipped (level 6).`);
console.log(`${"query".padEnd(15)} ${"engine".padEnd(10)} ${pad("results", 7)} ${pad("load KB", 8)} ${pad("query KB", 8)}` +
  ` ${pad("first-q KB", 10)} ${pad("gzip KB", 8)} ${pad("files", 5)} ${pad("code KB", 8)} ${pad("latency ms", 10)} ${pad("÷300KB", 6)} ${pad("÷300ms", 6)}`);
for (const r of results) {
  const firstBytes = r.load.data.bytes + r.afterKeystroke.data.bytes;
  const firstGzip = r.load.data.gzip + r.afterKeystroke.data.gzip;
  const files = r.load.data.files + r.afterKeystroke.data.files;
  const code = r.load.code.bytes + r.afterKeystroke.code.bytes;
  console.log(`${r.query.padEnd(15)} ${r.engine.padEnd(10)} ${pad(r.total, 7)} ${pad(kb(r.load.data.bytes), 8)} ${pad(kb(r.afterKeystroke.data.bytes), 8)}` +
    ` ${pad(kb(firstBytes), 10)} ${pad(kb(firstGzip), 8)} ${pad(files, 5)} ${pad(kb(code), 8)} ${pad(Math.round(r.latencyMs), 10)}` +
    ` ${pad((firstBytes / TARGET_BYTES).toFixed(2), 6)} ${pad((r.latencyMs / TARGET_MS).toFixed(2), 6)}`);
}
const searchJs = path.join(site, "assets", "search-page.js");
const wait = fs.existsSync(searchJs) ? /setTimeout\([^;]*?,\s*(\d+)\)/.exec(fs.readFileSync(searchJs, "utf8"))?.[1] ?? "?" : "?";
console.log(`latency: from the last keystroke's input event to the results in the page; it includes each page's wait for` +
  ` typing to stop (committee's search-page.js ${wait} ms, Pagefind UI's debounceTimeoutMs 300 ms by default).`);
console.log("load KB: index files fetched while the page loaded (committee: manifest, facets, …); query KB: index files fetched" +
  " from the first keystroke to the results (shards, documents, excerpt text); first-q KB = the two, the figure the 300 KB target" +
  " is about; code KB: the search's own scripts and WebAssembly (search.js; pagefind-ui.js, pagefind.js, wasm), not in the target.");
