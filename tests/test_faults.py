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

from analysis import TABLES
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


def refused(workdir: Path, capsys, out: str, seeds: str = "corpus", extra: list[str] = ()) -> str:
    """Run a build that must be refused; return its one error line, having checked that
    nothing under the working folder changed."""
    before = tree_hashes(workdir)
    status = main(["build", "--seeds", seeds, "--out", out, "--quiet", *extra])
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


# -- one line for every failure (issue 15, item 4) ----------------------------------------------
def add_article(workdir: Path, name: str | bytes, raw: bytes) -> None:
    """Put an article in `corpus/` under a name given as text or as raw bytes."""
    folder = os.fsencode(workdir / "corpus")
    name = name if isinstance(name, bytes) else name.encode()
    with open(os.path.join(folder, name), "wb") as f:
        f.write(raw)


def test_year_0000_in_the_header_is_refused_in_one_line(workdir, capsys):
    add_article(workdir, "an_zero.txt", "date 0000-01-01\nLe Mali a quitté la Cedeao hier.\n".encode())
    err = refused(workdir, capsys, "out")
    assert "an_zero.txt" in err and "no year 0000" in err


def too_long_paragraph() -> bytes:
    """An article whose one paragraph is longer than spaCy accepts (E088 past 1 000 000 characters)."""
    return ("date 2024-06-01\n" + "Le Mali a quitté la Cedeao. " * 36_000 + "\n").encode()


def test_a_paragraph_too_long_for_the_model_is_refused_in_one_line(workdir, capsys):
    add_article(workdir, "fleuve.txt", too_long_paragraph())
    err = refused(workdir, capsys, "out")
    assert "fleuve.txt: paragraph 1 (line 2) has 1,007,999 characters" in err and "E088" not in err


