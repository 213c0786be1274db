"""Thai text analysis for the search index and for queries.

Thai is written without spaces, so a tokenizer that splits on spaces sees a sentence as one word.
Here text is cut into words with PyThaiNLP's offline ``newmm`` engine, compounds also yield their
sub-words ("การประชุม" → "การ", "ประชุม"), Thai digits become Arabic digits, and abbreviations
("ผอ.", "ป.ป.ช.") stay whole.

Each database's own tokenizer must then keep a Thai word whole: SQLite's FTS5 ``unicode61`` cuts at
every vowel and tone mark (they are not letters to it) and PostgreSQL's parser depends on the server
locale. So a word containing Thai is stored as an ASCII *term*: a prefix and two letters a–p per
character (its offset in the Thai block). The encoding keeps prefixes (the term of "ประ" is a prefix
of the term of "ประชุม"), which autocomplete relies on. A second, tone-less term of each Thai word
("ผู้" → "ผู") serves fuzzy queries: a word with one wrong or missing tone mark still matches.

Only the database backends in ``search.backends`` use the encoded terms; Elasticsearch/OpenSearch
get the raw text and analyse Thai themselves.
"""

import re
import threading
import unicodedata
from functools import lru_cache

THAI_FIRST, THAI_LAST = 0x0E00, 0x0E7F
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# Tone marks and mai taikhu: the marks a hurried typist gets wrong.
TONE_MARKS = dict.fromkeys(map(ord, "\u0e47\u0e48\u0e49\u0e4a\u0e4b"))
# Prefixes of encoded terms; no word of any language starts with "qx"/"qz".
TERM_PREFIX = "qx"
TONELESS_PREFIX = "qz"
THAI_CHARS = "\u0e01-\u0e4e"
# An abbreviation: up to four Thai characters and a full stop, repeated ("ผอ.", "สพป.", "ป.ป.ช.").
ABBREVIATION = re.compile(rf"(?<![{THAI_CHARS}])(?:[{THAI_CHARS}]{{1,4}}\.)+")
WORD = re.compile(r"\w", re.UNICODE)
# A Thai vowel, tone mark or sign after a space, or a vowel repeated over a space: see ``_chunks``.
ACROSS_SPACES = re.compile(r"\s[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]|([\u0e30-\u0e45\u0e47-\u0e4e])\s+\1")

_lock = threading.Lock()
# Runs of text between spaces whose words and index terms are kept per process (a few MiB).
CHUNK_CACHE_SIZE = 20_000


@lru_cache(maxsize=1)
def _trie():
    """PyThaiNLP's dictionary in a trie of our own: sub-word splitting removes a word from it briefly."""
    from pythainlp.corpus.common import thai_words
    from pythainlp.util import Trie

    return Trie(thai_words())


def normalize(text):
    """NFC, lower case, Arabic digits, PyThaiNLP's fix of doubled or misordered marks."""
    from pythainlp.util import normalize as thai_normalize

    text = unicodedata.normalize("NFC", str(text)).translate(THAI_DIGITS).lower()
    return thai_normalize(text)


def has_thai(text):
    return any(THAI_FIRST <= ord(ch) <= THAI_LAST for ch in text)


def _segment(text):
    from pythainlp.tokenize import newmm

    with _lock:
        return newmm.segment(text, custom_dict=_trie())


def _abbreviation_words(match):
    """ "ผอ.สพป." → ["ผอ", "สพป"]; runs of one-letter parts join: "ป.ป.ช." → ["ปปช"]."""
    words, letters = [], ""
    for part in match.split(".")[:-1]:
        if len(part) == 1:
            letters += part
            continue
        if letters:
            words.append(letters)
            letters = ""
        words.append(part)
    if letters:
        words.append(letters)
    return words


