#!/usr/bin/env python3
"""One document, one set of facts: `show`, `lint` and `render` must agree on every shared corpus file.

Checks, per file (each disagreement is printed with the file and what differs):
  window     show's start/end/duration/undated-ness == the page's <time datetime> values on the card
  order      an entry show places earlier than its predecessor <=> a DB010 finding on that entry's line
  facts      show's impact and root cause == the card's impact and root cause (markup and spacing aside)
  owners     show's action items without an owner <=> lint's missing-owner findings on those lines
  findings   the page's lint panel lists exactly lint's findings
  year       no year in show's JSON or the card that neither the document nor its front matter gives
  sentence   no summary fact that ends where its sentence goes on
  endings    lint findings identical for the text with LF, CRLF and lone-CR line endings
Usage: consistency.py DEBRIEF_CMD... -- FILE...   (prints a table; exits 1 on any disagreement)
"""
import html, json, os, re, subprocess, sys, tempfile
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

def run(cmd, *args, check=False):
    p = subprocess.run(cmd + list(args), capture_output=True, text=True)
    if check and p.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd + list(args))[:200]}: exit {p.returncode}\n{p.stderr[:2000]}")
    return p

def key(d, *names):
    for n in names:
        if isinstance(d, dict) and n in d:
            return d[n]
    return None

class Card(HTMLParser):
    """Collects data-fact elements (their text and <time datetime>) and the lint panel's findings."""
    def __init__(self):
        super().__init__()
        self.facts, self.times, self.findings = {}, {}, []
        self.stack = []  # (tag, fact-name or None)
        self.finding = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        fact = a.get('data-fact')
        if fact: self.facts.setdefault(fact, '')
        if tag == 'time' and 'datetime' in a:
            owner = next((f for _, f in reversed(self.stack) if f), None)
            if owner: self.times.setdefault(owner, []).append(a['datetime'])
        if 'data-rule' in a:
            self.finding = {'rule': a['data-rule'], 'line': a.get('data-line')}
        self.stack.append((tag, fact))
    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag: break
    def handle_data(self, data):
        for _, f in self.stack:
            if f: self.facts[f] += data
        if self.finding is not None:
            self.findings.append(self.finding); self.finding = None

