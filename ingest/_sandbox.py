"""The isolated parser process behind :func:`ingest.limits.parse_limited` (private to ingest).

Each calling thread borrows a parser process from a per-process pool (one per concurrent job,
kept warm across jobs, so unstructured's ~3 s import and first-call set-up are paid once per
worker process, not per job). The process is a fresh interpreter started with ``subprocess``
(exec, never ``fork``: the parent holds torch, threads and a Celery worker, none of which
survive a fork). Why not ``multiprocessing``'s ``spawn`` context, which would do the same exec:
Celery's prefork pool (billiard) marks its workers as daemonic *multiprocessing* processes, and
``multiprocessing`` refuses to start children from a daemonic process; ``spawn`` would also
re-import the parent's ``__main__``. So we exec ``python -c`` ourselves and speak
``multiprocessing.connection``'s framing (pickle) over a socketpair.

The child side is :mod:`ingest._sandbox_child`. Protocol: child → ``("ready", vm_bytes)``;
parent → ``(media_type, filename, limits, cap)``, then the document as one raw message (no
pickling copy); child → ``("ok", ParsedDocument)`` or ``("error", type_name, code, message,
status)``; parent → ``None`` to stop. The child runs the job under ``RLIMIT_AS`` = ``cap``: its
footprint when it became ready + the document + the job's ``memory_mb``, an absolute bound, so
memory a previous job left behind cannot turn into extra budget; a parser still holding more than
a quarter of the budget from earlier jobs is replaced before it gets the next one. The parent
owns the clock.

The child gets none of the parent's ``HARDRAG_*`` environment (database URL, keys: a parser
never needs them), and its library logging and warnings are silenced: code here logs ids and
codes, never content, and the parent's redacting log filter does not reach this process.
"""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from common.errors import HardragError, InvalidRequest, ParseFailed, UploadRejected

if TYPE_CHECKING:
    from ingest.limits import ParseLimits
    from ingest.parse import ParsedDocument

_MB = 1024 * 1024
_READY_TIMEOUT = 180.0  # a cold interpreter importing unstructured on a loaded 2-core box
_MAX_JOBS = 500  # recycle now and then: bounds slow leaks in the parsing libraries
_ERRORS: dict[str, type[HardragError]] = {
    c.__name__: c for c in (HardragError, ParseFailed, UploadRejected, InvalidRequest)
}


def error_reply(exc: HardragError) -> tuple[str, str, str, str, int]:
    """An error as the child sends it: plain strings, so no exception object is ever unpickled."""
    return ("error", type(exc).__name__, exc.code, exc.message, exc.status)


def error_from_reply(reply: tuple[Any, ...]) -> HardragError:
    """The same exception type (if it is one of ours), code, message and status as in the child."""
    _, name, code, message, status = reply
    return _ERRORS.get(name, ParseFailed)(message, code=code, status=status)


