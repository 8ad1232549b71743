"""Forgiving German full-text search over the atlas: SQLite FTS5 index build and queries."""

from __future__ import annotations

import difflib
import json
import logging
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.queries import OfferRow

log = logging.getLogger(__name__)

# How it works, in short:
# * Every text is folded to one canonical form before it is indexed or searched: case folded,
#   ä/ö/ü -> ae/oe/ue, ß -> ss, other accents dropped, gender marks joined ("Senior*innen" ->
#   "seniorinnen"). So "Frühe", "fruehe" and "FRÜHE" are the same word to the index.
# * One FTS5 table (unicode61 tokens) holds name, topics (category, target group and every other
#   term of the offer, with their parents), organisation and description of each active offer.
# * A vocabulary table lists every indexed word once, with a trigram index over it. A query word
#   is widened through the vocabulary, never by passing user text to MATCH:
#   - prefix ("schuld" -> "schulden"),
#   - words that contain it, i.e. German compounds ("beratung" -> "schuldnerberatung"),
#   - one typo in a word of 5 letters or more ("shuldnerberatung" -> "schuldnerberatung"),
#   - synonyms from a data file staff can extend ("pflege" -> "seniorinnen").
# * Exact words rank before synonyms and corrected typos; a match in the name before one in the
#   topics or the organisation before one in the description (then bm25). All words must match;
#   if no offer has them all, offers with some of them follow.
# * The MATCH expression is built only from folded letter/digit tokens, each one quoted, so
#   quotes, stars, brackets, NOT/AND/NEAR, ^ and : typed by a visitor are plain text.

INDEX_TABLE = "search_index"
VOCAB_TABLE = "search_vocab"
VOCAB_TRIGRAMS = "search_vocab_tri"

MAX_QUERY_CHARS = 200  # the visible field is shorter; anything past this is ignored
MAX_WORDS = 6
MAX_WORD_CHARS = 40
MIN_WORD_CHARS = 2  # one letter finds everything and helps nobody
MIN_COMPOUND_CHARS = 4  # "rat" inside every "beratung" would be noise
MIN_TYPO_CHARS = 5  # "one typo in a longer word"
MAX_COMPOUNDS = 24  # most frequent compounds a word is widened to
MAX_SYNONYM_TERMS = 24
DEFAULT_LIMIT = 10

# Column order of the index; bm25 weights say name > topics > organisation > description.
COLUMNS = ("service_id", "name", "topics", "organization", "description")
BM25_WEIGHTS = "0.0, 8.0, 4.0, 3.0, 1.0"
# Column classes, searched in this order: a name match always ranks first.
CLASS_FILTERS = ("{name}", "{topics organization}", "")

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
_GENDER_MARKS = "*:_·/"
_GENDER_MARK = re.compile(r"(?<=[^\W\d_])[*:_·/](?=in(?:nen)?\b)", re.IGNORECASE)
_BINNEN_I = re.compile(r"(?<=[a-zäöüß])I(?=n(?:nen)?\b)")
_WORD = re.compile(r"[^\W_]+")
# Combining marks left over after NFC (they would split a word in two).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def join_gender_marks(value: str) -> str:
    """'Senior*innen', 'Senior:innen', 'SeniorInnen' -> 'Seniorinnen' (one word to search)."""
    # Plain substring tests first: most texts have no mark at all, and the look-behind
    # patterns would scan every character of every description.
    if any(mark in value for mark in _GENDER_MARKS):
        value = _GENDER_MARK.sub("", value)
    return _BINNEN_I.sub("i", value) if "In" in value else value


def fold(value: str) -> str:
    """The canonical search form of a text: lower case, umlauts spelled out, no accents.

    "Frühe Hilfen" -> "fruehe hilfen", "Straße" -> "strasse", "Café" -> "cafe".
    """
    out = join_gender_marks(value)
    if out.isascii():
        return out.lower()
    out = unicodedata.normalize("NFC", out).lower().translate(_UMLAUTS)
    out = unicodedata.normalize("NFKD", out.casefold())
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def words_of(value: str) -> list[str]:
    """The folded words of a text (letters and digits; everything else separates)."""
    return _WORD.findall(fold(value))


class _Tokenizer:
    """Folds the words of many texts fast: each distinct written word is folded once."""

    def __init__(self) -> None:
        self.folded: dict[str, tuple[str, ...]] = {}
        self.written: Counter[str] = Counter()

    def words(self, value: str) -> list[str]:
        if not value:
            return []
        if not value.isascii():
            value = _MARKS.sub("", value)
        found = _WORD.findall(join_gender_marks(value))
        self.written.update(found)  # counted in C
        known = self.folded
        out: list[str] = []
        for written in found:
            folded = known.get(written)
            if folded is None:
                folded = known[written] = tuple(words_of(written))
            out.extend(folded)
        return out

    def display_forms(self) -> dict[str, str]:
        """The most frequent spelling of each folded word, as written in the feed."""
        best: dict[str, tuple[int, str]] = {}
        for written, count in self.written.items():
            folded = self.folded[written]
            if len(folded) == 1 and count > best.get(folded[0], (0, ""))[0]:
                best[folded[0]] = (count, written)
        return {word: written for word, (_count, written) in best.items()}


