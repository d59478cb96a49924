from pathlib import Path

from analysis.schema import with_dictionary

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_data_dictionary_is_generated_from_the_schema():
    text = README.read_text(encoding="utf-8")
    assert with_dictionary(text) == text, "run `make readme`"


def test_readme_shows_the_two_commands():
    text = README.read_text(encoding="utf-8")
    assert "make analysis" in text and "make test" in text