def vm_bytes(pid: int | str = "self") -> int:
    """Virtual size (what ``RLIMIT_AS`` counts) of a process; 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class _Parser:
    """One parser process and the socket to it. Not thread-safe: one job at a time."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair()
        # The child sees the parent's import path, as multiprocessing's spawn would give it.
        path = os.pathsep.join(os.path.abspath(p) for p in sys.path if p)
        env = {k: v for k, v in os.environ.items() if not k.startswith("HARDRAG_")} | {"PYTHONPATH": path}
        code = f"from ingest._sandbox_child import child_main; child_main({theirs.fileno()})"
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", code],
                pass_fds=(theirs.fileno(),),
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                close_fds=True,
            )
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        self.jobs = 0
        if not self.conn.poll(_READY_TIMEOUT):
            self.kill()
            raise RuntimeError("the parser process did not start in time")
        try:
            tag, self.baseline = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise RuntimeError("the parser process died while starting") from None
        assert tag == "ready"

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()

    def parse(self, data: bytes, media_type: str, filename: str, limits: ParseLimits) -> ParsedDocument:
        """Raises ``ParseFailed`` (or the child's own error) and ``_Lost`` if the process is unusable."""
        cap = self.baseline + len(data) + limits.memory_mb * _MB
        try:
            self.conn.send((media_type, filename, limits, cap))
            self.conn.send_bytes(data)
        except OSError:
            raise _Lost("the parser process is gone") from None
        self.jobs += 1
        deadline = time.monotonic() + limits.timeout_seconds
        peak = 0
        # Wake up now and then to note how big the child got: if it dies without a word, that
        # tells a memory death (the kernel or the C runtime giving up at the limit) from a crash.
        while not self.conn.poll(min(0.25, max(0.0, deadline - time.monotonic()))):
            peak = max(peak, vm_bytes(self.proc.pid))
            if time.monotonic() >= deadline:
                raise _Lost(ParseFailed(f"parsing took longer than {limits.timeout_seconds:g} s", code="parse.timeout"))
        try:
            reply = self.conn.recv()
        except (EOFError, OSError):
            raise _Lost(self._death(peak >= 0.8 * cap, limits)) from None
        if reply[0] == "ok":
            return reply[1]  # type: ignore[no-any-return]
        exc = error_from_reply(reply)
        if exc.code == "parse.memory":
            raise _Lost(exc)  # the libraries may be half way through something: start afresh
        raise exc

    def _death(self, near_limit: bool, limits: ParseLimits) -> ParseFailed:
        rc = self.proc.wait()
        if near_limit or rc == -signal.SIGKILL:  # SIGKILL that we did not send: the OOM killer
            return ParseFailed(f"parsing needed more than {limits.memory_mb} MB of memory", code="parse.memory")
        how = f"signal {signal.Signals(-rc).name}" if rc < 0 else f"exit status {rc}"
        return ParseFailed(f"the parser process crashed ({how})")


class _Lost(Exception):
    """The parser process must be discarded; carries the error to raise, if it is the document's."""

    def __init__(self, error: ParseFailed | str) -> None:
        super().__init__(str(error))
        self.error = error if isinstance(error, ParseFailed) else None


class ParserPool:
    """Idle parser processes of this process, borrowed one per concurrent parse."""

    def __init__(self) -> None:
        self._idle: list[_Parser] = []
        self._lock = threading.Lock()
        self._pid = os.getpid()

    def _take(self, limits: ParseLimits) -> _Parser:
        stale: list[_Parser] = []
        try:
            with self._lock:
                if self._pid != os.getpid():  # we were forked: those sockets belong to our parent
                    self._idle, self._pid = [], os.getpid()
                while self._idle:
                    parser = self._idle.pop()
                    retained = vm_bytes(parser.proc.pid) - parser.baseline
                    if parser.alive() and retained <= limits.memory_mb * _MB // 4:
                        return parser
                    stale.append(parser)  # dead, or holding too much of this job's budget
        finally:
            for parser in stale:
                parser.stop()
        return _Parser()

    def _give(self, parser: _Parser) -> None:
        limit = parser.baseline + 512 * _MB  # memory a finished job left behind: start afresh
        bloated = vm_bytes(parser.proc.pid) > limit
        if parser.jobs >= _MAX_JOBS or bloated or os.getpid() != self._pid:
            parser.stop()
            return
        with self._lock:
            self._idle.append(parser)

    def parse(self, data: bytes, media_type: str, *, filename: str, limits: ParseLimits) -> ParsedDocument:
        for attempt in range(2):
            parser = self._take(limits)
            clean = False
            try:
                result = parser.parse(data, media_type, filename, limits)
                clean = True
                return result
            except _Lost as lost:
                if lost.error is not None:
                    raise lost.error from None
                if attempt:  # gone before it got the document, twice: not the document's fault
                    raise RuntimeError("the parser process keeps dying before it gets a document") from None
            except HardragError:
                clean = True
                raise
            finally:
                if clean:
                    self._give(parser)
                else:
                    parser.kill()
        raise AssertionError("unreachable")

    def warm(self, count: int = 1) -> None:
        """Start parser processes (side by side) until ``count`` are idle, so that no job waits
        for one to start; e.g. when a worker process starts."""
        with self._lock:
            missing = count - sum(p.alive() for p in self._idle)
        started: list[_Parser] = []
        threads = [threading.Thread(target=lambda: started.append(_Parser())) for _ in range(missing)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for parser in started:
            self._give(parser)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for parser in idle:
            parser.stop()


_POOL: ParserPool | None = None
_POOL_LOCK = threading.Lock()


def parser_pool() -> ParserPool:
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ParserPool()
            atexit.register(_POOL.close)
        return _POOL
