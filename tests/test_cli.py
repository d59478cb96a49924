"""The `python -m analysis build` command: outputs, bad input, atomicity, determinism."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import read_articles
from analysis.__main__ import main

ARTICLES = Path(__file__).resolve().parent / "articles"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_b273b7090f03f003.txt"
BAD = {
    "empty.txt": b"",
    "no_header.txt": "Le Mali a quitté la Cedeao.".encode(),
    "bad_month.txt": b"date 2024-13 Texte.",
    "latin1.txt": "date 2024-06 Le Mali a quitt\xe9".encode("latin-1"),
    "binary.txt": bytes(range(256)) * 4,
    "header_only.txt": b"date 2024-06\n\n",
}


def folder_with(tmp_path, *files: Path, extra: dict | None = None) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for f in files:
        shutil.copy(f, seeds / f.name)
    for name, raw in (extra or {}).items():
        (seeds / name).write_bytes(raw)
    return seeds


def snapshot(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("built")
    seeds = folder_with(tmp, SEED, *sorted(ARTICLES.glob("*.txt"))[::24])  # a fixed 24th of dev: a build of
    # many articles in two chunks or more (`build.CHUNK`), twice (the whole of dev, twice, took a fifth of CI; a
    # twelfth of it, 55 s: `make analysis` builds it all)
    from analysis.build import CHUNK, chunks
    assert len(chunks(read_articles(seeds), CHUNK)) >= 2
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp / "out"), "--quiet"]) == 0
    return seeds, tmp / "out"


def test_build_writes_every_table_as_csv(built):
    _, out = built
    names = {p.name for p in out.iterdir()}
    assert {"documents.csv", "paragraphs.csv", "sentences.csv", "tokens.csv", "actors.csv",
            "mentions.csv"} <= names


def test_rebuild_gives_byte_identical_output(built, tmp_path):
    seeds, out = built
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "again"), "--quiet"]) == 0
    assert snapshot(tmp_path / "again") == snapshot(out)


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_stops_the_build_with_one_line_and_writes_nothing(name, tmp_path, capsys):
    seeds = folder_with(tmp_path, SEED, extra={name: BAD[name]})
    out = tmp_path / "out"
    out.mkdir()
    previous = {"documents.csv": b"previous build\n",
                "manifest.json": b'{"analysis": "", "articles": {}, "code": "", "model": "", "reference": "", "spacy": ""}'}
    for file, raw in previous.items():
        (out / file).write_bytes(raw)
    assert main(["build", "--seeds", str(seeds), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and name in err and "Traceback" not in err
    assert snapshot(out) == previous


def test_skip_invalid_reports_each_bad_file_and_builds_the_rest(tmp_path, capsys):
    seeds = folder_with(tmp_path, SEED, extra=BAD)
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--skip-invalid",
                 "--quiet"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert sorted(line.split(": ")[0].rsplit("/", 1)[-1] for line in err) == sorted(BAD)
    assert (tmp_path / "out" / "documents.csv").read_text().count("\n") == 2


def test_missing_folder_is_a_clear_error(tmp_path, capsys):
    assert main(["build", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_command_line_exit_status_and_stderr(tmp_path):
    seeds = folder_with(tmp_path, extra={"bad_month.txt": BAD["bad_month.txt"]})
    run = subprocess.run([sys.executable, "-m", "analysis", "build", "--seeds", str(seeds),
                          "--out", str(tmp_path / "out")], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip().endswith("bad_month.txt: impossible date '2024-13': there is no month 13")
    assert run.stderr.count("\n") == 1


def test_help_explains_every_option():
    run = subprocess.run([sys.executable, "-m", "analysis", "build", "--help"], capture_output=True, text=True)
    for option in ("--seeds", "--out", "--skip-invalid", "default: seeds/", "default: data/processed/"):
        assert option in run.stdout


def test_gold_check_validates_both_splits_by_default(capsys):
    """The one check that the gold of both splits is valid (`gold.validate`), through the command that says so."""
    assert main(["gold-check"]) == 0
    out = capsys.readouterr().out
    assert "dev:" in out and "test:" in out and out.rstrip().endswith("gold valid")