def _chunks(text):
    """``text`` cut at spaces, for analysis run by run (cached: office news repeat their phrases,
    names and places, and normalising and segmenting are the costly part of indexing and of a query).

    Where PyThaiNLP's normalisation works across a space (a mark typed after a space, a vowel
    repeated over one) the whole text is normalised first, so the words are the same either way.
    """
    text = str(text)
    if ACROSS_SPACES.search(text):
        text = normalize(text)
    return text.split()


def words(text):
    """The words of ``text`` in order, normalised, without spaces and punctuation."""
    result = []
    for chunk in _chunks(text):
        result.extend(_chunk_words(chunk))
    return result


@lru_cache(maxsize=CHUNK_CACHE_SIZE)
def _chunk_words(chunk):
    """The words of one run of text between spaces, as a tuple."""
    chunk = normalize(chunk)
    result = []
    position = 0
    for match in ABBREVIATION.finditer(chunk):
        result.extend(_plain_words(chunk[position : match.start()]))
        result.extend(_abbreviation_words(match.group()))
        position = match.end()
    result.extend(_plain_words(chunk[position:]))
    return tuple(result)


def _plain_words(text):
    if not text.strip():
        return []
    if not has_thai(text):
        return re.findall(r"\w+", text)
    return [token.strip() for token in _segment(text) if WORD.search(token)]


@lru_cache(maxsize=50_000)
def split(word):
    """The dictionary words a Thai compound is made of, one level: "การประชุม" → ("การ", "ประชุม").

    newmm segments the word with the word itself left out of the dictionary. A word splits only into
    parts of two characters or more, so "ประกาศ" does not yield "ศ"; () when it does not split.
    """
    if len(word) < 4 or not has_thai(word):
        return ()
    from pythainlp.tokenize import newmm

    trie = _trie()
    with _lock:
        known = word in trie
        if known:
            trie.remove(word)
        try:
            parts = newmm.segment(word, custom_dict=trie)
        finally:
            if known:
                trie.add(word)
    if len(parts) < 2 or any(len(part) < 2 for part in parts):
        return ()
    return tuple(parts)


def subwords(word, depth=2):
    """Sub-words two levels down ("คณะกรรมการ" → คณะ, กรรมการ, กรรม, การ); deeper levels would mostly
    yield syllables ("กรรม" → "กร", "รม") that match everything."""
    if depth == 0:
        return ()
    result = []
    for part in split(word):
        result.append(part)
        result.extend(subwords(part, depth - 1))
    return tuple(dict.fromkeys(result))


def toneless(word):
    return word.translate(TONE_MARKS)


def _encode(word, prefix):
    letters = []
    for ch in word:
        code = ord(ch)
        if THAI_FIRST <= code <= THAI_LAST:
            offset = code - THAI_FIRST
            letters.append("abcdefghijklmnop"[offset // 16] + "abcdefghijklmnop"[offset % 16])
        elif ch.isascii() and ch.isalnum():
            letters.append("r" + ch)
        else:
            letters.append(f"s{code:x}t")
    return prefix + "".join(letters)


@lru_cache(maxsize=100_000)
def term(word):
    """The index term of one word: itself unless it contains Thai."""
    return _encode(word, TERM_PREFIX) if has_thai(word) else word


@lru_cache(maxsize=100_000)
def toneless_term(word):
    return _encode(toneless(word), TONELESS_PREFIX) if has_thai(word) else word


def index_terms(text):
    """The terms stored for ``text``: each word, its sub-words, and the tone-less form of each Thai term."""
    terms = []
    for chunk in _chunks(text):
        terms.extend(_chunk_terms(chunk))
    return terms


@lru_cache(maxsize=CHUNK_CACHE_SIZE)
def _chunk_terms(chunk):
    terms = []
    for word in _chunk_words(chunk):
        terms.append(term(word))
        if has_thai(word):
            family = (word, *subwords(word))
            terms.extend(term(part) for part in family[1:])
            terms.extend(dict.fromkeys(toneless_term(part) for part in family))
    return tuple(terms)


def index_text(text):
    return " ".join(index_terms(text))
