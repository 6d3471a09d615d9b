"""Reading a file that a path names, when the path may name something that is not a file.

A scenario folder or a feed location is whatever a person (or an attacker) put there: a FIFO
named ``x.yaml`` blocks a plain ``open`` until some process writes to it, and a link to
``/dev/zero`` never ends. ``read_regular_file`` refuses both without blocking and reads at most
a given number of bytes, so no path can hang a command or exhaust its memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_CHUNK = 1 << 16


class NotARegularFile(Exception):
    """The path names a folder, a FIFO, a device or a socket; ``kind`` says which, in words."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class FileTooLarge(Exception):
    """The file holds more than the limit; ``size`` is what it was found to hold (at least)."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def refuse_special(mode: int) -> None:
    """Raise NotARegularFile unless ``mode`` (an ``st_mode``) is a regular file's."""
    if not stat.S_ISREG(mode):
        raise NotARegularFile(next((name for test, name in _KINDS if test(mode)), "not a regular file"))


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (links followed), at most ``limit`` of them.

    Raises NotARegularFile for anything else (checked before opening, since opening a device
    can do things, and again on the open descriptor, so the path cannot be swapped between),
    FileTooLarge when it holds more than ``limit`` bytes (by its size, or by what could be
    read: a file that grows is read no further), and OSError when it cannot be read.
    """
    refuse_special(os.stat(path).st_mode)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        refuse_special(info.st_mode)
        if info.st_size > limit:
            raise FileTooLarge(info.st_size)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLarge(len(data))
    return data
