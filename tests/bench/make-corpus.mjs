// Writes a corpus of N valid reports for benchmarks, deterministically (seeded): the 24 final demo
// reports repeated across the demo boards and types, 15 years of meeting dates and quarters, and the
// settings' wards, with new slugs; plus the demo boards, types and site settings. With --hugo it also
// writes the same corpus as a Hugo site (OUT_DIR/hugo) with equivalent minimal templates: a page per
// report, per board, per meeting, per quarter and per ward, and a home page of the latest papers.
// Usage: node tests/bench/make-corpus.mjs N OUT_DIR [--hugo] [--seed S]
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1] === "--seed"));
const [count = "1000", out = "/tmp/committee-corpus"] = positional;
const n = Number(count);
const hugo = flag("--hugo");
let seed = Number(option("--seed", "7")) >>> 0;
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

// mulberry32: a small seeded generator, so the same N and seed always give the same corpus.
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const listReports = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? listReports(path.join(dir, e.name)) : e.name.endsWith(".md") ? [path.join(dir, e.name)] : []);
const sources = listReports(path.join(repo, "content", "reports")).sort()
  .map((file) => fs.readFileSync(file, "utf8"))
  .filter((text) => !/^status: draft/m.test(text));

const settings = fs.readFileSync(path.join(repo, "site-src", "site.yml"), "utf8");
const wards = [...settings.matchAll(/^  - id: (.+)$/gm)].map((m) => m[1].trim());
const startMonth = Number(/^financial_year_start: (\d+)/m.exec(settings)?.[1] ?? 4);
const boardNames = Object.fromEntries(fs.readdirSync(path.join(repo, "content", "boards"))
  .map((f) => [f.replace(/\.yml$/, ""), /^name: (.+)$/m.exec(fs.readFileSync(path.join(repo, "content", "boards", f), "utf8"))[1].trim()]));

fs.rmSync(out, { recursive: true, force: true });
for (const folder of ["boards", "types"]) {
  fs.cpSync(path.join(repo, "content", folder), path.join(out, "content", folder), { recursive: true });
}
fs.cpSync(path.join(repo, "site-src"), path.join(out, "site-src"), {
  recursive: true, filter: (p) => !p.includes("node_modules"),
});
// The front-end packages are large; link them rather than copy (the build copies two files from them).
const modules = path.join(repo, "site-src", "node_modules");
if (fs.existsSync(modules)) fs.symlinkSync(modules, path.join(out, "site-src", "node_modules"));

const iso = (d) => d.toISOString().slice(0, 10);
const quarterOf = (date) => {
  const month = date.getUTCMonth() + 1;
  const offset = (month - startMonth + 12) % 12;
  const startYear = date.getUTCFullYear() - (month < startMonth ? 1 : 0);
  return { startYear, quarter: Math.floor(offset / 3) + 1 };
};
const quarterKey = ({ startYear, quarter }) => `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}-q${quarter}`;

if (hugo) writeHugoSite(path.join(out, "hugo"));

