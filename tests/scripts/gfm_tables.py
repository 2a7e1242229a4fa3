#!/usr/bin/env python3
"""Checks a Markdown file's tables against cmark-gfm's rendering of it.

Usage: gfm_tables.py FILE.md FILE.html

- Source: every block of consecutive lines starting with '|' is one table;
  each of its rows has as many cells (split on unescaped '|') as its header.
- Rendering: there are as many <table>s as source tables, and every row has
  as many cells as its table's header row.
Prints what is wrong and exits 1, or prints a summary and exits 0.
"""
import re
import sys
from html.parser import HTMLParser


def split_cells(line):
    cells, cur, i = [], "", 0
    body = line.strip()
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            cur += body[i : i + 2]
            i += 2
            continue
        if c == "|":
            cells.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    cells.append(cur)
    return cells[1:-1]  # drop what is outside the leading and trailing pipes


def source_tables(text):
    tables, current = [], None
    for line in text.split("\n"):
        if line.startswith("|"):
            if current is None:
                current = []
                tables.append(current)
            current.append(line)
        else:
            current = None
    return tables


class Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables = []  # list of rows, each a cell count
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append(0)
        elif tag in ("td", "th") and self.tables and self.tables[-1]:
            self.tables[-1][-1] += 1


def main():
    md = open(sys.argv[1], encoding="utf-8").read()
    html = open(sys.argv[2], encoding="utf-8").read()
    errors = []
    src = source_tables(md)
    for t in src:
        if len(t) < 2 or not re.fullmatch(r"\|( *:?-+:? *\|)+ *", t[1]):
            errors.append(f"not a GFM table (no delimiter row): {t[0][:80]}")
            continue
        n = len(split_cells(t[0]))
        for row in t[1:]:
            if len(split_cells(row)) != n:
                errors.append(f"source row has {len(split_cells(row))} cells, header {n}: {row[:120]}")
    p = Tables()
    p.feed(html)
    if len(p.tables) != len(src):
        errors.append(f"{len(src)} tables in the source, {len(p.tables)} rendered")
    for k, rows in enumerate(p.tables):
        for r, cells in enumerate(rows):
            if cells != rows[0]:
                errors.append(f"rendered table {k} row {r}: {cells} cells, header {rows[0]}")
    for e in errors[:20]:
        print("FAIL:", e)
    if errors:
        return 1
    print(f"ok: {len(src)} tables, {sum(len(t) for t in p.tables)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
