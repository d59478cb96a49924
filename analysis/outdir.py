"""The output folder is the build's own: what `--out` may replace, and the leftovers of dead builds.

A build replaces its output folder in one step (`build.staged`). Before it does, `check_out`
makes sure that folder holds nothing the build did not write: it must be new, empty, or a
previous build output (a manifest and table files only). A regular file, the current folder,
the seeds folder or any folder containing it, a symbolic link and a folder with foreign files
are refused with `UnsafeOutput`, whose message is one line. `remove_leftovers` deletes the
temporary and old folders of builds whose process is gone, and only when they hold build files.
The manifest holds the SHA-256 of every table file; `damage` says, in one line, which one no
longer matches it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

from . import schema

MANIFEST = "manifest.json"
MANIFEST_KEYS = {"analysis", "code", "model", "spacy", "reference", "articles"}


class UnsafeOutput(ValueError):
    """`--out` names something a build may not replace; `str()` is one line."""

    def __init__(self, out: Path, problem: str):
        super().__init__(f"{out}: {problem}; choose another --out")


def manifest_of(out: Path) -> dict | None:
    """The manifest of a build output, or None when missing or unreadable."""
    try:
        manifest = json.loads((Path(out) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def sha256_of(path: Path) -> str:
    """SHA-256 of a file's bytes, read a megabyte at a time."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def damage(folder: Path) -> str | None:
    """None when every table file of a build output matches the checksum its manifest holds,
    else one line naming the first file that does not (missing, changed, or never checksummed)."""
    folder = Path(folder)
    manifest = manifest_of(folder)
    sums = manifest.get("tables") if isinstance(manifest, dict) else None
    if not isinstance(sums, dict):
        return f"{folder / MANIFEST}: no checksums of the table files"
    for name in sorted(build_files() - {MANIFEST}):
        path = folder / name
        if not path.is_file():
            return f"{path}: missing"
        if sums.get(name) != sha256_of(path):
            return f"{path}: does not match its checksum in {MANIFEST} (damaged or replaced)"
    return None


def build_files() -> set[str]:
    """Names of every file a build writes into its output folder."""
    return {MANIFEST} | {f"{t}.{ext}" for t in schema.TABLES for ext in ("csv", "parquet")}


def foreign_entries(folder: Path) -> list[str]:
    """Entries of `folder` that a build does not write (sorted), directories included."""
    own = build_files()
    return sorted(p.name for p in folder.iterdir() if p.name not in own or p.is_symlink() or not p.is_file())


def is_build_output(folder: Path) -> bool:
    """Whether `folder` holds a previous build: a readable manifest and build files only."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and MANIFEST_KEYS <= manifest.keys() and not foreign_entries(folder)


def contains(folder: Path, path: Path) -> bool:
    """Whether `path` is `folder` or lies inside it (both resolved)."""
    return path == folder or folder in path.parents


def check_out(out: Path, seeds: Path | None = None) -> None:
    """Raise `UnsafeOutput` unless a build may write `out` (new, empty, or a previous build output)
    and `out` neither holds nor lies inside the articles folder `seeds` (when given)."""
    out = Path(out)
    if out.name in ("", ".", ".."):
        raise UnsafeOutput(out, "is the current or a parent folder, not an output folder")
    if out.is_symlink():
        raise UnsafeOutput(out, "is a symbolic link; give the folder it points to")
    real = out.resolve()
    if contains(real, Path.cwd().resolve()):
        raise UnsafeOutput(out, "contains the current folder")
    real_seeds = Path(seeds).resolve() if seeds is not None else None
    if real_seeds is not None and contains(real, real_seeds):
        raise UnsafeOutput(out, f"is or contains the articles folder {seeds}")
    if real_seeds is not None and contains(real_seeds, real):
        raise UnsafeOutput(out, f"lies inside the articles folder {seeds}, which a build never writes")
    if not out.exists():
        return
    if not out.is_dir():
        raise UnsafeOutput(out, "is a file, not a folder")
    if not any(out.iterdir()) or is_build_output(out):
        return
    foreign = foreign_entries(out)
    if not foreign:
        raise UnsafeOutput(out, f"holds table files but no valid {MANIFEST} (not a previous build output)")
    what = f"holds {foreign[0]!r}" + (f" and {len(foreign) - 1} more" if len(foreign) > 1 else "")
    raise UnsafeOutput(out, f"{what}, which a build did not write (not a previous build output)")


LEFTOVER = re.compile(r"\.(?P<name>.+)\.(?:tmp|old)-(?P<pid>\d+)")


def alive(pid: int) -> bool:
    """Whether a process with this id exists (a process of another user counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def remove_leftovers(out: Path) -> list[Path]:
    """Remove the `.OUT.tmp-PID` / `.OUT.old-PID` folders beside `out` left by builds that died;
    a folder of a living process, or one holding anything a build does not write, is kept."""
    out = Path(out)
    removed = []
    if not out.parent.is_dir():
        return removed
    for path in sorted(out.parent.iterdir()):
        m = LEFTOVER.fullmatch(path.name)
        if (m and m["name"] == out.name and int(m["pid"]) != os.getpid() and not alive(int(m["pid"]))
                and path.is_dir() and not path.is_symlink() and not foreign_entries(path)):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed
