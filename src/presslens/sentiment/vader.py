"""VADER, offline and fast, with NLTK's implementation kept as the reference.

Two ways to run the same model:

* :func:`vader_reference` — NLTK's own ``SentimentIntensityAnalyzer`` (unoptimised), built without
  ``nltk.data.load`` so it works with ``NLTK_DATA`` pointing at an empty folder. Used by tests and
  benchmarks as the ground truth for scores.
* :class:`FastVader` — a re-implementation that returns *identical* dictionaries to the reference
  (same rounding, same quirks) at a fraction of the cost: whitespace tokens are normalised once and
  cached, only lexicon hits are scored, and repeated sentences come from a cache.

Which VADER
-----------
NLTK's port and the original ``vaderSentiment`` 3.3 differ. The decisive difference is the word
"no": NLTK scores it as an ordinary lexicon word (−1.2), while vaderSentiment 3.3 added a rule
that a "no" directly before a lexicon word is neutral and *negates* that word (×−0.74). So
"NO WAR!" is −0.75 in NLTK (no −1.2 + war −2.9) and +0.53 in the original (war negated).
Smaller differences: tokenisation (NLTK strips one run of punctuation from one side only;
vaderSentiment strips both sides), emoji descriptions, extra adjective boosters ("major",
"total"), "never so" ×1.5 vs ×1.25, and NLTK scores a repeated token in the context of its first
occurrence. The method called ``"vader"`` in presslens is NLTK's, unchanged: it is what the issue
names as the reference and what users compare against. The news method (:mod:`.news`) adopts the
original's "no"-negation deliberately, because in news prose "no" is a determiner ("no
evidence", "no casualties"), not a one-word answer.

The lexicon is ``vader_lexicon.txt`` from the ``vadersentiment`` package (a declared dependency);
if that package is missing, NLTK's ``vader_lexicon`` resource is used when installed.

Example::

    >>> fast_vader().polarity_scores("The plan is not bad at all.")["compound"]
    0.431
"""

from __future__ import annotations

import ast
import importlib.util
import math
import re
import string
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import compress
from importlib import resources
from operator import itemgetter
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

__all__ = ["FastVader", "VaderResourceError", "fast_vader", "load_vader_lexicon", "vader_reference"]


# The constants presslens scores with (sentiment/vader.py, news.py, rated.py).
_USED_CONSTANTS = frozenset({"BOOSTER_DICT", "B_DECR", "B_INCR", "C_INCR", "NEGATE", "N_SCALAR", "PUNC_LIST",
                             "SPECIAL_CASE_IDIOMS"})


def _vader_constants() -> SimpleNamespace:
    """The literal class attributes of NLTK's ``VaderConstants`` (``NEGATE``, ``BOOSTER_DICT``,
    ``N_SCALAR``…), read from NLTK's installed source rather than imported: importing
    ``nltk.sentiment.vader`` loads all of NLTK and ``scipy.stats`` (~1.4 CPU s), which every CLI
    start and every worker process would pay although scoring needs only these lists."""
    spec = importlib.util.find_spec("nltk")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("presslens needs nltk: pip install nltk")
    try:
        return _constants_from(Path(spec.origin).with_name("sentiment").joinpath("vader.py"))
    except (OSError, SyntaxError, ImportError):
        # An NLTK that lays its source out otherwise still works: import it, paying the start-up.
        from nltk.sentiment.vader import VaderConstants

        return SimpleNamespace(**{name: getattr(VaderConstants, name) for name in _USED_CONSTANTS})


