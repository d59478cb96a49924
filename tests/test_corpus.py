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


def test_header_lines_after_the_date_describe_the_article_outside_its_paragraphs():
    raw = "date 2024-05-03\ntitle: Le Mali et le Niger\nurl: https://example.org/a\nsource: AFP\n\nLe Mali.\n"
    a = parse_article(raw.encode(), "x.txt")
    assert (a.title, a.source, a.url, a.author) == ("Le Mali et le Niger", "AFP", "https://example.org/a", "")
    assert paragraphs(a) == ["Le Mali."] and a.body_start == raw.index("Le Mali.")


def test_header_lines_keep_crlf_offsets_exact():
    raw = "date 2024\r\nauthor: Awa Traoré\r\nLe Niger.\r\n"
    a = parse_article(raw.encode(), "x.txt")
    assert a.author == "Awa Traoré" and paragraphs(a) == ["Le Niger."]


def test_text_that_only_looks_like_a_header_stays_text():
    a = parse_article("date 2024\nSource : AFP\n\nTexte.".encode(), "x.txt")
    assert a.source == "" and paragraphs(a) == ["Source : AFP", "Texte."]
    assert parse_article(b"date 2024 title: Texte.", "x.txt").title == ""


@pytest.mark.parametrize("raw, problem", [
    (b"date 2024\ntitle: A\ntitle: B\nTexte.", "header line 'title:' given twice (line 3)"),
    (b"date 2024\nauthor:\nTexte.", "empty header line 'author:' (line 2)"),
    (b"date 2024\nurl: www.example.org\nTexte.", "header line 'url:' (line 2) is not an http(s) address"),
    (b"date 2024\nsource: AFP\n", "date header but no article text"),
])
def test_malformed_header_lines_are_refused_in_one_line(raw, problem):
    with pytest.raises(InvalidArticle) as e:
        parse_article(raw, "bad/file.txt")
    assert problem in str(e.value) and "\n" not in str(e.value)
