#!/usr/bin/env python3
"""Fills i18n/tiepdan_en.ts from i18n/en.tsv (Vietnamese<TAB>English).

Workflow: cmake --build build --target update_translations  (lupdate adds new
source strings), add their English to en.tsv, run this script. It exits 1
and lists every source string that still has no English, so a forgotten
translation fails the test suite (tests run it with --check).
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
ts_path = root / "i18n" / "tiepdan_en.ts"
table = {}
for line in (root / "i18n" / "en.tsv").read_text(encoding="utf-8").splitlines():
    if line.strip():
        vi, en = line.split("\t")
        table[vi] = en

tree = ET.parse(ts_path)
missing = []
for msg in tree.iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    if src in table:
        if "--check" not in sys.argv:
            tr.text = table[src]
            tr.attrib.pop("type", None)
    elif not (tr.text and tr.attrib.get("type") != "unfinished"):
        missing.append(src)
    if "--check" in sys.argv and src in table and tr.text != table[src]:
        missing.append(src + "  (ts out of date)")
if "--check" not in sys.argv:
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
for m in missing:
    print("untranslated:", m)
sys.exit(1 if missing else 0)
