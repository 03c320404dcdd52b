#!/usr/bin/env python3
"""Re-dresses a follow-up edition laid out like the health-strategy samples
(1. / (1) / ① / ○ / (…) headings, 「・」 items, 【◎厚、経】 tags) in the layout of
another family of follow-up documents, keeping every word of its content. A
re-dressed pair must give the same findings as the original pair
(tests/profiles_test.cpp): it is how nendiff is tested on layouts it was not
written for.

Families (each a consistent layout seen in real follow-ups of other
headquarters' strategies and plans):
  b  第１章 / １． / （１） / ア / 【…】 headings, ○ items, tags in full ministry
     names with ◎ for the lead: （◎厚生労働省、経済産業省）, 【再掲】 labels
  c  Ⅰ． / 1. / (ア) / a. / ＜…＞ headings, ● items, 《所管省庁：厚生労働省（主）、
     経済産業省》 tags, 【KPI】 labels
  d  第1 / (1) / ◇ / □ / ■ headings, numbered items 1) 2) …, ［所管：◎厚労、経産］
     tags with other abbreviations, 【新規】【短期】 labels
  m  Markdown as a converter writes a Word edition: ## 1. / ### (1) / #### ① headings,
     **○ …** and *（…）* headings in emphasis, "- " items, tags in bold (**【◎厚、経】**),
     【KPI】 labels

A line is re-dressed only where it starts something: after a blank line that
follows a closed paragraph (one ending in 。, 】 or a heading). Lines that
continue a paragraph across a page break keep their shape, even when they
happen to start like a heading of the new family (「アムの運営…」).

Usage: redress-followup.py FAMILY IN OUT
       redress-followup.py --check DIR   (the files in DIR are up to date)
"""
import hashlib
import pathlib
import re
import sys
import unicodedata

# The ministries and bodies of the samples' tags: abbreviation, full name,
# the abbreviation family d uses.
BODIES = {
    "厚": ("厚生労働省", "厚労"), "経": ("経済産業省", "経産"), "文": ("文部科学省", "文科"),
    "総": ("総務省", "総務"), "農": ("農林水産省", "農水"), "国": ("国土交通省", "国交"),
    "外": ("外務省", "外務"), "財": ("財務省", "財務"), "法": ("法務省", "法務"),
    "環": ("環境省", "環境"), "消": ("消費者庁", "消費者"), "金": ("金融庁", "金融庁"),
    "金融": ("金融庁", "金融庁"), "健医": ("健康・医療戦略推進事務局", "健康医療"),
    "戦略室": ("内閣官房健康・医療戦略室", "健康医療戦略室"),
    "統括庁": ("内閣感染症危機管理統括庁", "感染症統括庁"),
    "科技": ("科学技術・イノベーション推進事務局", "科技事務局"),
    "NISC": ("内閣サイバーセキュリティセンター", "NISC"),
    "食品": ("食品安全委員会", "食安委"), "万博": ("国際博覧会推進本部事務局", "万博事務局"),
    "REVIC室": ("地域経済活性化支援機構担当室", "REVIC室"),
    "オリパラ": ("東京オリンピック競技大会・東京パラリンピック競技大会推進本部事務局", "オリパラ事務局"),
}

KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホ"
LATIN = "abcdefghijklmnopqrstuvwxyz"
ROMAN = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ"]
LABELS = {"b": ["【再掲】"], "c": ["【KPI】"], "d": ["【新規】", "【短期】"], "m": ["【KPI】"]}

LEVEL1 = re.compile(r"^([0-9０-９]+)[.．]\s*(.+)$")
LEVEL2 = re.compile(r"^[(（](\d+)[)）]\s*(.+)$")
LEVEL3 = re.compile(r"^([\u2460-\u2473])\s*(.+)$")
LEVEL4 = re.compile(r"^[○◯]\s*(.+)$")
LEVEL5 = re.compile(r"^[(（]([^()（）]+)[)）]$")
ITEM = re.compile(r"^(?:-\s*)?・(.*)$")
TAG = re.compile(r"【([^【】]*)】$")