for (let i = 0; i < n; i++) {
  const text = sources[i % sources.length];
  const cycle = Math.floor(i / sources.length);
  const board = /^board: (.+)$/m.exec(text)[1].trim();
  // Each copy is a later meeting (0–14 years and 0–12 weeks on), so its period has still ended.
  const shiftYears = cycle % 15;
  const shiftWeeks = Math.floor(cycle / 15) % 13;
  const [, y, m, d] = /^date: (\d{4})-(\d\d)-(\d\d)$/m.exec(text);
  const date = new Date(Date.UTC(Number(y) + shiftYears, Number(m) - 1, Number(d) + 7 * shiftWeeks));
  let period = null;
  let shifted = text
    .replace(/^date: .*$/m, `date: ${iso(date)}`)
    .replace(/^period: "?(\d{4})\/(\d\d) (Q\d)"?$/m, (_, py, _y2, q) => {
      const start = Number(py) + shiftYears;
      period = { startYear: start, quarter: Number(q.slice(1)) };
      return `period: "${start}/${String((start + 1) % 100).padStart(2, "0")} ${q}"`;
    })
    .replace(/^title: (.*)$/m, (line) => `${line}\nslug: copy-${i}`);
  let reportWards = "all";
  if (!/^wards: all$/m.test(text)) {
    const chosen = new Set();
    const howMany = 1 + Math.floor(random() * 3);
    while (chosen.size < howMany) chosen.add(pick(wards));
    reportWards = [...chosen];
    shifted = shifted.replace(/^wards: .*$/m, `wards: [${reportWards.join(", ")}]`);
  }
  const name = `copy-${String(i).padStart(6, "0")}.md`;
  const folder = path.join(out, "content", "reports", board);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, name), shifted);

  if (hugo) {
    const title = /^title: (.*)$/m.exec(text)[1].trim();
    const summary = /^summary: (.*)$/m.exec(text)?.[1].trim() ?? '""';
    const exempt = /^access: exempt$/m.test(text);
    const body = exempt ? "This report is not for publication." : text.replace(/^---\n[\s\S]*?\n---\n/, "");
    const front = [
      "---",
      `title: ${title}`,
      `date: ${iso(date)}`,
      `slug: copy-${i}`,
      `url: /boards/${board}/${iso(date)}/copy-${i}/`,
      `summary: ${summary}`,
      `boards: [${board}]`,
      `meetings: [${board}-${iso(date)}]`,
      `quarters: [${quarterKey(period ?? quarterOf(date))}]`,
      `wards: [${reportWards === "all" ? "all" : reportWards.join(", ")}]`,
      "---",
      "",
    ].join("\n");
    const hugoFolder = path.join(out, "hugo", "content", "reports", board);
    fs.mkdirSync(hugoFolder, { recursive: true });
    fs.writeFileSync(path.join(hugoFolder, name), front + body);
  }
}
console.log(`wrote ${n} reports to ${out}${hugo ? ` (and the Hugo site to ${out}/hugo)` : ""}`);

function writeHugoSite(root) {
  const files = {
    "hugo.toml": [
      'baseURL = "https://papers.eastmere.example/"',
      'languageCode = "en-GB"',
      'title = "Eastmere committee papers"',
      'buildFuture = true',
      "rssLimit = 20",
      'disableKinds = ["section"]',
      "[taxonomies]",
      '  board = "boards"',
      '  meeting = "meetings"',
      '  quarter = "quarters"',
      '  ward = "wards"',
      "[outputs]",
      '  home = ["HTML", "RSS"]',
      '  taxonomy = ["HTML"]',
      '  term = ["HTML", "RSS"]',
      "[sitemap]",
      '  changefreq = "monthly"',
    ].join("\n"),
    "layouts/_default/baseof.html": `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="/assets/site.css"></head>
<body><header><a href="/">{{ site.Title }}</a><nav><a href="/boards/">Boards</a> <a href="/quarters/">Quarters</a> <a href="/wards/">Wards</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main><footer>Eastmere Borough Council</footer></body></html>
`,
    "layouts/_default/single.html": `{{ define "main" }}<nav class="breadcrumbs"><a href="/">Home</a> {{ range .GetTerms "boards" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }} {{ range .GetTerms "meetings" }}<a href="{{ .RelPermalink }}">{{ $.Date.Format "2 January 2006" }}</a>{{ end }}</nav>
<h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }}</p>
<nav class="contents"><h2>Contents</h2>{{ .TableOfContents }}</nav>
<article>{{ .Content }}</article>
{{ end }}`,
    "layouts/_default/list.html": `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}<p>{{ .Summary | plainify }}</p></li>{{ end }}</ul>{{ end }}`,
    "layouts/_default/terms.html": `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}`,
    "layouts/index.html": `{{ define "main" }}<h1>{{ site.Title }}</h1><h2>Latest papers</h2><ul>{{ range first 10 (where site.RegularPages.ByDate.Reverse "Type" "reports") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}</li>{{ end }}</ul>
<h2>Boards</h2><ul>{{ range site.Taxonomies.boards.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}`,
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  for (const [id, name] of Object.entries(boardNames)) {
    const folder = path.join(root, "content", "boards", id);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "_index.md"), `---\ntitle: ${name}\n---\n`);
  }
  fs.mkdirSync(path.join(root, "static", "assets"), { recursive: true });
  fs.writeFileSync(path.join(root, "static", "assets", "site.css"), "body{font-family:arial,sans-serif}\n");
}
