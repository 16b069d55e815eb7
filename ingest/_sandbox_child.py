"""The parser process's side of :mod:`ingest._sandbox` (private to ingest).

Started as ``python -c "from ingest._sandbox_child import child_main; child_main(FD)"``: it warms
unstructured up, says ``ready`` with its address-space size, then parses one document per request
under the ``RLIMIT_AS`` cap the parent sends with it, until told to stop or its parent is gone.
Imports nothing heavy at module level: the parent imports :mod:`ingest._sandbox`, not this.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import resource
import signal
import sys
import warnings
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from common.errors import HardragError, ParseFailed
from ingest._sandbox import error_reply, vm_bytes

if TYPE_CHECKING:
    from ingest.limits import ParseLimits


def _warm_up(parse: Any) -> None:
    """First calls import each partitioner's modules; pay that before the first job's clock runs."""
    samples = {
        "text/plain": b"Warm up. The parser reads this line.",
        "text/html": b"<html><body><h1>Warm</h1><p>The parser reads this line.</p></body></html>",
        "text/markdown": b"# Warm\n\nThe parser reads *this* line.\n",
        "text/csv": b"a,b\n1,2\n3,4\n",
        "application/json": b'{"warm": "up"}',
        "message/rfc822": b"From: a@example.com\nTo: b@example.com\nSubject: w\n\nThe parser reads this.\n",
    }
    for media_type, data in samples.items():
        with contextlib.suppress(Exception):
            parse(data, media_type, filename="warm-up")
    for module in (
        "docx",
        "pdfminer.pdfpage",
        "pypdf",
        "unstructured.partition.docx",
        "unstructured.partition.pdf_image.pdfminer_utils",
    ):
        importlib.import_module(module)


def _run(conn: Connection, parse: Any, media_type: str, filename: str, limits: ParseLimits, cap: int) -> None:
    data = conn.recv_bytes()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    reply: tuple[Any, ...]
    try:
        cap = cap if hard == resource.RLIM_INFINITY else min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        reply = ("ok", parse(data, media_type, filename=filename, limits=limits))
    except HardragError as exc:
        reply = error_reply(exc)
    except MemoryError:
        reply = error_reply(
            ParseFailed(f"parsing needed more than {limits.memory_mb} MB of memory", code="parse.memory")
        )
    except Exception as exc:  # parse_document wraps parser errors; this is a last resort
        reply = error_reply(ParseFailed(f"the parser failed ({type(exc).__name__})"))
    finally:
        del data
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    conn.send(reply)


def child_main(fd: int) -> None:
    """Entry point of the parser process: warm up, then parse until told to stop or orphaned."""
    # spaCy's thinc imports torch when it can (2 s, 200 MB); the rule-based pipeline that
    # ingest._offline hands unstructured never uses it.
    sys.modules.setdefault("torch", None)  # type: ignore[arg-type]
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent decides
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    conn = Connection(fd)
    from ingest.parse import parse_document

    _warm_up(parse_document)
    conn.send(("ready", vm_bytes()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if message is None:
            return
        _run(conn, parse_document, *message)
