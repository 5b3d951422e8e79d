// Writes a corpus of N valid reports for benchmarks, deterministically: the demo reports
// repeated with new meeting dates and slugs, plus the demo boards, types and site settings.
// Usage: node tests/bench/make-corpus.mjs N OUT_DIR
import fs from "node:fs";
import path from "node:path";

const [count = "1000", out = "/tmp/committee-corpus"] = process.argv.slice(2);
const n = Number(count);
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

const listReports = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? listReports(path.join(dir, e.name)) : e.name.endsWith(".md") ? [path.join(dir, e.name)] : []);
const sources = listReports(path.join(repo, "content", "reports")).sort()
  .map((file) => fs.readFileSync(file, "utf8"))
  .filter((text) => !/^status: draft/m.test(text));

fs.rmSync(out, { recursive: true, force: true });
for (const folder of ["boards", "types"]) {
  fs.cpSync(path.join(repo, "content", folder), path.join(out, "content", folder), { recursive: true });
}
fs.cpSync(path.join(repo, "site-src"), path.join(out, "site-src"), {
  recursive: true, filter: (p) => !p.includes("node_modules"),
});

for (let i = 0; i < n; i++) {
  const text = sources[i % sources.length];
  const board = /^board: (.+)$/m.exec(text)[1].trim();
  // Spread copies over later years so each copy is a different meeting with its period still ended.
  const shiftYears = Math.floor(i / sources.length) % 15;
  const shifted = text
    .replace(/^date: (\d{4})(-\d\d-\d\d)$/m, (_, y, rest) => `date: ${Number(y) + shiftYears}${rest}`)
    .replace(/^period: (\d{4})\/(\d\d) (Q\d)$/m, (_, y, _y2, q) => {
      const start = Number(y) + shiftYears;
      return `period: ${start}/${String((start + 1) % 100).padStart(2, "0")} ${q}`;
    })
    .replace(/^title: (.*)$/m, (line) => `${line}\nslug: copy-${i}`);
  const folder = path.join(out, "content", "reports", board);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, `copy-${String(i).padStart(6, "0")}.md`), shifted);
}
console.log(`wrote ${n} reports to ${out}`);
