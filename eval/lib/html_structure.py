#!/usr/bin/env python3
"""Checks the structure of rendered Debrief pages: balanced, properly nested elements, one of each page landmark,
unique ids, resolvable aria references, an accessible diagram, and nothing that executes or loads.
Usage: html_structure.py FILE.html...   Prints one line per problem; exits 1 when any file has a problem."""
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Elements whose end tag HTML lets you omit; a mismatch at these is closed implicitly, like a browser does.
OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "colgroup", "caption"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.ids, self.labelled = [], [], {}, []
        self.counts = {}
        self.doctype = False
        self.svg_roles = []
        self.in_svg = 0

    def error_at(self, message):
        line, col = self.getpos()
        self.problems.append(f"{line}:{col}: {message}")

    def handle_decl(self, decl):
        if decl.lower() == "doctype html":
            self.doctype = True

    def handle_starttag(self, tag, attrs):
        self._open(tag, attrs, self_closing=False)

    def handle_startendtag(self, tag, attrs):
        self._open(tag, attrs, self_closing=True)

    def _open(self, tag, attrs, self_closing):
        key = ("svg:" + tag) if self.in_svg else tag
        self.counts[key] = self.counts.get(key, 0) + 1
        a = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.error_at(f"<{tag}> has an event handler attribute {name}")
            if name in ("href", "src", "action", "formaction", "xlink:href") and value:
                v = "".join(value.split()).lower()
                if v.startswith(("javascript:", "vbscript:", "data:text")):
                    self.error_at(f"<{tag} {name}> has an executable URL")
            if name == "id":
                if value in self.ids:
                    self.error_at(f"duplicate id {value!r}")
                self.ids[value] = True
            if name in ("aria-labelledby", "aria-describedby") and value:
                self.labelled.extend(value.split())
        if tag in ("script", "iframe", "object", "embed", "form", "base"):
            self.error_at(f"<{tag}> must not appear in a rendered page")
        if tag == "link":
            self.error_at("<link> loads an external resource")
        if tag == "svg":
            if self.in_svg == 0:
                self.svg_roles.append(a.get("role"))
        if tag in VOID or (self_closing and self.in_svg):
            return
        if self_closing:
            self.error_at(f"<{tag}/> self-closing syntax on a non-void HTML element")
            return
        if tag == "svg":
            self.in_svg += 1
        self.stack.append((tag, self.getpos()))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack and self.stack[-1][0] != tag and self.stack[-1][0] in OPTIONAL_END:
            self.stack.pop()
        if not self.stack or self.stack[-1][0] != tag:
            open_tag = self.stack[-1][0] if self.stack else "nothing"
            self.error_at(f"</{tag}> closes {open_tag}")
            # Recover: pop to the matching element if it is open at all.
            if any(t == tag for t, _ in self.stack):
                while self.stack and self.stack[-1][0] != tag:
                    self.stack.pop()
                self.stack.pop()
            return
        self.stack.pop()
        if tag == "svg":
            self.in_svg -= 1

    def finish(self):
        self.close()
        for tag, (line, col) in self.stack:
            if tag not in OPTIONAL_END:
                self.problems.append(f"{line}:{col}: <{tag}> is never closed")
        if not self.doctype:
            self.problems.append("no <!DOCTYPE html>")
        for tag in ("html", "head", "body", "main", "title"):
            if self.counts.get(tag, 0) != 1:
                self.problems.append(f"expected one <{tag}>, found {self.counts.get(tag, 0)}")
        if self.counts.get("h1", 0) != 1:
            self.problems.append(f"expected one <h1>, found {self.counts.get('h1', 0)}")
        for ref in self.labelled:
            if ref not in self.ids:
                self.problems.append(f"aria reference to missing id {ref!r}")
        if not self.svg_roles or any(r != "img" for r in self.svg_roles[:1]):
            self.problems.append("the timeline diagram (an <svg role=img>) is missing")
        return self.problems


def check(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    checker = Checker()
    checker.feed(text)
    problems = checker.finish()
    if 'http-equiv="Content-Security-Policy"' not in text:
        problems.append("no Content-Security-Policy")
    return problems


def main(paths):
    bad = 0
    for path in paths:
        problems = check(path)
        if problems:
            bad += 1
            for p in problems[:10]:
                print(f"{path}:{p}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
