#!/usr/bin/env python3
"""Measures, over every Markdown file of ../shared/corpus, how `show`, `lint` and `render` agree on times.

(a) documents where show's placement and DB010 disagree: an entry whose placement in `show --format json`
    is earlier than its predecessor's (same timeline group, document order) must be exactly a DB010 finding
    on that entry's line, and every DB010 finding must be such an entry;
(b) documents whose show JSON or HTML page contain a year the document does not write (a placeholder year
    such as 2000 or 0001 leaking out as if written).

Usage: eval/tools/times_agreement.py [DLL] [--details] [--corpus DIR]
  DLL: a built debrief.dll (default: build the CLI); DIR: the Markdown files to measure (default ../shared/corpus).
Prints the two counts and, with --details, the documents and what disagreed. Exit 0, or with --check exit 1
when either count is above 0 (the bar of eval/checks/times).
"""
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("DEBRIEF_SHARED", os.path.join(ROOT, "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus")
YEAR = re.compile(r"(?<![0-9])(0001|1[89][0-9][0-9]|20[0-9][0-9]|2100)(?![0-9])")
# A year as an output writes one: an ISO date ("2000-06-05T21:30"), or after a month ("Sat 1 Jan 2000", "June 5, 2000").
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
OUTPUT_YEAR = re.compile(r"(?<![0-9])([0-9]{4})-[0-9]{2}-[0-9]{2}|(?:" + MONTHS + r")[a-z]*\.?\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?,?\s+)?([0-9]{4})(?![0-9])")


def output_years(text):
    return {a or b for a, b in OUTPUT_YEAR.findall(text)}


def build():
    out = os.path.join(ROOT, ".eval", "times-bin")
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "Debrief.Cli"), "-c", "Release", "-o", out,
                    "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(out, "debrief.dll")


def backwards_lines(doc):
    """Lines of entries show places earlier than the entry before them in their timeline.

    New JSON: entries carry `group` (null for a remark outside the order) and `axis_minutes` (one axis for the whole
    document). Old JSON (before the chronology): one sequence, compared by `time` (instant) or `local_time`."""
    lines = set()
    previous = None
    for e in doc["timeline"]:
        if "axis_minutes" in e:
            if e.get("group") is None:
                continue
            key = (e["group"], float(e["axis_minutes"]))
        else:
            parsed = parse_iso(e.get("time")) or parse_iso(e.get("local_time"))
            if parsed is None:
                continue
            key = (0, parsed)
        if previous is not None and previous[0] == key[0] and key[1] < previous[1]:
            lines.add(e["line"])
        previous = key
    return lines


def parse_iso(text):
    from datetime import datetime
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def text_of_html(html):
    html = re.sub(r"<style.*?</style>", " ", html, flags=re.S)
    html = re.sub(r"<[^>]*>", " ", html)
    return html


def main():
    argv = sys.argv[1:]
    corpus = CORPUS
    if "--corpus" in argv:
        i = argv.index("--corpus")
        corpus = os.path.abspath(argv[i + 1])
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("--")]
    details = "--details" in argv
    dll = os.path.abspath(args[0]) if args else build()
    files = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(corpus) for f in fs if f.endswith(".md"))
    show = json.loads(subprocess.run(["dotnet", dll, "show", "--format", "json", *files], capture_output=True, text=True).stdout)
    lint = json.loads(subprocess.run(["dotnet", dll, "lint", "--format", "json", *files], capture_output=True, text=True, cwd=SHARED).stdout)
    lint_by = {os.path.realpath(os.path.join(SHARED, r["path"])): r for r in lint}
    disagree, invented = [], []
    with tempfile.TemporaryDirectory() as tmp:
        def render(i):
            out = os.path.join(tmp, f"{i}.html")
            subprocess.run(["dotnet", dll, "render", files[i], "-o", out], capture_output=True)
            return open(out, encoding="utf-8").read() if os.path.exists(out) else ""
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            pages = list(pool.map(render, range(len(files))))
        for path, doc, html in zip(files, show, pages):
            rel = os.path.relpath(path, corpus)
            r = lint_by.get(os.path.realpath(path))
            db010 = {f["line"] for f in r["findings"] if f["rule"] == "DB010"} if r else set()
            back = backwards_lines(doc)
            if back != db010:
                disagree.append((rel, sorted(back), sorted(db010)))
            source = open(path, encoding="utf-8", errors="replace").read()
            written = set(YEAR.findall(source))
            doc_json = json.dumps(doc, ensure_ascii=False)
            years = {y for y in output_years(doc_json) if y not in written}
            page = html.split('<article class="doc"')[0]  # the card and diagrams: what Debrief writes itself
            page_years = {y for y in output_years(text_of_html(page)) if y not in written}
            if years or page_years:
                invented.append((rel, sorted(years), sorted(page_years)))
    print(f"files: {len(files)}")
    print(f"(a) show placement vs DB010 disagree: {len(disagree)}")
    if details:
        for rel, back, db in disagree:
            print(f"    {rel}: show backwards at lines {back}, DB010 at lines {db}")
    print(f"(b) invented year in show JSON or HTML: {len(invented)}")
    if details:
        for rel, j, h in invented:
            print(f"    {rel}: json {j} html {h}")
    if "--check" in argv:
        print("bar: 0 and 0")
        return 1 if disagree or invented else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
