"""What the sample scripts (make-samples.py, make-samples-2022.py) share about an
edition's text: its line shapes, and texts compared with their years masked.
Python 3 standard library only."""
import re
import unicodedata

BULLET = re.compile(r"^(- ・ ?|・ ?)")
TAG_ONLY = re.compile(r"^【[^【】]*】$")
HEADING_PATTERNS = [
    (1, re.compile(r"^[0-9]+\.\s*\S")),
    (2, re.compile(r"^[(（][0-9]+[)）]")),
    (3, re.compile(r"^[①-⑳]")),
    (4, re.compile(r"^○")),
    (5, re.compile(r"^[(（][^()（）]+[)）]$")),
]
YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def heading_level(line):
    """1-5 for a heading line, 0 otherwise."""
    return next((level for level, pattern in HEADING_PATTERNS if pattern.match(line)), 0)


def norm(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def mask(text):
    """The normalized text with every year replaced by Y, and the years."""
    t = norm(text)
    return YEAR.sub("Y", t), [int(y) for y in YEAR.findall(t)]


def same_but_years(a, b, gap=1):
    """Equal texts but for years that stayed or moved by `gap`."""
    (ta, ya), (tb, yb) = mask(a), mask(b)
    return ta == tb and len(ya) == len(yb) and all(y2 - y1 in (0, gap) for y1, y2 in zip(ya, yb))


def replace_once(text, old, new):
    assert text.count(old) == 1, f"expected once ({text.count(old)}x): {old[:40]}"
    return text.replace(old, new)
