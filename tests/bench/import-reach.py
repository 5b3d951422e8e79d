#!/usr/bin/env python3
# Measures how far the import reaches on the real papers of tests/Committee.Tests/Import/Papers, as docs/import.md
# reports it: imports every paper (with the manifest) into a copy of the demo site with the boards the papers went to
# and an archive type whose sections are all optional, then counts, paper by paper, whether it needs a hand edit
# (a front-matter field or an expected section differs from NAME.expected.yml, or validate reports an error) and the
# minutes of hand work left (a minute an error or wrong field, half a minute a warning, check or listed line).
#   dotnet build generator && tests/bench/import-reach.py [--type ppb-report]
import csv, glob, os, re, shutil, subprocess, sys, tempfile

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
papers = os.path.join(repo, "tests", "Committee.Tests", "Import", "Papers")
kind = sys.argv[sys.argv.index("--type") + 1] if "--type" in sys.argv else "archive-report"
boards = {"cabinet": "Cabinet", "highland-council": "Highland Council", "planning-committee": "Planning Committee", "council": "Council",
          "constitution-committee": "Constitution Committee", "corporate-overview-and-scrutiny-committee": "Corporate Overview and Scrutiny Committee",
          "housing-scrutiny-committee": "Housing Scrutiny Committee",
          "environment-and-leisure-overview-and-scrutiny-committee": "Environment and Leisure Overview and Scrutiny Committee", "executive": "Executive",
          "fire-and-public-safety-select-committee": "Fire and Public Safety Select Committee",
          "environment-and-transport-select-committee": "Environment and Transport Select Committee",
          "planning-and-regulatory-committee": "Planning and Regulatory Committee",
          "strategy-and-regeneration-overview-and-scrutiny-committee": "Strategy and Regeneration Overview and Scrutiny Committee",
          "regulatory-panel-planning-and-transportation": "Regulatory Panel (Planning and Transportation)", "executive-committee": "Executive Committee",
          "leisure-and-community-safety-policy-and-scrutiny-committee": "Leisure and Community Safety Policy and Scrutiny Committee",
          "community-and-environment-board": "Community and Environment Board", "executive-member-environmental-services": "Executive Member Environmental Services"}
archive = """name: Archive report
description: A paper from before the archive, imported as it was written.
numbering: none
sections: []
optional_sections:
  - title: Purpose of report
    also: [Purpose, Purpose of the report, Purpose/Executive summary, Introduction]
  - title: Recommendations
    also: [Recommendation, Recommended]
  - title: Background
required_fields: []
"""


def key(title):
    # As KnownTitles.Key: case, punctuation, numbers, "and" and "the" aside.
    words = re.sub(r"[^\w\s]", " ", re.sub(r"^[\d.()]+\s+", "", title.replace("(s)", "s")).lower().replace("&", " and ")).split()
    return " ".join(w for w in words if w not in ("and", "the") and not w.isdigit())


def expected(name):
    fields, text = {}, open(os.path.join(papers, name + ".expected.yml"), encoding="utf-8").read()
    for line in text.splitlines():
        m = re.match(r"^(\w+):\s*(.*)$", line)
        if m: fields[m.group(1)] = m.group(2).strip()
    sections = fields.pop("sections", "[]").strip("[]")
    fields["sections"] = [key(s.strip().strip('"')) for s in re.findall(r'\s*("[^"]*"|[^,]+)', sections) if s.strip()]
    return fields


# What an officer gives the import for a paper, as ImportPapersTests.Given: a hand edit, a minute's work.
given = {"bolton-executive-member-environmental-services-2006-08-08": ["--exempt-paragraph", "3"]}
site = tempfile.mkdtemp(prefix="import-reach-")
try:
    shutil.copytree(os.path.join(repo, "site-src"), os.path.join(site, "site-src"), ignore=shutil.ignore_patterns("node_modules"))
    for folder in ("boards", "types", "indicators"):
        shutil.copytree(os.path.join(repo, "content", folder), os.path.join(site, "content", folder))
    for board, name in boards.items():
        open(os.path.join(site, "content", "boards", board + ".yml"), "w").write(f"name: {name}\ntype: ppb-report\n")
    open(os.path.join(site, "content", "types", "archive-report.yml"), "w").write(archive)
    settings = os.path.join(site, "site-src", "site.yml")
    text = open(settings, encoding="utf-8").read()
    open(settings, "w", encoding="utf-8").write(text.replace("wards:\n", "wards:\n  - id: cricieth\n    name: Cricieth\n", 1))
    committee = os.path.join(repo, "generator", "bin", "Debug", "net10.0", "committee.dll")
    names = sorted(os.path.basename(p)[:-len(".expected.yml")] for p in glob.glob(os.path.join(papers, "*.expected.yml")))
    names = [n for n in names if n.startswith(os.environ.get("ONLY", ""))]
    totals = {}
    for name in names:
        # Each paper on its own, as ImportPapersTests imports it: the layouts are one fictional paper written several ways.
        out, report = os.path.join(site, "out", name), os.path.join(site, name + ".csv")
        run = subprocess.run(["dotnet", committee, "import", os.path.join(papers, name + ".txt"), "--manifest", os.path.join(papers, "manifest.csv"),
                        "--type", kind, "--out", out, "--report", report, "--content", os.path.join(site, "content"), "--site", os.path.join(site, "site-src")] + given.get(name, []),
                       capture_output=True, text=True)
        if os.environ.get("SHOW") in (name, "errors"): print("\n".join(l for l in (run.stdout + run.stderr).splitlines() if os.environ.get("SHOW") == name or ": error " in l))
        want, row = expected(name), next(csv.DictReader(open(report, encoding="utf-8")))
        text = open(os.path.join(out, row["report"].split("/", 1)[-1] if not os.path.isabs(row["report"]) else row["report"]), encoding="utf-8").read() if row["report"] else ""
        got = {m.group(1): m.group(2).strip().strip('"') for m in re.finditer(r"^(\w+): (.*)$", text, re.M)}
        headings = {key(h) for h in re.findall(r"^#{2,3} (.*)$", text, re.M)}
        wrong = [f for f in ("board", "date", "title", "officer", "wards", "item") if f in want and want[f].strip('"') != got.get(f, "")]
        missing = [s for s in want["sections"] if s not in headings]
        errors, warnings = int(row["errors"] or 0), int(row["warnings"] or 0)
        minutes = errors + len(wrong) + 0.5 * (warnings + int(row["checks"] or 0) + int(row["unplaced_lines"] or 0)) + (1 if name in given else 0)
        edit = bool(wrong or missing or errors or name in given)
        group = "layout" if name.startswith("layout-") else "real"
        t = totals.setdefault(group, {"papers": 0, "no edit": 0, "minutes edit": 0.0, "minutes checks": 0.0, "edited": 0})
        t["papers"] += 1
        t["edited" if edit else "no edit"] += 1
        t["minutes edit" if edit else "minutes checks"] += minutes
        print(f"{name:50} {'EDIT' if edit else 'ok  '} {minutes:5.1f} min  errors {errors} wrong {','.join(wrong) or '-'} missing {','.join(missing) or '-'}")
    for group, t in totals.items():
        edited, fine = t["edited"], t["no edit"]
        print(f"{group}: {fine} of {t['papers']} with no hand edit; the {edited} others {t['minutes edit'] / max(edited, 1):.1f} min a paper; the {fine} without an edit {t['minutes checks'] / max(fine, 1):.1f} min of checks a paper")
finally:
    if not os.environ.get("KEEP"): shutil.rmtree(site)
