"""Small builders shared by the tests: filters run on text, and processes watched and killed
mid-task through a FIFO they read."""

from __future__ import annotations

import errno
import os
import select
import signal
import time
from pathlib import Path
from typing import Any, BinaryIO

from newsclean import Document, Options
from newsclean.parse import parse
from newsclean.pipeline import Filter

# A paragraph of article text, for the filters' tests to set their cases between.
PARAGRAPH = (
    "The council voted on Monday to close the library on Sundays, saving an estimated forty "
    "thousand pounds a year, after a debate that lasted for most of the evening session."
)


def run_filter(step: Filter, text: str, options: Options | None = None) -> Document:
    doc = parse(text)
    step.apply(doc, options or Options())
    return doc


def removed(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if not b.kept]


def kept(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kept]


def wait(condition: Any, what: str) -> Any:
    """Poll until ``condition()`` is truthy (a bound, not a timing assertion)."""
    deadline = time.monotonic() + 60
    while not (value := condition()):
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.05)
    return value


def open_writer(fifo: Path) -> BinaryIO | None:
    """The FIFO's write end, once a reader has it open; None while none has. Holding it open
    lets a reader's open return and keeps its read waiting, for data the test writes later."""
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as error:
        if error.errno == errno.ENXIO:
            return None
        raise
    os.set_blocking(fd, True)
    return os.fdopen(fd, "wb")


def holders(fifo: Path) -> list[int]:
    """The processes other than this one (which writes) that have ``fifo`` open."""
    node = fifo.stat()
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            fds = list((proc / "fd").iterdir())
        except OSError:  # gone meanwhile, or another user's
            continue
        for fd in fds:
            try:
                st = fd.stat()
            except OSError:
                continue
            if (st.st_ino, st.st_dev) == (node.st_ino, node.st_dev):
                found.append(int(proc.name))
                break
    return found


def kill(pid: int) -> None:
    """SIGKILL ``pid`` and return once all its threads are gone. A zombie leader is not enough:
    a thread still exiting keeps the FIFO open, and data written then is lost with it."""
    pidfd = os.pidfd_open(pid)
    try:
        os.kill(pid, signal.SIGKILL)
        readable, _, _ = select.select([pidfd], [], [], 60)
        assert readable, f"worker {pid} still alive after SIGKILL"
    finally:
        os.close(pidfd)
