#!/usr/bin/env python3
"""An independent reading of two revisions of a law in the e-Gov Markdown shape:
which articles changed, were added or were removed. nendiff's law profile is
tested against it (tests/law_test.cpp), so it shares no code with nendiff: it
splits at the 「#### 第N条」 headings, gives each article the caption line
above it (「*（趣旨）*」), and compares the texts with width variants and
white space folded (NFKC), nothing else.

Usage: law-reference.py OLD.md NEW.md  → JSON on stdout:
  {"changed": ["第二十三条の二", …], "added": […], "removed": […], "articles": N}
"""
import json
import re
import sys
import unicodedata

ARTICLE = re.compile(r"^#{1,6}\s*(第[一二三四五六七八九十百千〇]+条(?:の[一二三四五六七八九十百千〇]+)*)\s*$")
CAPTION = re.compile(r"^\*?[（(][^）)]*[）)]\*?$")


def articles(path):
    """Article label → its text (caption included), in file order."""
    out, label, caption, body = {}, None, "", []
    for raw in open(path, encoding="utf-8"):
        line = raw.strip()
        article = ARTICLE.match(line)
        if article or CAPTION.match(line) or line.startswith("#") or "## " in line:
            if label is not None:
                out[label] = fold("".join(body))
            label, body = None, []
        if article:
            label, body, caption = article.group(1), [caption], ""
        elif CAPTION.match(line):
            caption = line
        elif label is not None and line:
            body.append(line)
    if label is not None:
        out[label] = fold("".join(body))
    return out


def fold(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    old, new = articles(sys.argv[1]), articles(sys.argv[2])
    print(json.dumps({
        "changed": [a for a in new if a in old and old[a] != new[a]],
        "added": [a for a in new if a not in old],
        "removed": [a for a in old if a not in new],
        "articles": len(new),
    }, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
