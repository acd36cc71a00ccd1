"""The news-tuned VADER ("news" method): VADER's machinery with inspectable news adjustments.

Everything that differs from plain VADER is listed in three data files under ``presslens/data``:

* ``sentiment_news_lexicon.tsv`` — lexicon overrides and additions, each with a reason:
  news-neutral senses VADER over-scores ("like" as a preposition, "party", "security",
  "Supreme Court", "top official", "interest rates"), and domain words VADER lacks (accusation and
  crime: "allegations", "indicted"; conflict: "casualties", "airstrikes"; economy: "layoffs",
  "plunged", "recovery").
* ``sentiment_news_phrases.tsv`` — multi-word units scored as one ("health care" 0,
  "civil war" −2.9, "at least" 0, "no doubt" +0.8).
* ``sentiment_news_rules.tsv`` — word lists for the rules below.

Rules, on top of VADER's boosters, caps, "least" and punctuation emphasis:

* negation: VADER's list without "despite", plus "no" (as in vaderSentiment 3.3, so "NO WAR!"
  is positive) and verbs of failure ("failed to win"); a negator counts even when it is itself a
  lexicon word. Curly apostrophes count ("didn’t" negates like "didn't").
* contrast: "but", "however", "nevertheless"… halve what precedes and weigh what follows ×1.5;
  concession: the clause opened by "despite", "although", "while"… (to the next comma) is halved.
* reported speech: words inside quotation marks weigh ``QUOTE_WEIGHT``; the sentence reports a
  view rather than taking one.
* a dead zone: the summed valence is shrunk towards zero by ``DEAD_ZONE`` before normalising, so
  one mild word does not make a news sentence positive or negative.
* every token is scored in its own context (NLTK reuses a repeated token's first context).

Example::

    >>> news_scorer().polarity_scores("NO WAR!")["compound"] > 0
    True
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from importlib import resources

from nltk.sentiment.vader import VaderConstants

from .vader import FastVader, vader_reference

__all__ = ["DEAD_ZONE", "QUOTE_WEIGHT", "NewsScorer", "news_scorer"]

DEAD_ZONE = 0.5
QUOTE_WEIGHT = 0.8

_C = VaderConstants
_STRIP = string.punctuation + "“”‘’«»„‚‹›—–…"
_CLAUSE_END = re.compile(r"[,;:—–)]['\"”’]?$")
_LETTER = re.compile(r"\w")


def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a data file, skipping blank lines and ``#`` comments."""
    text = resources.files("presslens").joinpath("data", name).read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