# ---------------------------------------------------------------------------------------------
# Synonyms
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Synonyms:
    """Groups of words that mean the same to a visitor; each member is a tuple of folded words."""

    groups: tuple[tuple[tuple[str, ...], ...], ...] = ()

    def expand(self, word: str) -> list[tuple[str, ...]]:
        """The other members of every group the (folded) word belongs to.

        A word belongs to a group when it equals a member, when it is the start of a one-word
        member (4 letters or more: "pfleg" while typing), or when a one-word member of 4
        letters or more starts it ("wohnungen" -> "wohnung").
        """
        out: list[tuple[str, ...]] = []
        for group in self.groups:
            if any(self._belongs(word, member) for member in group):
                out.extend(m for m in group if m != (word,) and m not in out)
        return out

    @staticmethod
    def _belongs(word: str, member: tuple[str, ...]) -> bool:
        if member == (word,):
            return True
        if len(member) != 1:
            return False
        single = member[0]
        return ((len(word) >= 4 and single.startswith(word))
                or (len(single) >= 4 and word.startswith(single)))


def parse_synonyms(document: Mapping[str, Any]) -> Synonyms:
    """Synonym groups from a parsed TOML document: `groups = [["Pflege", "Senior*innen"], ...]`.

    Entries that are not lists of strings are skipped; a group needs two members.
    """
    groups: list[tuple[tuple[str, ...], ...]] = []
    raw = document.get("groups", [])
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, list):
            continue
        members = tuple(dict.fromkeys(
            tuple(words_of(m))[:4] for m in entry if isinstance(m, str) and words_of(m)))
        if len(members) >= 2:
            groups.append(members)
    return Synonyms(tuple(groups))


def load_synonyms(paths: Iterable[Path]) -> Synonyms:
    """Merge the synonym files that exist; a broken file is logged and skipped."""
    groups: list[tuple[tuple[str, ...], ...]] = []
    for path in paths:
        try:
            with path.open("rb") as fh:
                groups.extend(parse_synonyms(tomllib.load(fh)).groups)
        except FileNotFoundError:
            log.warning("synonym file %s is missing", path)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            log.warning("synonym file %s is not readable: %s", path, exc)
    return Synonyms(tuple(groups))


def synonym_files(assets: Path, raw_config: Mapping[str, Any],
                  config_dir: Path | None = None) -> list[Path]:
    """The shipped table plus `[search] synonyms_file` of the site config, if set.

    A relative `synonyms_file` is taken relative to the config file's folder.
    """
    files = [assets / "synonyms.toml"]
    section = raw_config.get("search", {})
    extra = section.get("synonyms_file", "") if isinstance(section, Mapping) else ""
    if isinstance(extra, str) and extra.strip():
        path = Path(extra.strip()).expanduser()
        if not path.is_absolute() and config_dir is not None:
            path = config_dir / path
        files.append(path)
    return files


# ---------------------------------------------------------------------------------------------
# Index build (called by the importer, inside its transaction)
# ---------------------------------------------------------------------------------------------


