"""False positives on documentation written for people: the sanitizer over the docs on this machine.

    .venv/bin/python -m bench.doc_fpr                      # packages' READMEs, /usr/share/doc, man pages
    .venv/bin/python -m bench.doc_fpr --paths DIR [DIR ...] --show 20

The eval set's benign half is one labelled sample of benign text; this is a larger unlabelled one:
every installed Python package's description (`*.dist-info/METADATA`) and its Markdown/reST/text
docs, Debian's README and NEWS files (gzip read as text; changelogs and licences left out) and
manual pages of sections 1, 5 and 8 (troff requests and font escapes stripped), at most
`--max-files` per folder, taken at an even stride through the sorted list. Files are cut into
chunks of paragraphs up to 1,200 characters, as ingestion would. A chunk counts as a false
positive when any injection, role-spoof, exfiltration or encoded finding would remove text from it;
hardrag's own README (which quotes attacks on purpose) is reported apart. Rules were narrowed after
reading what fired here, so this corpus is no longer blind: read a rise as a regression, not the
rate on unseen text. The corpus is whatever this machine has installed; compare runs on one machine.
"""

from __future__ import annotations

import argparse
import gzip
import re
import site
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bench._common import machine, result_line, table
from trust import Action, Category, scan

CHUNK_CHARS = 1200
_REMOVING = {Category.INJECTION, Category.ROLE_SPOOF, Category.EXFIL, Category.ENCODED}
_SKIP = re.compile(
    r"licen[cs]e|copying|copyright|changelog|entry_points|top_level|record|requires|sources|"
    r"dependency_links|vocab|merges|/tests?/|/data/",
    re.IGNORECASE,
)
_DOC_SUFFIXES = (".md", ".rst", ".txt")


_MAN_SECTIONS = ("man1", "man5", "man8")
_TROFF_HEADING = re.compile(r"^\.(?:TH|SH|SS)\s*", re.MULTILINE)
_TROFF_TEXT_MACRO = re.compile(r"^\.(?:B|I|BR|IR|RB|RI|BI|IB|SM|SB)\s+", re.MULTILINE)
_TROFF_REQUEST = re.compile(r"^\.(?:\\\"|[A-Za-z]{1,3}\b).*$", re.MULTILINE)
_TROFF_ESCAPE = re.compile(r"\\f(?:[BIRPC]|\(\w\w|\[\w*\])|\\[&,/]|\\\(em|\\\(en")


def default_paths() -> list[Path]:
    roots = [Path(p) for p in site.getsitepackages()]
    roots += [Path("/usr/share/doc"), *(Path("/usr/share/man") / s for s in _MAN_SECTIONS)]
    roots += sorted(p for s in _MAN_SECTIONS for p in Path("/usr/share/man").glob(f"*/{s}"))  # translations
    return [r for r in roots if r.is_dir()]


def corpus(path: Path) -> str:
    """Which kind of document a file is, for the per-corpus rows of the table."""
    if path.parent.name in _MAN_SECTIONS:
        lang = path.parent.parent.name
        return "manual pages, English" if lang == "man" else "manual pages, translated"
    if "site-packages" in path.parts or "dist-packages" in path.parts:
        return "Python packages"
    return "Debian docs" if "doc" in path.parts else "other"


def strip_troff(text: str) -> str:
    """The prose of a manual page: headings kept as paragraph breaks, requests and font escapes dropped."""
    text = _TROFF_HEADING.sub("\n\n", text)
    text = _TROFF_TEXT_MACRO.sub("", text)
    text = _TROFF_REQUEST.sub("", text)
    return _TROFF_ESCAPE.sub("", text).replace("\\-", "-")


def doc_files(roots: list[Path], max_files: int = 3000) -> Iterator[Path]:
    for root in roots:
        found = []
        for path in sorted(root.rglob("*")):
            if not path.is_file() or _SKIP.search(str(path.relative_to(root))):
                continue
            name = path.name
            wanted = (
                name == "METADATA"
                or name.endswith(_DOC_SUFFIXES)
                or name.startswith(("README", "NEWS"))
                or (root.name in _MAN_SECTIONS and name.endswith(".gz"))
            )
            if wanted and path.stat().st_size < 400_000:
                found.append(path)
        stride = max(1, -(-len(found) // max_files))  # ceil: at most max_files, spread over the list
        yield from found[::stride]


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        try:
            raw = gzip.decompress(raw)
        except OSError:
            return ""
    text = raw[:200_000].decode("utf-8", errors="replace")
    if path.name == "METADATA" and "\n\n" in text:
        text = text.split("\n\n", 1)[1]  # the RFC 822 header is metadata, not prose
    if path.parent.name in _MAN_SECTIONS:
        text = strip_troff(text)
    return text


def chunks(text: str) -> Iterator[str]:
    current = ""
    for para in re.split(r"\n\s*\n", text):
        if current and len(current) + len(para) > CHUNK_CHARS:
            yield current
            current = ""
        current += para + "\n\n"
    if current.strip():
        yield current


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--paths", nargs="*", type=Path, help="folders to read (default: site-packages, /usr/share/doc, man pages)"
    )
    parser.add_argument("--show", type=int, default=10, help="print this many flagged spans")
    parser.add_argument("--max-files", type=int, default=3000, help="at most this many files per folder")
    args = parser.parse_args(argv)
    roots = args.paths or default_paths()
    print(machine())
    n_files = n_chunks = flagged = own_chunks = own_flagged = 0
    per_corpus: dict[str, list[int]] = {}  # corpus -> [files, chunks, flagged]
    rules: Counter[str] = Counter()
    shown: list[str] = []
    for path in doc_files(roots, args.max_files):
        own = "hardrag" in path.parts[-2] if len(path.parts) > 1 else False
        n_files += 1
        row = per_corpus.setdefault(corpus(path), [0, 0, 0])
        row[0] += 1
        for chunk in chunks(read_text(path)):
            found = [
                f
                for f in scan(chunk).findings
                if f.action == Action.REMOVE and f.category in _REMOVING and f.rule != "paragraph"
            ]
            if own:
                own_chunks += 1
                own_flagged += bool(found)
                continue
            n_chunks += 1
            row[1] += 1
            if found:
                flagged += 1
                row[2] += 1
                rules.update(f.rule for f in found)
                if len(shown) < args.show:
                    f = found[0]
                    around = chunk[max(0, f.span.start - 50) : f.span.end + 30].replace("\n", " ")
                    shown.append(f"{f.rule}: {path.parent.name}/{path.name}: …{around}…")
    rate = flagged / max(1, n_chunks)
    table(
        "Chunks of human-addressed documentation from which the sanitizer would remove text",
        ["files", "chunks", "flagged", "rate", "hardrag's README: flagged / chunks"],
        [[n_files, n_chunks, flagged, f"{rate:.2%}", f"{own_flagged} / {own_chunks}"]],
    )
    table(
        "By corpus",
        ["corpus", "files", "chunks", "flagged", "rate"],
        [[name, f, c, k, f"{k / max(1, c):.2%}"] for name, (f, c, k) in sorted(per_corpus.items())],
    )
    if rules:
        table("Rules behind the flags", ["rule", "findings"], rules.most_common())
    for line in shown:
        print(" ", line[:300])
    print(result_line({"doc_chunks": n_chunks, "doc_flagged": flagged, "doc_fpr": round(rate, 5)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