def full_width(n):
    return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def heading(family, level, n, title):
    """The heading line of `family` for the n-th heading at `level` (1-based)."""
    forms = {
        "b": [f"第{full_width(n)}章　{title}", f"{full_width(n)}．{title}",
              f"（{full_width(n)}）{title}", f"{KANA[(n - 1) % len(KANA)]}　{title}",
              f"【{title}】"],
        "c": [f"{ROMAN[(n - 1) % len(ROMAN)]}．{title}", f"{n}. {title}",
              f"({KANA[(n - 1) % len(KANA)]}) {title}",
              f"{LATIN[(n - 1) % len(LATIN)]}. {title}", f"＜{title}＞"],
        "d": [f"第{n} {title}", f"({n}) {title}", f"◇{title}", f"□{title}", f"■{title}"],
        "m": [f"## {n}. {title}", f"### ({n}) {title}", f"#### {chr(0x245F + n)} {title}",
              f"**○ {title}**", f"*（{title}）*"],
    }
    return forms[family][level - 1]


def tag(family, inner):
    """The family's form of the tag 【inner】: the same bodies, the same leads."""
    bodies = []
    for part in inner.split("、"):
        lead = part.startswith("◎")
        name = part.lstrip("◎")
        note = ""
        m = re.match(r"^(.*?)([（(].*[)）])$", name)
        if m:
            name, note = m.group(1), m.group(2)
        full, abbr = BODIES[name]
        bodies.append((lead, full, abbr, note))
    if family == "b":
        return "（" + "、".join(("◎" if l else "") + f + n for l, f, a, n in bodies) + "）"
    if family == "m":
        return f"**【{inner}】**"
    if family == "c":
        return "《所管省庁：" + "、".join(f + n + ("（主）" if l else "") for l, f, a, n in bodies) + "》"
    return "［所管：" + "、".join(("◎" if l else "") + a + n for l, f, a, n in bodies) + "］"


def label_for(family, text):
    """A bracketed label that is not a tag, for about one item in five; the
    same item gets the same label in every edition (its opening words decide)."""
    opening = re.sub(r"[\d\s]", "", unicodedata.normalize("NFKC", text))[:12]
    digest = hashlib.sha1(opening.encode()).digest()[0]
    labels = LABELS[family]
    return labels[digest % len(labels)] if digest % 5 == 0 else ""


def redress(family, lines):
    out, counters, item_no, closed = [], [0] * 6, 0, True
    for raw in lines:
        line = raw.rstrip("\r\n")
        ending = raw[len(line):]
        text = line.strip(" \u3000")
        starts = closed
        if not text:
            out.append(raw)
            continue
        new = line
        m = None
        for level, pattern in enumerate([LEVEL1, LEVEL2, LEVEL3, LEVEL4, LEVEL5], 1):
            m = pattern.match(text) if starts and not text.endswith("。") else None
            if m:
                counters[level] += 1
                for deeper in range(level + 1, 6):
                    counters[deeper] = 0
                number = counters[level] if level > 1 else int(m.group(1))
                new = heading(family, level, number, m.group(m.lastindex))
                item_no = 0
                break
        if not m and starts and ITEM.match(text):
            item_no += 1
            body = ITEM.match(text).group(1)
            marker = {"b": "○", "c": "●", "d": f"{item_no})", "m": "- "}[family]
            body = label_for(family, body) + body
            new = marker + body
        if not m:
            new = TAG.sub(lambda t: tag(family, t.group(1)), new)
        out.append(new + ending)
        closed = bool(m) or text.endswith("。") or text.endswith("】")
    return out


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        folder = pathlib.Path(sys.argv[2])
        stale = [p for p in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md")) if not up_to_date(p)]
        for p in stale:
            print(f"redress-followup: {p} is not what the script makes", file=sys.stderr)
        sys.exit(1 if stale else 0)
    if len(sys.argv) != 4 or sys.argv[1] not in ("b", "c", "d", "m"):
        sys.exit(__doc__)
    family, source, target = sys.argv[1:]
    lines = open(source, encoding="utf-8", newline="").readlines()
    pathlib.Path(target).write_text("".join(redress(family, lines)), encoding="utf-8")


def up_to_date(path):
    """samples/families/<family>-<sample>.txt against samples/<sample>.txt."""
    family, sample = path.stem.split("-", 1)
    source = path.parent.parent / (sample + ".txt")
    lines = open(source, encoding="utf-8", newline="").readlines()
    return path.read_text(encoding="utf-8") == "".join(redress(family, lines))


if __name__ == "__main__":
    main()