def iso_minutes(minutes):
    """The card's duration attribute for a number of minutes: PT1H15M, P1DT2H (rounded to the minute)."""
    m = round(minutes)
    days, rest = divmod(m, 1440)
    t = (f'{rest // 60}H' if rest // 60 else '') + (f'{rest % 60}M' if rest % 60 or m == 0 else '')
    return 'P' + (f'{days}D' if days else '') + ('T' + t if t else '')

def norm(text):
    text = html.unescape(text or '')
    text = re.sub(r'[*_`]+', '', text)
    text = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', text)
    return re.sub(r'\s+', ' ', text).strip()

YEAR = re.compile(r'(?<![\d.])(0001|1[89]\d\d|2\d\d\d)(?!\d|\.\d)')
# Years as outputs show them: ISO dates in JSON, "1 Jan 2000" on the page.
SHOWN_YEAR = re.compile(r'(?<![\d.])(\d{4})-\d\d-\d\d|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b')

def main():
    sep = sys.argv.index('--')
    cmd, files = sys.argv[1:sep], sys.argv[sep + 1:]
    problems = {k: [] for k in ['window', 'order', 'facts', 'owners', 'findings', 'year', 'sentence', 'endings']}
    shows = json.loads(run(cmd, 'show', '--format', 'json', *files, check=True).stdout)
    if isinstance(shows, dict): shows = [shows]
    lints = json.loads(run(cmd, 'lint', '--format', 'json', *files, check=True).stdout)
    lint_files = lints if isinstance(lints, list) else key(lints, 'files') or []
    by_path = {key(f, 'path'): f for f in lint_files}
    work = tempfile.mkdtemp(prefix='debrief-consistency-')
    for i, (path, show) in enumerate(zip(files, shows)):
        source = open(path, encoding='utf-8-sig').read()
        lint = by_path.get(path) or {}
        diags = key(lint, 'diagnostics', 'findings') or []
        page = os.path.join(work, f'{i}.html')
        r = run(cmd, 'render', path, '-o', page)
        if r.returncode != 0:
            problems['window'].append(f'{path}: render failed: {r.stderr.strip()[:200]}'); continue
        card = Card(); card.feed(open(page, encoding='utf-8').read())
        name = os.path.relpath(path)
        summary = key(show, 'summary') or {}
        incident = key(show, 'incident') or {}
        # window: the card's machine-readable <time datetime> values against show's placed incident window
        shown = card.times.get('window', [])
        expect = []
        for end in ('start', 'end'):
            p = key(incident, end)
            if not p: continue
            clock, date = p['local_time'][:5], p.get('date')
            if key(incident, 'axis_offset') and p.get('time'):
                at = datetime.fromisoformat(p['time'])
                h, m = map(int, incident['axis_offset'][1:].split(':'))
                sign = -1 if incident['axis_offset'][0] == '-' else 1
                at = at.astimezone(timezone(sign * timedelta(hours=h, minutes=m)))
                clock, date = at.strftime('%H:%M'), at.strftime('%Y-%m-%d')
            expect.append(f'{date}T{clock}' if key(incident, 'dates') == 'full' and date else clock)
        got = [re.sub(r'([+-]\d\d:\d\d|Z)$', '', v) for v in shown]
        if expect != got:
            problems['window'].append(f'{name}: show window {expect} vs page {got}')
        duration = key(incident, 'duration_minutes')
        page_duration = card.times.get('duration', [])
        if duration is not None and page_duration != [iso_minutes(duration)]:
            problems['window'].append(f'{name}: show duration {duration} min vs page {page_duration}')
        # order: an entry placed earlier than the previous entry of its timeline <=> a DB010 finding on its line
        entries = key(show, 'timeline') or []
        backwards = set()
        last = {}
        for e in entries:
            group, at = key(e, 'group'), key(e, 'axis_minutes')
            if group is None or at is None: continue
            if group in last and at < last[group]: backwards.add(key(e, 'line'))
            last[group] = at
        db010 = {key(d, 'line') for d in diags if key(d, 'rule', 'id') == 'DB010'}
        if backwards != db010:
            problems['order'].append(f'{name}: show places lines {sorted(backwards)} before their predecessor; DB010 on {sorted(db010)}')
        # facts: impact and root cause
        for fact, field in (('impact', 'impact'), ('root-cause', 'root_cause')):
            value = key(summary, field)
            value = key(value, 'value') if isinstance(value, dict) else value
            if field == 'root_cause' and value is None:
                rc = key(show, 'root_cause') or {}
                value = key(key(rc, 'cause') or {}, 'value')
            fm = key(show, 'front_matter') or {}
            if field == 'impact' and isinstance(key(fm, 'impact'), dict) and key(fm['impact'], 'summary'):
                value = key(fm['impact'], 'summary')
            on_page = card.facts.get(fact)
            if value and on_page is not None and norm(value) != norm(on_page) and not norm(on_page).startswith(norm(value)[:60]):
                problems['facts'].append(f'{name}: {fact}: show "{norm(value)[:80]}" vs page "{norm(on_page)[:80]}"')
        # owners
        items = key(show, 'action_items') or []
        no_owner = {key(a, 'line') for a in items if not key(a, 'owner')}
        owner_findings = {key(d, 'line') for d in diags if 'owner' in (key(d, 'message') or '') and key(d, 'rule', 'id') == 'DB061'}
        if owner_findings - no_owner:
            problems['owners'].append(f'{name}: lint says lines {sorted(owner_findings - no_owner)} have no owner; show gives them one')
        # findings in the page's panel
        if card.findings:
            page_set = sorted((f['rule'], int(f['line'] or 0)) for f in card.findings)
            lint_set = sorted((key(d, 'rule', 'id'), key(d, 'line')) for d in diags)
            if page_set != lint_set:
                problems['findings'].append(f'{name}: page panel {len(page_set)} findings vs lint {len(lint_set)}')
        # invented years
        years_in_doc = set(YEAR.findall(source))
        for where, text in (('show', json.dumps(show)), ('page', ' '.join(card.facts.values()) + ' ' + ' '.join(sum(card.times.values(), [])))):
            shown = {a or b for a, b in SHOWN_YEAR.findall(text)}
            invented = shown - years_in_doc
            if invented:
                problems['year'].append(f'{name}: {where} shows year(s) {sorted(invented)} the document never gives')
        # sentences cut short
        # headings and rules end what came before them: a sentence never goes on into one
        blocks = re.sub(r'(?m)^[ \t]*(?:#.*|[*_-]{3,}[ \t]*)$', '\u00b6', source)
        flat = re.sub(r'\s+', ' ', re.sub(r'[*_`>#|]+', ' ', blocks))
        for field in ('impact', 'root_cause'):
            value = key(summary, field)
            value = key(value, 'value') if isinstance(value, dict) else value
            if not value: continue
            tail = norm(value)[-25:]
            at = flat.find(tail)
            if at < 0: continue
            rest = flat[at + len(tail):at + len(tail) + 3]
            if re.match(r'^ ?[a-z0-9(]', rest) and not re.search(r'[.!?:;)"]$', tail):
                problems['sentence'].append(f'{name}: {field} ends "...{tail}" where the sentence goes on "{rest}..."')
    # endings: the same text with LF, CRLF and lone CR
    variants = {}
    for ending, nl in (('lf', '\n'), ('crlf', '\r\n'), ('cr', '\r')):
        folder = os.path.join(work, ending); os.makedirs(folder)
        paths = []
        for i, path in enumerate(files):
            text = open(path, encoding='utf-8', newline='').read().replace('\r\n', '\n').replace('\r', '\n')
            target = os.path.join(folder, f'{i:03d}.md')
            with open(target, 'w', encoding='utf-8', newline='') as f: f.write(text.replace('\n', nl))
            paths.append(target)
        out = json.loads(run(cmd, 'lint', '--format', 'json', *paths, check=True).stdout)
        out = out if isinstance(out, list) else key(out, 'files') or []
        variants[ending] = [sorted((key(d, 'rule', 'id'), key(d, 'line'), key(d, 'column'), key(d, 'message')) for d in (key(f, 'diagnostics', 'findings') or [])) for f in out]
    for i, path in enumerate(files):
        for ending in ('crlf', 'cr'):
            if variants[ending][i] != variants['lf'][i]:
                a, b = set(variants['lf'][i]), set(variants[ending][i])
                problems['endings'].append(f'{os.path.relpath(path)}: {ending} differs from lf: only lf {sorted(a - b)[:2]}, only {ending} {sorted(b - a)[:2]}')
    total = 0
    print(f'{"check":10} {"disagreements":>13}   ({len(files)} files)')
    for k, v in problems.items():
        print(f'{k:10} {len(v):13}')
        total += len(v)
    for k, v in problems.items():
        for line in v: print(f'  {k}: {line}')
    return 1 if total else 0

if __name__ == '__main__':
    sys.exit(main())
