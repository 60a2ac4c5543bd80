#!/usr/bin/env python3
"""Checks translations/*.ts against the GUI's sources (tst_translations).

Runs lupdate over the sources into a copy of each .ts file and fails when the copy differs from the file in
the tree in which messages it holds: a string added to or changed in the sources without
`cmake --build build --target update_translations` (which brings it into every .ts file for translators).
Also fails on a finished translation that drops or adds a %1-style placeholder or has more than one
accelerator '&'. With --require-finished, fails on any message not yet translated.

Usage: check_translations.py --lupdate PATH --args FILE [--require-finished] TS...
(FILE: lupdate's options, include paths and sources, one argument per line, as CMake writes them.)
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(path):
    """{(context, source, comment): (translation, finished)} of one .ts file."""
    out = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name")
        for m in context.findall("message"):
            t = m.find("translation")
            numerus = t.findall("numerusform") if t is not None else []
            text = [n.text or "" for n in numerus] if numerus else [(t.text or "") if t is not None else ""]
            finished = t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, m.findtext("source"), m.findtext("comment") or "")] = (text, finished)
    return out


def placeholders(text):
    return sorted(set(re.findall(r"%L?(\d+)", text)))


def accelerators(text):
    # An entity (&nbsp; &lt; &#160; &#xa0;) is not an accelerator.
    return len(re.findall(r"&(?![A-Za-z]+;|#\d+;|#x[0-9A-Fa-f]+;)", text.replace("&&", "")))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--lupdate", required=True)
    p.add_argument("--args", required=True)
    p.add_argument("--require-finished", action="store_true")
    p.add_argument("ts", nargs="+")
    a = p.parse_args()
    lupdate_args = [s for s in Path(a.args).read_text().split("\n") if s.strip()]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in a.ts:
            ts = Path(ts)
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            cmd = [a.lupdate, "-silent"] + lupdate_args + ["-ts", str(copy)]
            run = subprocess.run(cmd, capture_output=True, text=True)
            if run.returncode != 0:
                failures.append(f"{ts.name}: lupdate failed: {run.stderr.strip()}")
                continue
            have, want = messages(ts), messages(copy)
            new = sorted(set(want) - set(have))
            gone = sorted(set(have) - set(want))
            for ctx, src, _ in new[:20]:
                failures.append(f"{ts.name}: not in the file (run the update_translations target): {ctx}: {src!r}")
            if len(new) > 20:
                failures.append(f"{ts.name}: … and {len(new) - 20} more messages not in the file")
            for ctx, src, _ in gone[:20]:
                failures.append(f"{ts.name}: no longer in the sources (run update_translations): {ctx}: {src!r}")
            unfinished = 0
            for (ctx, src, _), (texts, finished) in have.items():
                if not finished:
                    unfinished += 1
                    continue
                for text in texts:
                    if placeholders(text) != placeholders(src):
                        failures.append(f"{ts.name}: {ctx}: {src!r} → {text!r} changes the placeholders")
                    if accelerators(text) > 1:
                        failures.append(f"{ts.name}: {ctx}: {text!r} has more than one '&' accelerator")
            print(f"{ts.name}: {len(have)} messages, {len(have) - unfinished} translated, {unfinished} not yet")
            if a.require_finished and unfinished:
                failures.append(f"{ts.name}: {unfinished} messages not translated")
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
