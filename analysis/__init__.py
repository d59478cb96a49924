"""Sahel news analysis: French articles on the AES → tidy, checkable pandas tables.

    from analysis import load
    tables = load()                 # documents, paragraphs, sentences, tokens, actors, mentions
    tables.mentions.head()
"""

from .build import Tables, build, build_tables, load, read_tables, write_tables
from .corpus import Article, InvalidArticle, parse_article, read_article, read_articles
from .reference import Reference, ReferenceError
from .schema import FIELDS, TABLES, SchemaError, enforce

__all__ = [
    "Article", "FIELDS", "InvalidArticle", "Reference", "ReferenceError", "SchemaError", "TABLES",
    "Tables", "build", "build_tables", "enforce", "load", "parse_article", "read_article",
    "read_articles", "read_tables", "write_tables",
]