class NewsScorer(FastVader):
    """VADER with the news lexicon, phrases and rules; ``polarity_scores`` like VADER's."""

    first_occurrence = False

    def __init__(self, dead_zone: float = DEAD_ZONE, quote_weight: float = QUOTE_WEIGHT):
        lexicon = dict(vader_reference().lexicon)
        lexicon.update({row[0]: float(row[1]) for row in _rows("sentiment_news_lexicon.tsv")})
        super().__init__(lexicon)
        rules: dict[str, set[str]] = {}
        for kind, word, *_ in _rows("sentiment_news_rules.tsv"):
            rules.setdefault(kind, set()).add(word)
        self.negations = frozenset((self.negations | rules["negation"]) - rules["not_negation"])
        self.contrast = frozenset(rules["contrast"])
        self.concession = frozenset(rules["concession"])
        # NLTK's slang idioms ("the bomb", "the shit") are literal in news; phrases replace them
        self.idioms = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], float]]] = {}
        for phrase, value, *_ in _rows("sentiment_news_phrases.tsv"):
            words = tuple(phrase.split())
            self.phrases.setdefault(words[0], []).append((words, float(value)))
        self.dead_zone = dead_zone
        self.quote_weight = quote_weight
        self._refresh()

    def _token(self, raw: str) -> tuple[str, str, bool]:
        entry = self._tokens.get(raw)
        if entry is None:
            stripped = raw.strip(_STRIP)
            word = (stripped if _LETTER.search(stripped) else raw).replace("’", "'")
            entry = self._tokens[raw] = (word, word.lower(), word.isupper())
        return entry

    def _score(self, text: str) -> dict[str, float]:
        raws = [t for t in text.split() if len(t) > 1]
        if len(self._tokens) > 200_000:
            self._tokens.clear()
        toks = [self._token(t) for t in raws]
        if not toks:
            return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
        lows = [t[1] for t in toks]
        n_upper = sum([t[2] for t in toks])
        cap_diff = 0 < n_upper < len(toks)
        base = self._phrase_valences(lows)
        lex = self.lexicon
        values = []
        for pos, low in enumerate(lows):
            v = base.get(pos, lex.get(low))
            if v:
                v = self._valence_news(toks, lows, pos, cap_diff, v)
                if v:
                    values.append((pos, v))
        if values:
            weights = self._weights(raws, lows)
            values = [(p, v * weights[p]) for p, v in values]
        total = sum(v for _, v in values)
        if abs(total) <= self.dead_zone:
            return self._sum(text, [], len(toks))
        shrink = (abs(total) - self.dead_zone) / abs(total)
        return self._sum(text, [v * shrink for _, v in values], len(toks))

    def _phrase_valences(self, lows: list[str]) -> dict[int, float]:
        """Positions covered by a listed phrase: its valence on the last word, 0 on the others."""
        base: dict[int, float] = {}
        for pos, low in enumerate(lows):
            for words, value in self.phrases.get(low, ()):
                end = pos + len(words)
                if tuple(lows[pos:end]) == words:
                    base.update(dict.fromkeys(range(pos, end - 1), 0.0))
                    base[end - 1] = value
                    break
        return base

    def _valence_news(self, toks, lows, i: int, cap_diff: bool, v: float) -> float:
        """Valence ``v`` of the word at ``i`` after boosters, caps, negation and "least"."""
        low = lows[i]
        if low in self.boosters or (low == "kind" and i + 1 < len(lows) and lows[i + 1] == "of"):
            return 0.0
        if toks[i][2] and cap_diff:
            v = v + _C.C_INCR if v > 0 else v - _C.C_INCR
        lex, negations = self.lexicon, self.negations
        for k in range(min(3, i)):
            j = i - k - 1
            word = lows[j]
            negator = word in negations or "n't" in word
            if word in lex and not negator:
                continue
            s = self._booster(toks[j], v, cap_diff)
            v = v + (s * (1.0, 0.95, 0.9)[k])
            if negator:
                v = v * _C.N_SCALAR
        if i > 0 and lows[i - 1] == "least" and (i == 1 or lows[i - 2] not in ("at", "very")):
            v = v * _C.N_SCALAR
        return v

    def _weights(self, raws: list[str], lows: list[str]) -> list[float]:
        """Per-token weight from contrast, concession and quotation."""
        n = len(lows)
        weights = [1.0] * n
        pivot = next((p for p, w in enumerate(lows) if w in self.contrast), None)
        if pivot is not None:
            for p in range(n):
                weights[p] = 0.5 if p < pivot else 1.5 if p > pivot else 1.0
        p = 0
        while p < n:
            if lows[p] in self.concession:
                q = p
                while q < n and not (q > p and _CLAUSE_END.search(raws[q - 1])):
                    weights[q] *= 0.5
                    q += 1
                p = q
            else:
                p += 1
        if self.quote_weight != 1.0:
            for p, quoted in enumerate(_quoted(raws)):
                if quoted:
                    weights[p] *= self.quote_weight
        return weights


def _quoted(raws: list[str]) -> list[bool]:
    """Whether each token starts inside double quotation marks (straight or curly)."""
    inside, flags = False, []
    for raw in raws:
        flags.append(inside or raw[0] in '"“')
        for ch in raw:
            if ch == "“":
                inside = True
            elif ch == "”":
                inside = False
            elif ch == '"':
                inside = not inside
    return flags


@lru_cache(maxsize=1)
def news_scorer() -> NewsScorer:
    """The shared news scorer with the default settings."""
    return NewsScorer()
