"""The French tokenizer of `fr_core_news_sm`, built without compiling spaCy's 1.45-million-character regex.

Hand-written because spaCy offers no cheaper route to the same tokens. Its French `token_match`
(`spacy/lang/fr/tokenizer_exceptions.py`) is one alternation of 266 anchored patterns ("faux-",
"entr'", "black-out", "saut-de-ski"...), each spelling out a character class of up to 3,000
characters (`ALPHA`, `ALPHA_LOWER`); `re` parses and compiles those classes 482 times, some 3 s,
when `spacy.lang.fr` is imported (and the model's tokenizer asks for the same string again).
A set of words cannot replace it (the patterns take any tail: `faux-vampire`), so this module
factors the alternation instead: alternatives that share the same class-only head and tail become
one `head(?:middle|middle|...)tail`, which matches exactly the same strings, with the long classes
written 6 times instead of 482. Only the truth of the match counts to the tokenizer.

`import_french()` imports `spacy.lang.fr` with that factored `TOKEN_MATCH` (its exceptions module
runs from spaCy's own source, all but the compiling statement); `model_tokenizer()` rebuilds the
model's tokenizer from its files the way `Tokenizer.from_bytes` does, with the factored regex.
Whenever a pattern is not of the shape this factoring can prove equal, the stock regex is compiled.
"""

from __future__ import annotations

import ast
import importlib
import importlib.abc
import importlib.util
import re
import sys
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

LANGUAGE = "spacy.lang.fr"
EXCEPTIONS = f"{LANGUAGE}.tokenizer_exceptions"
LONG_CLASS = re.compile(r"\[\^?\]?(?:\\.|[^\]\\]){64,}\]", re.S)  # classes worth writing once
FLAGS = re.compile(r"\A\(\?[aiLmsu]+\)")  # not x: verbose patterns hide "|" and "(" in comments
UNSAFE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\x00")  # back-references and conditionals depend on group numbers
ATOM = r"\x00\d+\x00(?:[*+?]\??)?"
SHAPE = re.compile(rf"(\^(?:{ATOM})*)(.*?)((?:{ATOM})*\$?)\Z", re.S)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level branches of a regex (outside groups and classes), in order."""
    parts, start, depth, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":  # a "]" right after "[" or "[^" is a member, not the end
            in_class = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return parts + [pattern[start:]]


def parses(fragment: str) -> bool:
    """Whether a fragment is a regex on its own (balanced groups and classes)."""
    try:
        re._parser.parse(re.sub(r"\x00\d+\x00", "x", fragment))
    except (re.error, OverflowError, RecursionError):
        return False
    return True


def compact_pattern(pattern: str) -> str:
    """A regex matching exactly the strings `pattern` matches, with each long class written once per group.

    Raises ValueError when the pattern is not a flat alternation of branches that split into
    class-only head, a middle and class-only tail: only then is the factoring provably exact.
    """
    flags = FLAGS.match(pattern)
    flags = flags.group() if flags else ""
    body, classes = pattern[len(flags):], []
    if UNSAFE.search(body):
        raise ValueError("back-references, conditionals or NUL in the pattern")
    while found := LONG_CLASS.search(body):  # a handful of distinct classes, each repeated hundreds of times
        cls = found.group()
        if not parses(cls) or len(re._parser.parse(cls)) != 1:
            raise ValueError(f"not a character class: {cls[:40]}...")
        body = body.replace(cls, f"\x00{len(classes)}\x00")
        classes.append(cls)
    if "\\\x00" in body:  # a class that was in fact an escaped "["
        raise ValueError("escaped bracket before a long class")
    groups: dict[tuple[str, str], list[str]] = {}
    for branch in split_alternatives(body):
        while branch.startswith("(?:") and branch.endswith(")") and parses(branch[3:-1]):
            branch = branch[3:-1]
        head, middle, tail = SHAPE.match(branch).groups() if SHAPE.match(branch) else ("", branch, "")
        if (not head or middle[:1] in ("{", "*", "+", "?") or not parses(middle) or not parses(branch)
                or len(split_alternatives(branch)) != 1):
            raise ValueError(f"branch not of the form ^head middle tail$: {branch[:60]}")
        groups.setdefault((head, tail), []).append(middle)
    compact = flags + "|".join(f"{head}(?:{'|'.join(middles)}){tail}" for (head, tail), middles in groups.items())
    for n, cls in enumerate(classes):
        compact = compact.replace(f"\x00{n}\x00", cls)
    return compact


@lru_cache(maxsize=4)
def compile_token_match(pattern: str):
    """`re.compile(pattern).match`, through the factored pattern when it can be proven equal."""
    try:
        return re.compile(compact_pattern(pattern)).match
    except ValueError:
        return re.compile(pattern).match


def token_match_pattern(node: ast.AST) -> ast.expr | None:
    """The pattern expression of a `TOKEN_MATCH = re.compile(<pattern>).match` statement, else None."""
    if not (isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["TOKEN_MATCH"]):
        return None
    value = node.value
    if (isinstance(value, ast.Attribute) and value.attr == "match" and isinstance(value.value, ast.Call)
            and ast.unparse(value.value.func) == "re.compile" and len(value.value.args) == 1
            and not value.value.keywords):
        return value.value.args[0]
    return None


class FrenchExceptions(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports spaCy's French tokenizer exceptions from their source, `TOKEN_MATCH` compiled factored."""

    def find_spec(self, name, path, target=None):
        if name != EXCEPTIONS or not path:
            return None
        origin = Path(next(iter(path))) / "tokenizer_exceptions.py"
        if not origin.is_file():
            return None
        return importlib.util.spec_from_file_location(name, origin, loader=self)

    def create_module(self, spec):
        return None

    def exec_module(self, module) -> None:
        origin = module.__spec__.origin
        tree = ast.parse(Path(origin).read_text(encoding="utf-8"), origin)
        statements = [n for n in tree.body if token_match_pattern(n) is not None]
        for node in statements:  # keep the pattern string; compile it below, factored
            node.value = token_match_pattern(node)
        exec(compile(tree, origin, "exec"), module.__dict__)
        if statements:
            module.TOKEN_MATCH = compile_token_match(module.TOKEN_MATCH)


def import_french():
    """`spacy.lang.fr`, imported (if not yet) with the factored `TOKEN_MATCH`: the `French` class."""
    if LANGUAGE not in sys.modules:
        finder = FrenchExceptions()
        sys.meta_path.insert(0, finder)
        try:
            importlib.import_module(LANGUAGE)
        finally:
            sys.meta_path.remove(finder)
    return sys.modules[LANGUAGE].French


def model_tokenizer(vocab: Vocab, path: Path | str) -> Tokenizer:
    """The tokenizer stored at `path` (a model's `tokenizer` file), as `Tokenizer.from_bytes` reads it
    but for `token_match`, compiled through `compile_token_match`."""
    data = srsly.msgpack_loads(Path(path).read_bytes())

    def compiled(key: str, method: str):
        value = data.get(key)
        return getattr(re.compile(value), method) if isinstance(value, str) else None

    token_match = data.get("token_match")
    return Tokenizer(vocab, rules=data.get("exceptions") if isinstance(data.get("exceptions"), dict) else None,
                     prefix_search=compiled("prefix_search", "search"),
                     suffix_search=compiled("suffix_search", "search"),
                     infix_finditer=compiled("infix_finditer", "finditer"),
                     token_match=compile_token_match(token_match) if isinstance(token_match, str) else None,
                     url_match=compiled("url_match", "match"),
                     faster_heuristics=data.get("faster_heuristics", True))
