#!/usr/bin/env python3
"""Fills i18n/tiepdan_en.ts from i18n/en.tsv (Vietnamese<TAB>English).

Workflow: cmake --build build --target update_translations  (lupdate adds new
source strings), add their English to en.tsv, run this script. It exits 1
and lists every source string that still has no English, so a forgotten
translation fails the test suite (tests run it with --check).

--check --lupdate LUPDATE SOURCE...: also runs lupdate over the sources (the
list app/kiosk/CMakeLists.txt gives qt_add_translations) into a scratch copy
of the .ts, so a string added to a screen or to the vocabulary without
running update_translations fails too (the committed .ts would not have it,
and the program would show it in Vietnamese in English mode).
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
ts_path = root / "i18n" / "tiepdan_en.ts"
check = "--check" in sys.argv
table = {}
for line in (root / "i18n" / "en.tsv").read_text(encoding="utf-8").splitlines():
    if line.strip():
        vi, en = line.split("\t")
        table[vi] = en


def messages(path):
    """(context, source) of every message of a .ts file."""
    out = set()
    for ctx in ET.parse(path).iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            out.add((name, msg.findtext("source")))
    return out


missing = []
if "--lupdate" in sys.argv:
    i = sys.argv.index("--lupdate")
    lupdate, sources = sys.argv[i + 1], sys.argv[i + 2:]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts_path.name
        shutil.copy(ts_path, fresh)
        run = subprocess.run([lupdate, "-silent", "-no-obsolete", "-source-language", "vi",
                              "-target-language", "en", *sources, "-ts", str(fresh)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            sys.exit(1)
        committed, current = messages(ts_path), messages(fresh)
    for ctx, src in sorted(current - committed):
        missing.append(f"{ctx}: {src}  (not in the .ts: run update_translations)")
    for ctx, src in sorted(committed - current):
        missing.append(f"{ctx}: {src}  (gone from the sources: run update_translations)")

tree = ET.parse(ts_path)
for msg in tree.iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    if src in table:
        if not check:
            tr.text = table[src]
            tr.attrib.pop("type", None)
    elif not (tr.text and tr.attrib.get("type") != "unfinished"):
        missing.append(src)
    if check and src in table and tr.text != table[src]:
        missing.append(src + "  (ts out of date)")
if not check:
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
for m in missing:
    print("untranslated:", m)
sys.exit(1 if missing else 0)
