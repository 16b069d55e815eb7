"""Hostile documents at the parser, through the isolated parser process: what the API suite can
only see as "succeeded" is checked here against the parsed text (entity tricks did nothing), and
inputs too costly to push through embedding in a test (a 10 MB single line) are parsed alone.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from common.errors import ParseFailed
from common.settings import Settings
from ingest.limits import parse_limited
from ingest.parse import ParsedDocument
from ingest.sniff import DOCX, sniff_type
from tests.fixtures import hostile as H


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data_dir: Path = tmp_path_factory.mktemp("parse") / "data"
    return Settings(data_dir=data_dir, _env_file=None)  # type: ignore[call-arg]


def _parse(settings: Settings, data: bytes, filename: str) -> ParsedDocument:
    media_type = sniff_type(data, filename=filename, declared_type=None)
    return parse_limited(data, media_type, filename=filename, settings=settings)


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (H.docx_xxe(), "xxe.docx"),
        (H.xhtml_xxe(), "xxe.xhtml"),
        (H.html_billion_laughs(), "laughs.html"),
        (H.html_billion_laughs(), "laughs.txt"),
        (H.html_billion_laughs(), "laughs.md"),
    ],
    ids=["docx-xxe", "xhtml-xxe", "html-laughs", "laughs-as-text", "laughs-as-markdown"],
)
def test_entities_are_never_expanded_or_fetched(settings: Settings, data: bytes, filename: str) -> None:
    text = _parse(settings, data, filename).text
    assert H.TEXT in text
    assert "root:" not in text  # /etc/passwd stayed where it was
    assert text.count("lol") < 200  # at most the declarations themselves, never 10**9 of them


def test_ten_megabytes_on_one_line_parse_within_the_limits(settings: Settings) -> None:
    data = H.single_line()
    start = time.monotonic()
    doc = _parse(settings, data, "line.txt")
    assert time.monotonic() - start < 60
    assert len(doc.elements) == 1 and len(doc.text) >= len(data) - 1


def test_ten_megabytes_on_one_markdown_line_fail_clearly(settings: Settings) -> None:
    # Rendered to one 10 MB <p>, past the HTML parser's text-run limit: refused, not truncated.
    with pytest.raises(ParseFailed) as failed:
        _parse(settings, H.single_line(), "line.md")
    assert failed.value.code == "parse.failed" and "10 MB" in failed.value.message


def test_a_megabyte_csv_field_keeps_its_text(settings: Settings) -> None:
    doc = _parse(settings, H.csv_huge_field(), "wide.csv")
    assert "x" * 1_000_000 in doc.text and "beta" in doc.text


def test_zip_bomb_limits_follow_the_settings(settings: Settings) -> None:
    """A 30 MB (ratio ~1000) package passes when the ratio limit is raised, and fails on size when
    the size limit is then lowered below it: the limits are the settings, not constants."""
    bomb = H.docx_padded(30 * 1024 * 1024)
    lenient = settings.model_copy(update={"parse_max_expansion_ratio": 100_000})
    assert H.TEXT in parse_limited(bomb, DOCX, filename="b.docx", settings=lenient).text
    strict = lenient.model_copy(update={"parse_max_expanded_mb": 16})
    with pytest.raises(ParseFailed, match="zip bomb"):
        parse_limited(bomb, DOCX, filename="b.docx", settings=strict)


def test_page_limit_follows_the_settings(settings: Settings) -> None:
    pdf = H.pdf_pages(12)
    few = settings.model_copy(update={"parse_max_pages": 10})
    with pytest.raises(ParseFailed) as failed:
        parse_limited(pdf, "application/pdf", filename="p.pdf", settings=few)
    assert failed.value.code == "parse.too_many_pages" and "10 pages" in failed.value.message
    assert len(parse_limited(pdf, "application/pdf", filename="p.pdf", settings=settings).elements) == 12
