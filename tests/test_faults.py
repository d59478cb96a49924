"""Fault injection: what a hostile but realistic user can do to a build, and what must follow.

Each case asserts the exit status, the one-line message on stderr, and that nothing outside the
output folder changed (every file under the working folder is hashed before and after).
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.outdir import remove_leftovers

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_b273b7090f03f003.txt"


def tree_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder`, by relative path (symbolic links by their target)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        if p.is_symlink():
            out[rel] = "link:" + os.readlink(p)
        elif p.is_file():
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A working folder with `corpus/` holding one article, as the current folder."""
    (tmp_path / "corpus").mkdir()
    shutil.copy(SEED, tmp_path / "corpus" / SEED.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def refused(workdir: Path, capsys, out: str, seeds: str = "corpus") -> str:
    """Run a build that must be refused; return its one error line, having checked that
    nothing under the working folder changed."""
    before = tree_hashes(workdir)
    status = main(["build", "--seeds", seeds, "--out", out, "--quiet"])
    err = capsys.readouterr().err
    assert status == 2, err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert "Traceback" not in err
    assert tree_hashes(workdir) == before
    return err


def test_out_equal_to_the_seeds_folder_is_refused_and_deletes_nothing(workdir, capsys):
    assert "articles folder" in refused(workdir, capsys, "corpus")


def test_out_containing_the_seeds_folder_is_refused(workdir, capsys):
    (workdir / "project").mkdir()
    shutil.move(workdir / "corpus", workdir / "project" / "corpus")
    assert "articles folder" in refused(workdir, capsys, str(workdir / "project"), seeds="project/corpus")


def test_out_inside_the_seeds_folder_is_refused(workdir, capsys):
    assert "inside the articles folder" in refused(workdir, capsys, "corpus/tables")


def test_out_on_a_foreign_non_empty_folder_is_refused(workdir, capsys):
    (workdir / "notes").mkdir()
    (workdir / "notes" / "draft.md").write_text("mes notes\n", encoding="utf-8")
    assert "'draft.md'" in refused(workdir, capsys, "notes")


def test_out_on_a_regular_file_is_refused_and_the_file_stays(workdir, capsys):
    (workdir / "tables").write_text("not a folder\n", encoding="utf-8")
    assert "is a file" in refused(workdir, capsys, "tables")


@pytest.mark.parametrize("out", [".", "..", "./"])
def test_out_on_the_current_or_parent_folder_is_refused(workdir, capsys, out):
    refused(workdir, capsys, out)


def test_out_on_an_ancestor_of_the_current_folder_is_refused(workdir, capsys, monkeypatch):
    (workdir / "deep").mkdir()
    monkeypatch.chdir(workdir / "deep")
    before = tree_hashes(workdir)
    assert main(["build", "--seeds", str(workdir / "corpus"), "--out", str(workdir), "--quiet"]) == 2
    assert "contains the current folder" in capsys.readouterr().err
    assert tree_hashes(workdir) == before


def test_out_as_a_symbolic_link_is_refused(workdir, capsys):
    (workdir / "elsewhere").mkdir()
    (workdir / "link").symlink_to(workdir / "elsewhere")
    assert "symbolic link" in refused(workdir, capsys, "link")


def test_a_previous_build_with_a_foreign_file_added_is_refused(workdir, capsys):
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    (workdir / "out" / "analyse.xlsx").write_bytes(b"PK\x03\x04 an analyst's workbook")
    assert "'analyse.xlsx'" in refused(workdir, capsys, "out")


def test_a_previous_build_output_and_an_empty_folder_may_be_replaced(workdir, capsys):
    (workdir / "empty").mkdir()
    assert main(["build", "--seeds", "corpus", "--out", "empty", "--quiet"]) == 0
    assert (workdir / "empty" / "manifest.json").exists()
    before = tree_hashes(workdir / "corpus")
    assert main(["build", "--seeds", "corpus", "--out", "empty", "--no-cache", "--quiet"]) == 0
    assert tree_hashes(workdir / "corpus") == before


def dead_pid() -> int:
    """The id of a process that has exited (and been reaped)."""
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_leftovers_of_dead_builds_are_removed_and_others_kept(tmp_path):
    out = tmp_path / "out"
    pid = dead_pid()
    stale_tmp, stale_old = tmp_path / f".out.tmp-{pid}", tmp_path / f".out.old-{pid}"
    for folder in (stale_tmp, stale_old):
        folder.mkdir()
        (folder / "mentions.csv").write_text("doc_id\n", encoding="utf-8")
    living = tmp_path / f".out.tmp-{os.getppid()}"
    living.mkdir()
    foreign = tmp_path / f".out.old-{pid + 1 if pid + 1 != os.getpid() else pid + 2}"
    foreign.mkdir()
    (foreign / "thesis.docx").write_bytes(b"not ours")
    other = tmp_path / f".other.tmp-{pid}"
    other.mkdir()
    removed = remove_leftovers(out)
    assert set(removed) == {stale_tmp, stale_old}
    assert living.exists() and other.exists() and (foreign / "thesis.docx").exists()


def test_unwritable_parent_fails_in_one_line_with_status_1(workdir, capsys, monkeypatch):
    # Folder permissions do not stop root (CI runs as root), so the refusal is injected.
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):
        if "locked" in self.parts:
            raise PermissionError(13, "Permission denied", str(self))
        return real_mkdir(self, *args, **kwargs)
    monkeypatch.setattr(Path, "mkdir", mkdir)
    before = tree_hashes(workdir)
    assert main(["build", "--seeds", "corpus", "--out", "locked/out", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Permission denied" in err and "locked" in err
    assert tree_hashes(workdir) == before


def test_refusal_from_the_command_line_is_one_line_and_status_2(workdir):
    run = subprocess.run([sys.executable, "-m", "analysis", "build", "--seeds", "corpus", "--out", "corpus"],
                         capture_output=True, text=True, cwd=workdir)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("error: corpus: ")
    assert (workdir / "corpus" / SEED.name).read_bytes() == SEED.read_bytes()


def test_no_cache_rebuilds_a_damaged_table_instead_of_saying_up_to_date(workdir, capsys):
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    good = (workdir / "out" / "mentions.csv").read_bytes()
    (workdir / "out" / "mentions.csv").write_bytes(good[: len(good) // 2])
    assert main(["build", "--seeds", "corpus", "--out", "out", "--no-cache"]) == 0
    assert "up to date" not in capsys.readouterr().out
    assert (workdir / "out" / "mentions.csv").read_bytes() == good


@pytest.mark.parametrize("breaker", ["\r", "\u2028", "\x85", "\r\n"])
def test_csv_tables_read_back_as_the_parquet_tables_whatever_the_line_breaks(tmp_path, breaker):
    import csv

    import pandas as pd
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(f"date 2024-06-01\nLe Mali a quitté la Cedeao.{breaker}Le Niger « aussi ».\n".encode())
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    for name in ("paragraphs", "sentences", "tokens", "mentions", "quotes"):
        parquet = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        with (tmp_path / "out" / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == len(parquet), name
        if "text" in parquet.columns:
            assert [r["text"] for r in rows] == [t if t == t else "" for t in parquet["text"].astype(object)]
        frame = pd.read_csv(tmp_path / "out" / f"{name}.csv", keep_default_na=False)
        assert len(frame) == len(parquet), name
