#!/usr/bin/env python3
"""Checks an HTML report: well-formed XML (every element closed, only XML
entities), self-contained (no src=/href= outside the page, no <script>,
<link>, <img>, <iframe>, no url(...) in CSS), and every #anchor it links
to exists. Usage: html_check.py FILE.html; exit 1 with messages on failure."""
import re
import sys
import xml.etree.ElementTree as ET


def main():
    path = sys.argv[1]
    text = open(path, encoding="utf-8").read()
    errors = []
    try:
        root = ET.fromstring(text)
    except ET.ParseError as e:
        print(f"FAIL: {path}: not well-formed: {e}")
        return 1
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag in ("script", "link", "img", "iframe", "object", "embed"):
            errors.append(f"<{tag}> element")
        for attr in ("src", "href", "xlink:href", "action"):
            v = el.get(attr)
            if v is None:
                continue
            if not v.startswith("#"):
                errors.append(f"{tag} {attr}={v!r} leaves the page")
            elif v[1:] not in ids:
                errors.append(f"{tag} {attr}={v!r}: no such id")
    for style in root.iter("style"):
        if "url(" in (style.text or "") or "@import" in (style.text or ""):
            errors.append("CSS loads an external resource")
    if re.search(r"""(src|href)\s*=\s*["']?\s*(https?:|//)""", text):
        errors.append("an external URL in src= or href=")
    for e in errors[:20]:
        print(f"FAIL: {path}: {e}")
    if errors:
        return 1
    print(f"ok: {path}: well-formed, self-contained, {len(ids)} ids")
    return 0


if __name__ == "__main__":
    sys.exit(main())