def test_skip_invalid_skips_an_article_with_a_paragraph_too_long_for_the_model(workdir, capsys):
    add_article(workdir, "fleuve.txt", too_long_paragraph())
    before = tree_hashes(workdir / "corpus")
    assert main(["build", "--seeds", "corpus", "--out", "out", "--skip-invalid", "--quiet"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("skipped corpus/fleuve.txt: paragraph 1 "), err
    assert (workdir / "out" / "documents.csv").read_text(encoding="utf-8").count("\n") == 2
    assert tree_hashes(workdir / "corpus") == before


def test_a_file_name_that_is_not_utf8_is_refused_in_one_line(workdir, capsys):
    add_article(workdir, b"caf\xe9.txt", "date 2024-06-01\nLe Mali a quitté la Cedeao.\n".encode())
    err = refused(workdir, capsys, "out")
    assert err == "error: corpus/caf\\xe9.txt: file name is not UTF-8; rename the file\n"


def test_a_file_name_of_240_bytes_builds_and_its_cache_entry_is_reused(workdir, capsys, monkeypatch):
    import analysis.annotate as annotate
    long = "é" * 118 + ".txt"  # 240 bytes: with a cache entry named after it, past the 255-byte limit
    add_article(workdir, long, "date 2024-06-01\nLe Mali a quitté la Cedeao.\n".encode())
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0, capsys.readouterr().err
    assert long[:-4] in (workdir / "out" / "documents.csv").read_text(encoding="utf-8")
    assert all(len(p.name.encode()) < 100 for p in (workdir / ".out-cache").iterdir())
    shutil.rmtree(workdir / "out")
    seen = []
    monkeypatch.setattr(annotate, "annotate", lambda articles, reference=None: seen.extend(articles) or iter(()))
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    assert seen == []


def built_cache(workdir: Path):
    """Build `corpus/` into `out/`, remove `out/` and return the cache (of `out`) and the article."""
    from analysis.build import versions
    from analysis.cache import Cache
    from analysis.corpus import read_article
    from analysis.reference import default_reference
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    shutil.rmtree(workdir / "out")
    cache = Cache(workdir / ".out-cache", {**versions(), "reference": default_reference().fingerprint})
    return cache, read_article(workdir / "corpus" / SEED.name)


def fresh_tables(workdir: Path) -> dict[str, str]:
    """Hashes of the tables of `corpus/` built without the cache into a folder of its own."""
    assert main(["build", "--seeds", "corpus", "--out", "fresh", "--no-cache", "--quiet"]) == 0
    return tree_hashes(workdir / "fresh")


def test_a_cache_entry_of_the_wrong_type_is_annotated_again(workdir, capsys):
    cache, article = built_cache(workdir)
    assert cache.has(article)
    cache.put(article, "not the rows of an article")
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert tree_hashes(workdir / "out") == fresh_tables(workdir)


def test_unreachable_scheduler_fails_within_10_s_in_one_line_with_status_1(workdir, capfd):
    import socket
    import time
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    before = tree_hashes(workdir)
    started = time.monotonic()
    status = main(["build", "--seeds", "corpus", "--out", "out", "--engine", "dask", "--no-cache", "--quiet",
                   "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert time.monotonic() - started < 10
    err = capfd.readouterr().err
    assert status == 1 and err == f"error: --scheduler tcp://127.0.0.1:{port}: no Dask scheduler answered within 5 s\n"
    assert tree_hashes(workdir) == before


def test_scheduler_without_the_dask_engine_is_a_usage_error(workdir, capsys):
    err = refused(workdir, capsys, "out", extra=["--scheduler", "tcp://127.0.0.1:8786"])
    assert "--scheduler" in err and "--engine dask" in err


def test_ctrl_c_exits_130_in_one_line_and_leaves_nothing(workdir):
    import signal
    import time
    for n in range(20):  # two batches, so two worker processes start
        add_article(workdir, f"a{n:02d}.txt", f"date 2024-06-01\nLe Mali a quitté la Cedeao ({n}).\n".encode())
    before = tree_hashes(workdir)
    build = subprocess.Popen([sys.executable, "-m", "analysis", "build", "--seeds", "corpus", "--out", "out",
                              "--jobs", "2", "--no-cache"], cwd=workdir, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    started = time.monotonic()
    while not list(workdir.glob(".out.tmp-*")) and time.monotonic() - started < 60:
        time.sleep(0.05)
    time.sleep(1)  # the workers are loading the model
    os.killpg(build.pid, signal.SIGINT)  # as a terminal does: the build and its workers
    _, err = build.communicate(timeout=30)
    assert build.returncode == 130
    assert err == "interrupted; out/ is as it was\n"
    assert tree_hashes(workdir) == before


def test_a_truncated_parquet_file_is_named_in_one_line_and_rebuilt_by_load(workdir, capsys):
    from analysis import load
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    good = tree_hashes(workdir / "out")
    seeds = tree_hashes(workdir / "corpus")
    parquet = workdir / "out" / "mentions.parquet"
    parquet.write_bytes(parquet.read_bytes()[:100])
    tables = load("corpus", "out")
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "out/mentions.parquet: does not match its checksum" in err, err
    assert len(tables.mentions) and tree_hashes(workdir / "out") == good
    assert tree_hashes(workdir / "corpus") == seeds


def test_read_tables_names_a_damaged_file_in_one_line(workdir):
    from analysis.build import DamagedOutput, read_tables
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    parquet = workdir / "out" / "tokens.parquet"
    parquet.write_bytes(parquet.read_bytes()[:100])
    with pytest.raises(DamagedOutput, match=r"^out/tokens\.parquet: does not match its checksum[^\n]*$"):
        read_tables(Path("out"))


def test_an_unwritable_parent_folder_names_the_output_in_one_line(workdir, capsys, monkeypatch):
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):  # the parent exists; only creating in it fails, as when read-only
        if self.parent.name == "locked":
            raise OSError(30, "Read-only file system", str(self))
        return real_mkdir(self, *args, **kwargs)
    (workdir / "locked").mkdir()
    monkeypatch.setattr(Path, "mkdir", mkdir)
    before = tree_hashes(workdir)
    assert main(["build", "--seeds", "corpus", "--out", "locked/out", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err == "error: locked/out: cannot write beside it in locked/ (Read-only file system)\n"
    assert tree_hashes(workdir) == before


def test_a_read_only_parent_folder_fails_in_one_line_with_status_1(workdir):
    # A read-only bind mount stops root too; it needs a private mount namespace (unshare -m).
    (workdir / "locked").mkdir()
    script = ("mount --bind locked locked && mount -o remount,bind,ro locked && "
              f"exec {sys.executable} -m analysis build --seeds corpus --out locked/out --quiet")
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount --bind locked locked"], cwd=workdir,
                           capture_output=True) if shutil.which("unshare") else None
    if probe is None or probe.returncode != 0:
        pytest.skip("no private mount namespace here (needs unshare -m as root)")
    before = tree_hashes(workdir)
    run = subprocess.run(["unshare", "-m", "sh", "-c", script], cwd=workdir, capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr == "error: locked/out: cannot write beside it in locked/ (Read-only file system)\n"
    assert tree_hashes(workdir) == before


# -- verify what is reused (issue 15, item 2) ---------------------------------------------------
@pytest.mark.parametrize("kind", [".jsonl", ".chunk"])
def test_a_cache_entry_with_one_byte_changed_is_not_used(workdir, capsys, kind):
    built_cache(workdir)
    entries = {p.suffix: p for p in (workdir / ".out-cache").iterdir() if p.is_file()}
    assert sorted(entries) == [".chunk", ".jsonl"]
    if kind == ".jsonl":  # the article's rows are read only when its chunk's output cannot be reused
        entries[".chunk"].unlink()
    raw = entries[kind].read_bytes()
    assert b"Ouagadougou" in raw
    entries[kind].write_bytes(raw.replace(b"Ouagadougou", b"Ouagadougoa", 1))
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    assert tree_hashes(workdir / "out") == fresh_tables(workdir)


def test_a_finished_chunk_is_not_reused_when_its_documents_became_wire_copies(workdir, capsys, monkeypatch):
    monkeypatch.setattr(sys.modules["analysis.build"], "CHUNK", 2)  # one article per chunk
    (workdir / "corpus" / SEED.name).rename(workdir / "corpus" / "b_original.txt")
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    # a copy whose name sorts first: the article already built becomes the copy of the new one
    shutil.copy(workdir / "corpus" / "b_original.txt", workdir / "corpus" / "a_copy.txt")
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    assert tree_hashes(workdir / "out") == fresh_tables(workdir)
    documents = (workdir / "out" / "documents.csv").read_text(encoding="utf-8")
    assert "b_original" in documents and ",a_copy," in documents


class Planted:
    """A pickle that, when loaded, creates a file: what a shared cache folder could carry."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return open, (self.marker, "w")


def test_a_planted_cache_entry_runs_no_code(workdir, capsys):
    import pickle
    built_cache(workdir)
    marker = workdir / "planted"
    for entry in (workdir / ".out-cache").iterdir():
        entry.write_bytes(pickle.dumps(("key", Planted(marker))))
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    assert not marker.exists()
    assert tree_hashes(workdir / "out") == fresh_tables(workdir)


def test_the_manifest_holds_the_sha256_of_every_table_file(workdir):
    import json
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    files = tree_hashes(workdir / "out")
    manifest = json.loads((workdir / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tables"] == {name: sha for name, sha in files.items() if name != "manifest.json"}
    assert len(manifest["tables"]) == 2 * len(TABLES)


def test_a_table_file_copied_from_another_build_is_found_and_rebuilt_by_load(workdir, capsys):
    from analysis import load
    (workdir / "other").mkdir()
    (workdir / "other" / "b.txt").write_text("date 2024-06-01\nLe Niger a quitté la Cedeao.\n", encoding="utf-8")
    assert main(["build", "--seeds", "other", "--out", "other_out", "--quiet"]) == 0
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    good = tree_hashes(workdir / "out")
    shutil.copy(workdir / "other_out" / "mentions.parquet", workdir / "out" / "mentions.parquet")
    shutil.copy(workdir / "other_out" / "mentions.csv", workdir / "out" / "mentions.csv")
    tables = load("corpus", "out")
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "out/mentions.csv: does not match its checksum" in err, err
    assert set(tables.mentions["doc_id"]) == {SEED.stem}
    assert tree_hashes(workdir / "out") == good


def test_build_repairs_a_damaged_table_and_says_so_in_one_line(workdir, capsys):
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    good = tree_hashes(workdir / "out")
    (workdir / "out" / "quotes.csv").write_bytes(b"doc_id\n")
    assert main(["build", "--seeds", "corpus", "--out", "out"]) == 0
    captured = capsys.readouterr()
    assert "up to date" not in captured.out
    assert captured.err == "warning: out/quotes.csv: does not match its checksum in manifest.json (damaged or " \
                           "replaced); rebuilding out/\n"
    assert tree_hashes(workdir / "out") == good


# -- bounded resources (issue 15, item 5) -------------------------------------------------------
def test_jobs_are_capped_at_the_cores_and_the_batches_of_articles(monkeypatch):
    from analysis import engines, parse_article
    from analysis.reference import default_reference
    asked = []
    monkeypatch.setattr(engines, "run_processes",
                        lambda articles, reference, *, jobs, parses: asked.append(("local", jobs)))
    monkeypatch.setattr(engines, "run_dask",
                        lambda articles, reference, *, jobs, scheduler, parses: asked.append(("dask", jobs)))
    articles = [parse_article(f"date 2024\nTexte {n}.".encode(), f"a{n}.txt") for n in range(40)]  # 3 batches
    for cores in (2, 8):
        monkeypatch.setattr(engines, "cores", lambda n=cores: n)
        for engine in ("local", "dask"):
            engines.run(articles, default_reference(), jobs=1000, engine=engine)
            engines.run(articles[:1], default_reference(), jobs=1000, engine=engine)
    assert asked == [("local", 2), ("dask", 2), ("dask", 1), ("local", 3), ("dask", 3), ("dask", 1)]


def test_half_written_cache_files_of_dead_builds_are_removed(workdir):
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    pid = dead_pid()
    cache = workdir / ".out-cache"
    dead, living = cache / f".{'0' * 16}.{pid}.tmp", cache / f".{'1' * 16}.{os.getppid()}.tmp"
    for path in (dead, living):
        path.write_bytes(b'{"key": "')
    shutil.rmtree(workdir / "out")
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    assert not dead.exists() and living.exists()


def descendants(pid: int) -> set[int]:
    """Ids of the living processes below `pid` (from /proc; zombies count as dead)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def is_worker(pid: int) -> bool:
    """Whether process `pid` annotates for a build: a local worker, or a Dask one (multiprocessing)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return any(mark in command for mark in (b"analysis.engines import serve", b"spawn_main", b"forkserver"))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("engine,how", [("local", "SIGKILL"), ("local", "SIGTERM"), ("dask", "SIGKILL")])
def test_no_worker_survives_a_killed_build(workdir, engine, how):
    import signal
    import time
    body = SEED.read_bytes().split(b"\n", 1)[1]
    for n in range(20):  # two batches of long articles, so two workers start and stay busy for a while
        add_article(workdir, f"a{n:02d}.txt", b"date 2024-06-01\n" + body * 8 + f"({n})\n".encode())
    # two workers even on a one-core machine: the build believes it has two cores
    start = ("import sys; from analysis import engines; engines.cores = lambda: 2; from analysis.__main__ import main; "
             "sys.exit(main(sys.argv[1:]))")
    stderr = (workdir / "stderr.txt").open("wb")  # of the build and of every process it started
    build = subprocess.Popen([sys.executable, "-c", start, "build", "--seeds", "corpus", "--out", "out", "--jobs", "2",
                              "--no-cache", "--engine", engine], cwd=workdir, stdout=subprocess.DEVNULL,
                             stderr=stderr, start_new_session=True)
    stderr.close()
    try:
        started, workers = time.monotonic(), set()
        while len(workers) < 2 and time.monotonic() - started < 120:  # the workers, besides helpers of the build
            workers = {p for p in descendants(build.pid) if is_worker(p)} if alive(build.pid) else set()
            time.sleep(0.1)
        assert len(workers) >= 2, "the workers did not start"
        time.sleep(2)  # they are loading the model or annotating
        everyone = descendants(build.pid)
        os.kill(build.pid, getattr(signal, how))
        build.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(alive(p) for p in everyone) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in everyone if alive(p)], f"survivors of the {how} build"
        if engine == "local":  # nothing left behind for a resource tracker to clean up and report
            assert "leaked" not in (workdir / "stderr.txt").read_text(errors="replace")
    finally:
        for p in descendants(build.pid) | {build.pid}:
            try:
                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_ctrl_c_while_the_workers_start_stops_the_build_with_130_and_no_worker_left(workdir, capsys, monkeypatch):
    import signal

    import _posixsubprocess
    for n in range(20):  # two batches, so two worker processes start
        add_article(workdir, f"a{n:02d}.txt", f"date 2024-06-01\nLe Mali a quitté la Cedeao ({n}).\n".encode())
    before = tree_hashes(workdir)
    fork_exec = _posixsubprocess.fork_exec  # how a child process starts, for subprocess and multiprocessing

    def start_then_ctrl_c(*args, **kwargs):
        pid = fork_exec(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, just as a worker has started
        return pid
    monkeypatch.setattr(_posixsubprocess, "fork_exec", start_then_ctrl_c)
    monkeypatch.setattr(subprocess, "_fork_exec", start_then_ctrl_c)  # subprocess keeps its own name for it
    monkeypatch.setattr("analysis.engines.cores", lambda: 2)
    status = main(["build", "--seeds", "corpus", "--out", "out", "--jobs", "2", "--no-cache"])
    monkeypatch.undo()
    assert (status, capsys.readouterr().err) == (130, "interrupted; out/ is as it was\n")
    assert tree_hashes(workdir) == before
    assert not [p for p in descendants(os.getpid()) if is_worker(p)]


def test_a_worker_that_dies_fails_the_build_in_one_line_with_status_1(workdir, capsys, monkeypatch):
    for n in range(20):  # two batches, so two worker processes start
        add_article(workdir, f"a{n:02d}.txt", f"date 2024-06-01\nLe Mali a quitté la Cedeao ({n}).\n".encode())
    before = tree_hashes(workdir)
    monkeypatch.setattr("analysis.engines.WORKER", "import os; os._exit(3)")  # as if killed (out of memory)
    monkeypatch.setattr("analysis.engines.cores", lambda: 2)
    assert main(["build", "--seeds", "corpus", "--out", "out", "--jobs", "2", "--no-cache"]) == 1
    assert capsys.readouterr().err == f"error: a worker process stopped (exit status 3) while annotating {SEED.stem} " \
                                      "and the next articles of its batch\n"
    assert tree_hashes(workdir) == before


def test_an_nfd_article_builds_the_speakers_and_mentions_of_its_nfc_form_with_raw_offsets(workdir, capsys):
    import unicodedata

    from analysis import read_tables
    nfc = SEED.read_text(encoding="utf-8")
    (workdir / "nfd").mkdir()
    (workdir / "nfd" / SEED.name).write_text(unicodedata.normalize("NFD", nfc), encoding="utf-8")
    assert main(["build", "--seeds", "corpus", "--out", "out", "--quiet"]) == 0
    assert main(["build", "--seeds", "nfd", "--out", "out-nfd", "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    composed, decomposed = read_tables(workdir / "out"), read_tables(workdir / "out-nfd")
    for table, column in (("quotes", "speaker_id"), ("mentions", "actor_id"), ("relations", "source_id")):
        assert decomposed[table][column].tolist() == composed[table][column].tolist()
    source = (workdir / "nfd" / SEED.name).read_text(encoding="utf-8")
    for name, df in decomposed.items():
        for start, end, text in (("start", "end", "text"), ("speaker_start", "speaker_end", "speaker_text")):
            if text in df:
                assert all(source[s:e] == t for s, e, t in df[[start, end, text]].dropna().itertuples(index=False))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("how", ["prctl", "watchdog"])
def test_a_worker_dies_with_its_parent_by_signal_or_by_watchdog(tmp_path, how):
    import signal
    import time
    # a parent that starts a worker (which arms die_with_parent) and waits; the watchdog case has no prctl
    worker = ("import ctypes, os, sys, time\n"
              + ("ctypes.CDLL = lambda *a, **k: object()\n" if how == "watchdog" else "")  # a libc without prctl
              + "from analysis.engines import die_with_parent\n"
                "die_with_parent(int(sys.argv[1]))\n"
                "open(sys.argv[2], 'w').close()\n"
                "time.sleep(120)\n")
    parent = ("import os, subprocess, sys, time\n"
              "child = subprocess.Popen([sys.executable, '-c', sys.argv[1], str(os.getpid()), sys.argv[2]])\n"
              "print(child.pid, flush=True)\n"
              "time.sleep(120)\n")
    ready = tmp_path / "armed"
    build = subprocess.Popen([sys.executable, "-c", parent, worker, str(ready)], stdout=subprocess.PIPE, text=True)
    child = int(build.stdout.readline())
    try:
        started = time.monotonic()
        while not ready.exists() and time.monotonic() - started < 60:
            time.sleep(0.05)
        assert ready.exists() and alive(child)
        build.kill()
        build.wait(timeout=10)
        deadline = time.monotonic() + 5
        while alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(child)
    finally:
        for pid in (child, build.pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
