"""DOCX pre-pass: zip-bomb limits and removal of text Word does not show (private to ingest).

Owns :func:`strip_docx_hidden`, which rewrites the package in memory so that unstructured's
``partition_docx`` never sees: runs marked hidden (``w:vanish``, directly, through a character
style or through the paragraph style), runs in 1-point-or-smaller type (``w:sz`` ≤ 2 half-points),
white runs with no shading behind them, and tracked deletions (``w:del``). Each removal is a
HIDDEN finding with a 0-length span (a DOCX has no raw text to point into) and a rule id.

Before any part is read, the package must fit :class:`ingest.limits.ParseLimits`: at most
``max_expanded_mb`` uncompressed in all, at most ``max_expansion_ratio`` times its own size, at
most ``MAX_ENTRIES`` entries (``parse.failed``, "possible zip bomb"). The sizes checked are the
ones the zip directory declares; ``zipfile`` never inflates an entry past its declared size (it
stops there and fails the CRC check), so a lying directory cannot get around the budget. XML is
read without DTDs, entity expansion or network access (no billion laughs, no XXE), with lxml's
default depth and text-size limits; python-docx, which ``partition_docx`` uses, parses the same
way (``resolve_entities=False``).
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from common.errors import ParseFailed
from ingest._hidden import hidden
from ingest.limits import ParseLimits
from trust.findings import Finding

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
MAX_ENTRIES = 5000
_PARTS = re.compile(r"^word/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_OFF = {"0", "false", "off"}
_WHITE = {"FFFFFF", "white"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _on(el: etree._Element | None) -> bool:
    return el is not None and el.get(f"{{{W}}}val", "true").lower() not in _OFF


def _hidden_styles(styles_xml: bytes | None) -> set[str]:
    """Style ids whose run properties (directly or by ``basedOn`` inheritance) include vanish."""
    if not styles_xml:
        return set()
    root = etree.fromstring(styles_xml, _PARSER)
    based: dict[str, str] = {}
    vanish: set[str] = set()
    for style in root.iterfind("w:style", NS):
        sid = style.get(f"{{{W}}}styleId") or ""
        parent = style.find("w:basedOn", NS)
        if parent is not None:
            based[sid] = parent.get(f"{{{W}}}val") or ""
        if _on(style.find("w:rPr/w:vanish", NS)):
            vanish.add(sid)
    for sid in list(based):
        seen: set[str] = set()
        cur: str | None = sid
        while cur and cur not in seen:
            if cur in vanish:
                vanish.add(sid)
                break
            seen.add(cur)
            cur = based.get(cur)
    return vanish


def _shaded(run: etree._Element) -> bool:
    """True if something non-white is painted behind the run (run, paragraph or cell shading)."""
    for el in run.iterancestors():
        if el.tag not in (f"{{{W}}}p", f"{{{W}}}tc"):
            continue
        path = "w:pPr/w:shd" if el.tag == f"{{{W}}}p" else "w:tcPr/w:shd"
        for shd in el.iterfind(path, NS):
            if (shd.get(f"{{{W}}}fill") or "auto").upper() not in {"AUTO", "FFFFFF"}:
                return True
    shd = run.find("w:rPr/w:shd", NS)
    highlight = run.find("w:rPr/w:highlight", NS)
    return (shd is not None and (shd.get(f"{{{W}}}fill") or "auto").upper() not in {"AUTO", "FFFFFF"}) or (
        highlight is not None and (highlight.get(f"{{{W}}}val") or "none") not in {"none", "white"}
    )


def _run_rule(run: etree._Element, vanish_styles: set[str]) -> str | None:
    rpr = run.find("w:rPr", NS)
    if rpr is not None:
        if _on(rpr.find("w:vanish", NS)) or _on(rpr.find("w:specVanish", NS)):
            return "docx.vanish"
        style = rpr.find("w:rStyle", NS)
        if style is not None and style.get(f"{{{W}}}val") in vanish_styles and not _explicit_off(rpr):
            return "docx.vanish_style"
        size_el = rpr.find("w:sz", NS)
        size = (size_el.get(f"{{{W}}}val") or "") if size_el is not None else ""
        if size.isdigit() and int(size) <= 2:
            return "docx.tiny_text"
        color = rpr.find("w:color", NS)
        if color is not None and color.get(f"{{{W}}}val") in _WHITE and not _shaded(run):
            return "docx.white_text"
    para = next(run.iterancestors(f"{{{W}}}p"), None)
    pstyle = para.find("w:pPr/w:pStyle", NS) if para is not None else None
    if pstyle is not None and pstyle.get(f"{{{W}}}val") in vanish_styles and not _explicit_off(rpr):
        return "docx.vanish_style"
    return None


def _explicit_off(rpr: etree._Element | None) -> bool:
    el = rpr.find("w:vanish", NS) if rpr is not None else None
    return el is not None and not _on(el)


def _strip_part(xml: bytes, vanish_styles: set[str], findings: list[Finding]) -> bytes | None:
    root = etree.fromstring(xml, _PARSER)
    changed = False
    for deletion in root.xpath(".//w:del[.//w:delText]", namespaces=NS):
        deletion.getparent().remove(deletion)
        findings.append(hidden("docx.tracked_deletion"))
        changed = True
    for run in root.xpath(".//w:r[w:t or w:delText or w:instrText]", namespaces=NS):
        rule = _run_rule(run, vanish_styles)
        if rule is None or run.getparent() is None:
            continue
        if "".join(run.xpath("w:t/text()", namespaces=NS)).strip():
            findings.append(hidden(rule))
        run.getparent().remove(run)
        changed = True
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else None


def strip_docx_hidden(data: bytes, limits: ParseLimits | None = None) -> tuple[bytes, list[Finding]]:
    """Return the DOCX with hidden text removed, and one finding per hidden run removed."""
    limits = limits or ParseLimits()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ParseFailed(f"could not open the DOCX package ({type(exc).__name__})") from None
    with zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos)
        ratio_cap = limits.max_expansion_ratio * max(len(data), 1)
        if len(infos) > MAX_ENTRIES or total > limits.max_expanded_bytes or total > ratio_cap:
            raise ParseFailed("the DOCX package expands beyond the allowed size (possible zip bomb)")
        names = {i.filename for i in infos}
        vanish_styles = _hidden_styles(zf.read("word/styles.xml") if "word/styles.xml" in names else None)
        findings: list[Finding] = []
        replaced: dict[str, bytes] = {}
        for info in infos:
            if _PARTS.match(info.filename):
                new = _strip_part(zf.read(info), vanish_styles, findings)
                if new is not None:
                    replaced[info.filename] = new
        if not replaced:
            return data, findings
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in infos:
                dst.writestr(info, replaced.get(info.filename) or zf.read(info))
    return out.getvalue(), findings