def build_index(conn: Connection) -> None:
    """(Re)build the search index of the active offers from the finished atlas tables."""
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {INDEX_TABLE}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {VOCAB_TABLE}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {VOCAB_TRIGRAMS}")
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {INDEX_TABLE} USING fts5("
        "service_id UNINDEXED, name, topics, organization, description, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
    conn.exec_driver_sql(
        f"INSERT INTO {INDEX_TABLE} ({INDEX_TABLE}, rank) VALUES ('rank', 'bm25({BM25_WEIGHTS})')")
    conn.exec_driver_sql(
        f"CREATE TABLE {VOCAB_TABLE} (id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE, "
        "display TEXT NOT NULL, docs INTEGER NOT NULL)")
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {VOCAB_TRIGRAMS} USING fts5(word, tokenize = 'trigram')")

    # Read through the driver: SQLAlchemy's row objects would cost more than the folding.
    raw = conn.connection.driver_connection
    assert raw is not None
    topics: dict[str, list[str]] = {}
    for service_id, name in raw.execute(
            "SELECT DISTINCT a.link_id, t.name FROM attribute a "
            "JOIN term_ancestor ta ON ta.term_id = a.taxonomy_term_id "
            "JOIN taxonomy_term t ON t.id = ta.ancestor_id"):
        topics.setdefault(service_id, []).append(name)

    docs: Counter[str] = Counter()
    tokenizer = _Tokenizer()
    rows: list[tuple[str, str, str, str, str]] = []
    for service_id, name, alternate, description, org in raw.execute(
            "SELECT s.id, s.name, s.alternate_name, s.description, o.name FROM service s "
            "LEFT JOIN organization o ON o.id = s.organization_id "
            "WHERE s.status = 'active' ORDER BY s.sort_key, s.id"):
        fields = [tokenizer.words(value) for value in (
            f"{name} {alternate}" if name and alternate else name or alternate or "",
            " ; ".join(topics.get(service_id, ())), org or "", description or "")]
        docs.update({word for words in fields for word in words})
        rows.append((service_id, *(" ".join(words) for words in fields)))
    conn.exec_driver_sql(
        f"INSERT INTO {INDEX_TABLE} (service_id, name, topics, organization, description) "
        "VALUES (?, ?, ?, ?, ?)", rows)
    display = tokenizer.display_forms()
    vocab = [(i, word, display.get(word, word), count)
             for i, (word, count) in enumerate(sorted(docs.items()), start=1)]
    conn.exec_driver_sql(
        f"INSERT INTO {VOCAB_TABLE} (id, word, display, docs) VALUES (?, ?, ?, ?)", vocab)
    conn.exec_driver_sql(
        f"INSERT INTO {VOCAB_TRIGRAMS} (rowid, word) SELECT id, word FROM {VOCAB_TABLE}")
    conn.exec_driver_sql(f"INSERT INTO {INDEX_TABLE} ({INDEX_TABLE}) VALUES ('optimize')")
    conn.exec_driver_sql(f"INSERT INTO {VOCAB_TRIGRAMS} ({VOCAB_TRIGRAMS}) VALUES ('optimize')")
    log.info("search index: %d offers, %d words", len(rows), len(vocab))


# ---------------------------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What a search found.

    Attributes:
        query: The text searched for, as typed.
        words: The folded words that were searched (empty: too short, or only symbols).
        rows: The best offers, best first.
        more: Whether there were more matches than `rows`.
        suggestions: When nothing was found: indexed words that look like what was typed.
    """

    query: str
    words: tuple[str, ...] = ()
    rows: tuple[OfferRow, ...] = ()
    more: bool = False
    suggestions: tuple[str, ...] = ()


@dataclass
class _WordPlan:
    """How one query word is widened, from strict to forgiving."""

    word: str
    prefix: list[str] = field(default_factory=list)  # the word and words starting with it
    compounds: list[str] = field(default_factory=list)  # words that contain it
    wide: list[str] = field(default_factory=list)  # synonyms and one-typo corrections


def _quoted(tokens: Sequence[str], prefix: bool = False) -> str:
    # Tokens are folded letters/digits only, so a quote can never appear inside one.
    phrase = '"' + " ".join(tokens) + '"'
    return phrase + "*" if prefix else phrase


def query_words(value: str) -> list[str]:
    """The words a search uses: folded, at least two letters, at most MAX_WORDS of them."""
    words = [w[:MAX_WORD_CHARS] for w in words_of(value[:MAX_QUERY_CHARS])]
    return list(dict.fromkeys(w for w in words if len(w) >= MIN_WORD_CHARS))[:MAX_WORDS]


def typo_candidates(word: str) -> set[str]:
    """Every string one edit away (delete, swap, replace, insert) from a word."""
    letters = set(_ALPHABET) | set(word)
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    out.discard(word)
    return out


def _plan_word(s: Session, word: str, synonyms: Synonyms) -> _WordPlan:
    plan = _WordPlan(word, prefix=[_quoted([word], prefix=True)])
    if len(word) >= MIN_COMPOUND_CHARS:
        for (compound,) in s.execute(text(
                f"SELECT v.word FROM {VOCAB_TRIGRAMS} t JOIN {VOCAB_TABLE} v ON v.id = t.rowid "
                f"WHERE {VOCAB_TRIGRAMS} MATCH :q AND v.word NOT LIKE :start "
                "ORDER BY v.docs DESC LIMIT :n"),
                {"q": _quoted([word]), "start": word + "%", "n": MAX_COMPOUNDS}):
            plan.compounds.append(_quoted([compound]))
    for member in synonyms.expand(word)[:MAX_SYNONYM_TERMS]:
        plan.wide.append(_quoted(member, prefix=True))
    if len(word) >= MIN_TYPO_CHARS:
        for (fixed,) in s.execute(text(
                f"SELECT word FROM {VOCAB_TABLE} WHERE word IN (SELECT value FROM json_each(:c)) "
                "ORDER BY docs DESC LIMIT 8"),
                {"c": json.dumps(sorted(typo_candidates(word)))}):
            plan.wide.append(_quoted([fixed]))
    return plan


def _group(terms: Sequence[str]) -> str:
    return "(" + " OR ".join(terms) + ")"


def _match_plan(plans: Sequence[_WordPlan]) -> list[str]:
    """MATCH expressions (with column filters), best matches first, without repeats.

    Exact words (and words starting with them) before compounds, all in the name before the
    topics before anywhere; then synonyms and typo corrections; then offers that have only
    some of the words.
    """
    def every(*parts: str) -> str:
        return " AND ".join(_group([t for part in parts for t in getattr(p, part)])
                            for p in plans)

    exact = list(dict.fromkeys([every("prefix"), every("prefix", "compounds")]))
    wide = every("prefix", "compounds", "wide")
    some = " OR ".join(_group(p.prefix + p.compounds + p.wide) for p in plans)
    out: list[str] = []
    for tier in (exact, [wide], [some]):
        for column_filter in CLASS_FILTERS:
            for expression in tier:
                match = f"{column_filter} : ({expression})" if column_filter else expression
                if match not in out:
                    out.append(match)
    return out


def _matching_ids(s: Session, matches: Sequence[str], limit: int,
                  ranked: bool) -> tuple[list[str], bool]:
    found: dict[str, None] = {}
    # Ranking sorts every match: for one- or two-letter words (nearly every offer matches)
    # the index order (alphabetical by name) is as good and much faster.
    order = "ORDER BY rank" if ranked else ""
    for match in matches:
        want = limit + 1 - len(found)
        if want <= 0:
            break
        ids = s.execute(text(
            f"SELECT service_id FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :m {order} "
            "LIMIT :n"), {"m": match, "n": want + len(found)}).scalars()
        for service_id in ids:
            found.setdefault(service_id, None)
    return list(found)[:limit], len(found) > limit


def _offer_rows(s: Session, ids: Sequence[str]) -> list[OfferRow]:
    if not ids:
        return []
    rows = s.execute(text(
        "SELECT s.id, s.name, o.name, s.summary FROM service s "
        "LEFT JOIN organization o ON o.id = s.organization_id "
        "WHERE s.status = 'active' AND s.id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(list(ids))}).all()
    by_id = {r[0]: OfferRow(r[0], r[1], r[2] or "", r[3] or "") for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def suggestions_for(s: Session, words: Sequence[str], count: int = 4) -> list[str]:
    """Indexed words most like the typed ones (shared trigrams, then similarity), for buttons."""
    scored: dict[str, float] = {}
    for word in words:
        grams = {word[i:i + 3] for i in range(len(word) - 2)}
        if not grams:
            continue
        expression = " OR ".join(_quoted([g]) for g in sorted(grams))
        for display, folded, docs in s.execute(text(
                f"SELECT v.display, v.word, v.docs FROM {VOCAB_TRIGRAMS} t "
                f"JOIN {VOCAB_TABLE} v ON v.id = t.rowid WHERE {VOCAB_TRIGRAMS} MATCH :q "
                "AND length(v.word) >= 4 LIMIT 400"), {"q": expression}):
            score = difflib.SequenceMatcher(None, word, folded).ratio() + min(docs, 50) / 1000
            if score >= 0.5 and score > scored.get(display, 0.0):
                scored[display] = score
    ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
    out: list[str] = []
    for display, _score in ranked:
        if display.casefold() not in (o.casefold() for o in out):
            out.append(display)
        if len(out) == count:
            break
    return out


def search(sessions: sessionmaker[Session], query: str, synonyms: Synonyms = Synonyms(),  # noqa: B008
           limit: int = DEFAULT_LIMIT) -> SearchResult:
    """The best active offers for what a visitor typed; never raises on odd input.

    Args:
        sessions: Session factory over an atlas built with the search index.
        query: The text as typed (anything: quotes, stars, emoji, 500 characters).
        synonyms: Synonym groups to widen the words with.
        limit: How many offers at most.

    Returns:
        The offers (best first) and, when nothing matched, suggestions.
    """
    words = query_words(query)
    if not words:
        return SearchResult(query)
    with sessions() as s:
        plans = [_plan_word(s, w, synonyms) for w in words]
        ranked = any(len(w) >= 3 for w in words)
        ids, more = _matching_ids(s, _match_plan(plans), limit, ranked)
        rows = _offer_rows(s, ids)
        suggestions = [] if rows else suggestions_for(s, words)
    return SearchResult(query, tuple(words), tuple(rows), more, tuple(suggestions))
