import pytest

from analysis.corpus import InvalidArticle, parse_article


def paragraphs(article):
    return [article.text[s:e] for s, e in article.paragraphs]


def test_header_with_text_on_the_same_line():
    a = parse_article(b" date 2024-06 Le Mali a parle.\n\nDeuxieme.", "x.txt")
    assert (a.date, a.date_precision) == ("2024-06", "month")
    assert paragraphs(a) == ["Le Mali a parle.", "Deuxieme."]


def test_header_with_text_on_the_next_line():
    a = parse_article(b"\n\ndate 2023\nLe Niger.\n", "x.txt")
    assert (a.date, a.date_precision) == ("2023", "year")
    assert paragraphs(a) == ["Le Niger."]


def test_day_precision_header():
    assert parse_article(b"date 2024-07-06 Texte.", "x.txt").date_precision == "day"


def test_doc_id_is_the_file_name_without_txt():
    assert parse_article(b"date 2024 Texte.", "dir/abc_01.txt").doc_id == "abc_01"


def test_crlf_paragraphs_keep_their_line_endings_and_offsets():
    raw = "date 2024\r\nUn.\r\nDeux.\r\n\r\n\r\nTrois.\r\n".encode()
    a = parse_article(raw, "x.txt")
    assert paragraphs(a) == ["Un.\r\nDeux.", "Trois."]
    assert a.text == raw.decode()


def test_bom_is_dropped_before_offsets():
    a = parse_article("\ufeffdate 2024 Été.".encode(), "x.txt")
    assert a.text.startswith("date")
    s, e = a.paragraphs[0]
    assert a.text[s:e] == "Été."


def test_blank_line_with_spaces_separates_paragraphs():
    a = parse_article(b"date 2024\nA.\n   \t\nB.  \n", "x.txt")
    assert paragraphs(a) == ["A.", "B."]


def test_sha256_is_of_the_file_bytes():
    import hashlib
    raw = b"date 2024 Texte."
    assert parse_article(raw, "x.txt").sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize("raw, problem", [
    (b"", "empty file"),
    (b" \n\t\n", "empty file"),
    (b"Le Mali a parle.", "no 'date YYYY[-MM[-DD]]' header"),
    (b"date 2024-13 Texte.", "impossible date '2024-13'"),
    (b"date 2023-02-29 Texte.", "impossible date '2023-02-29'"),
    (b"date 24-06 Texte.", "is not YYYY, YYYY-MM or YYYY-MM-DD"),
    (b"date 2024-06 \xe9t\xe9", "not UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"date 2024-06\n\n  \n", "date header but no article text"),
])
def test_bad_input_is_refused_with_the_file_and_problem(raw, problem):
    with pytest.raises(InvalidArticle) as e:
        parse_article(raw, "bad/file.txt")
    message = str(e.value)
    assert message.startswith("bad/file.txt: ") and problem in message and "\n" not in message