def _constants_from(source: Path) -> SimpleNamespace:
    """The literal class attributes of class ``VaderConstants`` in the Python file ``source``;
    ImportError naming what is missing when it lacks the class or one of ``_USED_CONSTANTS``."""
    tree = ast.parse(source.read_text("utf-8"))
    cls = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "VaderConstants"), None)
    values: dict[str, object] = {}

    class Earlier(ast.NodeTransformer):  # BOOSTER_DICT's values name B_INCR, B_DECR
        def visit_Name(self, node: ast.Name) -> ast.AST:
            return ast.Constant(values[node.id]) if node.id in values else node

    for node in cls.body if cls else ():
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(Earlier().visit(node.value))
            except ValueError:  # computed attributes (a compiled regex): not used here
                pass
    # Another NLTK may lay its source out otherwise: say so at import, not as a KeyError mid-run.
    missing = sorted(_USED_CONSTANTS - values.keys())
    if cls is None or missing:
        raise ImportError(f"presslens reads VADER's constants from {source} (class VaderConstants: "
                          f"{'absent' if cls is None else 'lacks ' + ', '.join(missing)}): this nltk "
                          "lays its source out otherwise; please report it with its version")
    return SimpleNamespace(**values)


_C = _vader_constants()
# A token's affix is stripped only when the core holds no ASCII punctuation at all (NLTK builds
# its word list from the text with every punctuation character removed).
_ASCII_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")
_PUNC_AFFIXES = frozenset(_C.PUNC_LIST)
# Caches are cleared when full so memory stays bounded (a few tens of MB) on any corpus size;
# repeated sentences (boilerplate) are common in news, repeated tokens far more so.
_TOKEN_CACHE = 100_000
_SENTENCE_CACHE = 20_000
_ZERO = {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
_SCORE_ROW = itemgetter("compound", "pos", "neu", "neg")  # what FastVader.scores gives per text
_LOW, _UPPER, _HIT = itemgetter(1), itemgetter(2), itemgetter(3)  # columns of a token (see _Token)
# tokens of a sentence up to which its columns come from zip(*tokens) (see _columns); the longest
# sentence of PolNeAR train and PerSenT dev has 133
_ZIP_TOKENS = 1_000


_Token = tuple[str, str, bool, bool]  # (word, lower case, all caps, hit), see FastVader._token


class _TokenCache(dict):
    """Whitespace token -> its entry, made by ``make`` (which stores it) on a miss: a sentence's
    tokens are looked up in C, ``map(cache.__getitem__, …)``, and only the new ones in Python."""

    def __init__(self, make: Callable[[str], _Token | tuple[()]]):
        super().__init__()
        self._make = make

    def __missing__(self, raw: str) -> _Token | tuple[()]:
        return self._make(raw)


def _columns(toks: list[_Token]) -> tuple[None, tuple[str, ...], Iterable[bool], Iterable[bool]]:
    """The columns of a token table as ``zip(*toks)`` gives them but for the words (``None``): the
    lower-case words, and the all-caps and hit flags to be read once; a column at a time, in C.
    ``zip(*toks)`` makes an iterator per token, all alive at once, and the garbage collector's
    rounds walk them: on one sentence of 128,000, 256,000, 512,000 tokens (a page of digits) that
    took 0.065, 0.146, 0.415 s, where this takes 0.011, 0.022, 0.043. Callers keep zip up to
    ``_ZIP_TOKENS`` tokens, where it takes fewer instructions (a column at a time for every
    sentence of PolNeAR train: 1.5% more for scoring them)."""
    return None, tuple(map(_LOW, toks)), map(_UPPER, toks), map(_HIT, toks)


class VaderResourceError(LookupError):
    """Raised when no VADER lexicon can be found offline."""


@lru_cache(maxsize=1)
def load_vader_lexicon() -> str:
    """The VADER lexicon as text (``word<TAB>mean<TAB>sd<TAB>ratings`` lines).

    Looks in the ``vadersentiment`` package first, then in NLTK's data path; never downloads.
    """
    try:
        return resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    try:
        import nltk.data

        return nltk.data.load(
            "sentiment/vader_lexicon.zip/vader_lexicon/vader_lexicon.txt", format="text"
        )
    except LookupError:
        raise VaderResourceError(
            "No VADER lexicon found. Install it with `pip install vadersentiment` "
            "(a presslens dependency) or, for NLTK's copy, "
            "`python -m nltk.downloader vader_lexicon`."
        ) from None


@lru_cache(maxsize=1)
def _lexicon_dict() -> dict[str, float]:
    """The lexicon as ``{word: mean valence}``, parsed as NLTK's ``make_lex_dict`` does (without
    importing NLTK, see :func:`_vader_constants`); callers copy it."""
    lexicon = {}
    for line in load_vader_lexicon().strip("\n").split("\n"):
        word, measure = line.strip().split("\t")[0:2]
        lexicon[word] = float(measure)
    return lexicon


@lru_cache(maxsize=1)
def vader_reference() -> SentimentIntensityAnalyzer:
    """NLTK's unoptimised ``SentimentIntensityAnalyzer`` with the offline lexicon.

    >>> vader_reference().polarity_scores("NO WAR!")["compound"]
    -0.75
    """
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

    class _LexiconAnalyzer(SentimentIntensityAnalyzer):
        """NLTK's analyser fed with lexicon text instead of a resource path."""

        def __init__(self, lexicon_text: str):
            self.lexicon_file = lexicon_text.strip("\n")
            self.lexicon = self.make_lex_dict()
            self.constants = VaderConstants()

    return _LexiconAnalyzer(load_vader_lexicon())


def _normalise(token: str) -> str:
    """NLTK's ``SentiText`` token: "war!" -> "war", ",cat" -> "cat", "don't," unchanged."""
    left = len(token) - len(token.lstrip(string.punctuation))
    right = len(token) - len(token.rstrip(string.punctuation))
    if (left == 0) == (right == 0) or left == len(token):
        return token
    affix = token[:left] if left else token[len(token) - right :]
    core = token[left : len(token) - right]
    if affix in _PUNC_AFFIXES and len(core) > 1 and not _ASCII_PUNCT.search(core):
        return core
    return token


class FastVader:
    """NLTK's VADER, re-implemented for speed; ``polarity_scores`` returns identical dicts.

    Subclasses (the news scorer) change the lexicon and override the small hooks
    ``_valence``, ``_contrast`` and ``_sum``.
    """

    first_occurrence = True  # NLTK scores every repeat of a token like its first occurrence
    alpha = 15  # VADER's normalisation constant: compound = s / sqrt(s^2 + alpha)

    def __init__(self, lexicon: dict[str, float] | None = None):
        self.lexicon = dict(lexicon if lexicon is not None else _lexicon_dict())
        self.boosters = dict(_C.BOOSTER_DICT)
        self.negations = frozenset(_C.NEGATE)
        self.idioms = dict(_C.SPECIAL_CASE_IDIOMS)
        self._tokens = _TokenCache(self._token)
        self._refresh()
        self._sentences: dict[str, dict[str, float]] = {}

    def _refresh(self) -> None:
        """Words that can change a neighbour's valence; a lexicon hit with none of them within
        three words before or two after takes the fast path in ``_valence``."""
        words = set(self.boosters) | set(self.negations) | {"never", "so", "this", "least", "kind"}
        for phrase in [*self.boosters, *self.idioms]:
            words.update(phrase.lower().split())
        self._modifiers = frozenset(words)

    # -- tokens ---------------------------------------------------------------------------------
    def _word(self, raw: str) -> str:
        return _normalise(raw)

    def _hit(self, lower: str) -> bool:
        """Whether a token can carry valence (only those are scored)."""
        return lower in self.lexicon

    def _token(self, raw: str) -> _Token | tuple[()]:
        """(word, lower case, all caps, hit) for a whitespace token, cached; ``()`` for a one-character
        token, which VADER skips (cached too: ``_tokens_of`` drops it without a length test)."""
        if len(self._tokens) > _TOKEN_CACHE:
            self._tokens.clear()
        if len(raw) < 2:
            entry = self._tokens[raw] = ()
            return entry
        word = self._word(raw)
        low = word.lower()
        if low == word:  # the cache holds one string, not two equal ones (most words are lower case)
            low = word
        entry = self._tokens[raw] = (word, low, word.isupper(), self._hit(low))
        return entry

    def negates(self, low: str) -> bool:
        """Whether the lower-cased token ``low`` negates what follows: a listed negation or any
        "n't" form (the news scorer makes curly apostrophes straight before)."""
        return low in self.negations or "n't" in low

    def negates_any(self, lows: Sequence[str]) -> bool:
        """``any(map(self.negates, lows))`` without a call per word: a whitespace token has no space,
        so "n't" is in the words joined by spaces only where it is in one of them."""
        return not self.negations.isdisjoint(lows) or "n't" in " ".join(lows)

    # -- scoring --------------------------------------------------------------------------------
    def _cached(self, text: str) -> dict[str, float]:
        cached = self._sentences.get(text)
        if cached is None:
            if len(self._sentences) > _SENTENCE_CACHE:
                self._sentences.clear()
            cached = self._sentences[text] = self._score(text)
        return cached

    def polarity_scores(self, text: str) -> dict[str, float]:
        """``{"neg", "neu", "pos", "compound"}`` for one text, as NLTK's analyser returns it."""
        return dict(self._cached(text))

    def scores(self, texts) -> list[tuple[float, float, float, float]]:
        """(compound, pos, neu, neg) for many texts, without per-text dictionaries."""
        return list(map(_SCORE_ROW, map(self._cached, texts)))

    def _tokens_of(self, text: str) -> list[_Token]:
        # in C but for new tokens; filter(None, …) drops the one-character tokens' ()
        return list(filter(None, map(self._tokens.__getitem__, text.split())))

    def _score(self, text: str) -> dict[str, float]:
        toks = self._tokens_of(text)
        if not toks:
            return dict(_ZERO)
        _, lows, upper, hit = zip(*toks) if len(toks) <= _ZIP_TOKENS else _columns(toks)  # built in C
        hits = list(compress(range(len(toks)), hit))
        if not hits:
            return self._sum(text, [], len(toks))
        n_upper = sum(upper)
        cap_diff = 0 < n_upper < len(toks)
        values: list[tuple[int, float]] = []
        memo: dict[str, float] = {}
        first = self.first_occurrence
        for pos in hits:
            word = toks[pos][0]
            if first and word in memo:
                v = memo[word]
            else:
                v = memo[word] = self._valence(toks, lows, pos, cap_diff)
            if v != 0:
                values.append((pos, v))
        values = self._contrast(lows, values)
        return self._sum(text, [v for _, v in values], len(toks))

    def _valence(self, toks, lows, i: int, cap_diff: bool) -> float:
        """Valence of the lexicon word at ``i`` after boosters, caps, negation, idioms, "least"."""
        low = lows[i]
        if low in self.boosters or (low == "kind" and i + 1 < len(lows) and lows[i + 1] == "of"):
            return 0
        lex = self.lexicon
        v = lex[low]
        if toks[i][2] and cap_diff:
            v = v + _C.C_INCR if v > 0 else v - _C.C_INCR
        mods = self._modifiers
        if not any(w in mods or "n't" in w for w in lows[max(0, i - 3) : i + 3]):
            return v
        # the three words before i, original case, "" where the sentence starts
        before = [t[0] for t in toks[max(0, i - 3) : i]]
        before = [""] * (3 - len(before)) + before
        for k in range(3):
            j = i - k - 1
            if j < 0:
                break
            if lows[j] in lex:
                continue
            s = self._booster(toks[j], v, cap_diff)
            if s != 0 and k:
                s = s * (0.95 if k == 1 else 0.9)
            v = v + s
            v = self._negation(before, lows, k, i, v)
            if k == 2:
                v = self._idioms(before, toks, i, v)
        if i > 0 and lows[i - 1] == "least" and "least" not in lex:
            if i == 1 or lows[i - 2] not in ("at", "very"):
                v = v * _C.N_SCALAR
        return v

    def _booster(self, tok: tuple[str, str, bool], v: float, cap_diff: bool) -> float:
        s = self.boosters.get(tok[1], 0.0)
        if s:
            if v < 0:
                s = -s
            if tok[2] and cap_diff:
                s = s + _C.C_INCR if v > 0 else s - _C.C_INCR
        return s

    def _negation(self, w: list[str], lows, k: int, i: int, v: float) -> float:
        # NLTK compares "never", "so" and "this" case-sensitively; kept for identical scores.
        if k == 0:
            return v * _C.N_SCALAR if self.negates(lows[i - 1]) else v
        if k == 1:
            if w[1] == "never" and w[2] in ("so", "this"):
                return v * 1.5
            return v * _C.N_SCALAR if self.negates(lows[i - 2]) else v
        if (w[0] == "never" and w[1] in ("so", "this")) or w[2] in ("so", "this"):
            return v * 1.25
        return v * _C.N_SCALAR if self.negates(lows[i - 3]) else v

    def _idioms(self, w: list[str], toks, i: int, v: float) -> float:
        """NLTK's special-case idioms ("the bomb", "kiss of death") and "kind of"-style dampers."""
        idioms = self.idioms
        here = toks[i][0]
        for seq in (
            f"{w[2]} {here}",
            f"{w[1]} {w[2]} {here}",
            f"{w[1]} {w[2]}",
            f"{w[0]} {w[1]} {w[2]}",
            f"{w[0]} {w[1]}",
        ):
            if seq in idioms:
                v = idioms[seq]
                break
        after = [t[0] for t in toks[i + 1 : i + 3]]
        if after and f"{here} {after[0]}" in idioms:
            v = idioms[f"{here} {after[0]}"]
        if len(after) == 2 and f"{here} {after[0]} {after[1]}" in idioms:
            v = idioms[f"{here} {after[0]} {after[1]}"]
        if f"{w[0]} {w[1]}" in self.boosters or f"{w[1]} {w[2]}" in self.boosters:
            v = v + _C.B_DECR
        return v

    def _contrast(self, lows, values: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """VADER's "but" rule: halve what comes before the first "but", ×1.5 what follows."""
        if "but" not in lows:
            return values
        b = lows.index("but")
        return [(p, v * 0.5 if p < b else v * 1.5 if p > b else v) for p, v in values]

    def _sum(self, text: str, values: list[float], n_tokens: int) -> dict[str, float]:
        """Normalise the valences to VADER's compound, pos, neu, neg (with punctuation emphasis)."""
        if not values:
            return {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
        total = float(sum(values))
        amp = _emphasis(text)
        if total > 0:
            total += amp
        elif total < 0:
            total -= amp
        compound = total / math.sqrt(total * total + self.alpha)
        pos_sum = neg_sum = 0.0
        for v in values:
            if v > 0:
                pos_sum += float(v) + 1
            else:
                neg_sum += float(v) - 1
        if pos_sum > -neg_sum:
            pos_sum += amp
        elif pos_sum < -neg_sum:
            neg_sum -= amp
        neutral = n_tokens - len(values)
        denom = pos_sum + -neg_sum + neutral
        return {
            "neg": round(abs(neg_sum / denom), 3),
            "neu": round(abs(neutral / denom), 3),
            "pos": round(abs(pos_sum / denom), 3),
            "compound": round(compound, 4),
        }


def _emphasis(text: str) -> float:
    """VADER's boost for "!" (up to four) and for two or more "?"."""
    q = text.count("?")
    return min(text.count("!"), 4) * 0.292 + (0 if q <= 1 else q * 0.18 if q <= 3 else 0.96)


@lru_cache(maxsize=1)
def fast_vader() -> FastVader:
    """The shared fast VADER scorer (NLTK's scores, identical)."""
    return FastVader()
