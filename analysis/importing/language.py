"""The language of an article, so that only French text enters `seeds/` (the model is French).

`lingua-language-detector` over langdetect: lingua has no random sampling, so one text always gets
one answer without seeding a global, and it is maintained. Its low-accuracy mode over all 75
languages loads in about 0.4 s (the high-accuracy mode takes 7 to 8 s to load every model) and is
as reliable as the high one on texts of a paragraph or more; the first 2 000 characters of an
article are enough.
"""

from __future__ import annotations

from functools import lru_cache

SAMPLE = 2000


@lru_cache(maxsize=1)
def detector():
    from lingua import LanguageDetectorBuilder
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def language_of(text: str) -> tuple[str, str] | None:
    """(ISO 639-1 code, English name) of the text's language, or None when no language stands out."""
    language = detector().detect_language_of(text[:SAMPLE])
    if language is None:
        return None
    return language.iso_code_639_1.name.lower(), language.name.capitalize()
