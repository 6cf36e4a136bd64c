"""Resident memory given back after start-up: the Japanese dictionary's pages.

SudachiPy memory-maps its system dictionary (a 200 MB file, shared and
read-only). Building the model at start-up cuts every Japanese phrase of the
lexicon, the entity rules and the name index into words, which touches most of
the file: about 128 MB of the server's RSS (measured 2026-12-01: 128.5 MB of
670 MB, `/proc/<pid>/smaps`), though a Japanese message needs only a few pages
of it. That was the server's growth since 30 November (545 MB then).

`release_dictionary_pages` tells the kernel (`madvise(MADV_DONTNEED)`) that the
process no longer needs those pages. For a shared read-only file mapping
nothing can be lost: the data is the file, still in the page cache, and the
next Japanese message maps back the pages it reads (minor faults, no disk
read while the file stays cached; measured: no slower first turn). Only
mappings that are shared and not writable are ever touched (a private
mapping may hold changed copies of pages that this call would discard).

Linux only (`/proc/self/maps`, `madvise`); elsewhere, or if SudachiPy ever
stops mapping the file, nothing happens and the log says so.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

MADV_DONTNEED = 4  # Linux
DICTIONARY_FILE = "system.dic"
DICTIONARY_PACKAGE = "sudachidict_"
MAPS = Path("/proc/self/maps")
STATUS = Path("/proc/self/status")


@dataclass(frozen=True)
class FileMapping:
    start: int
    end: int
    permissions: str  # e.g. "r--s"
    path: str

    @property
    def shared_read_only(self) -> bool:
        return len(self.permissions) == 4 and "w" not in self.permissions and self.permissions[3] == "s"


def file_mappings(maps: str) -> list[FileMapping]:
    """The file-backed mappings listed in a `/proc/<pid>/maps` text."""
    found = []
    for line in maps.splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and parts[5].startswith("/"):
            start, end = (int(bound, 16) for bound in parts[0].split("-"))
            found.append(FileMapping(start, end, parts[1], parts[5].strip()))
    return found


def is_dictionary(mapping: FileMapping) -> bool:
    path = Path(mapping.path)
    return path.name == DICTIONARY_FILE and any(part.startswith(DICTIONARY_PACKAGE) for part in path.parts)


def resident_bytes() -> int:
    for line in STATUS.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def release(wanted: Callable[[FileMapping], bool]) -> int:
    """Drops this process's resident pages of the shared read-only file mappings `wanted` picks.

    Returns the number of mappings released (0 where the platform has no /proc or madvise).
    """
    if not sys.platform.startswith("linux") or not MAPS.exists():
        return 0
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    released = 0
    for mapping in file_mappings(MAPS.read_text()):
        if not (mapping.shared_read_only and wanted(mapping)):
            continue
        if libc.madvise(mapping.start, mapping.end - mapping.start, MADV_DONTNEED) == 0:
            released += 1
        else:
            logger.warning("madvise failed for %s (errno %d)", mapping.path, ctypes.get_errno())
    return released


def release_dictionary_pages() -> None:
    """After start-up: give back the Japanese dictionary's pages touched while loading (module docstring)."""
    before = resident_bytes()
    if release(is_dictionary):
        logger.info(
            "memory: %.0f MB of start-up pages of the Japanese dictionary given back",
            (before - resident_bytes()) / 2**20,
        )
    else:
        logger.info("memory: no mapped Japanese dictionary to give back")
