"""Reprint the fifth and later rounds' variants of the learned target layer under nested CV (see
the docstring of scripts/train_target.py; none was shipped).

For each variant, the nested protocol of ``train_target.held_out``: 5 outer folds by story
(salt ``repeat<r>``), L2 from ``L2_GRID`` and the class bias chosen on 3-fold inner out-of-fold
log-odds by story (salt ``inner``), and each source left out in turn. The layer's inner and test
log-odds per outer split are computed once per cue set; a second stage is then fitted on the
inner log-odds and the dense inputs, averaged with the layer's log-probabilities, and its class
bias chosen on its own 3-fold out-of-fold predictions there. Reads NewsMTSC train only.

Sixth round (a richer representation: dense word vectors of the mention's context). ``vec-<blocks>
[-s<scale>][-d<dim>]``: the cues plus, per block, the mean wordllama vector (``word_vectors``)
of the visible words (not the mention, its act or its clause's evaluative frames, as the cues hide
them) ``L`` / ``R`` 5 left / right of the mention, ``C`` of its clause, ``S`` of the sentence
(the mention masked), ``D`` of the sentence weighted by e^(-distance / 4), ``E`` the evaluative
words' vectors times their valence; each dimension divided by its sd over the mentions (no labels)
times ``scale`` (a smaller scale is a stronger L2 on the vectors alone), 64 dimensions unless
``d``; on top of the 8,000 most frequent cues. ``induced`` / ``induced-all``: ``U_`` cues, the
valence a ridge regression from the 256-d vectors to the lexicon's valences gives the words
outside the lexicon (or all words), by side and clause, weighted by e^(-distance / 4).
``--screen`` ranks variants quickly (5-fold CV by story at L2 120, the class bias fitted on the
pooled out-of-fold log-odds, as the fourth round screened); ``--jobs`` and ``--cache`` share and
keep the nested folds' log-odds (results identical).

Seventh round (how much of the sentence is about the mention). ``clause``, ``clause-own``,
``clause-rest``: the valence of the mention's own clause and of the rest of the sentence as valued
cues (``clause_cues``); ``structure-<kinds>``: whether other names stand in the sentence, the
mention's place (subject of the main clause, in a subordinate clause), inside a quotation, a
pronoun resolved to an earlier sentence, each crossed with the bin of the sentence's tone
(``structure_cues``).

Ninth round (the mention's grammatical role). ``patient``: the stem of a verb the mention is the object
or passive subject of (``patient_cues``), ``patient-split`` the two forms apart, ``patient-epithet`` also a
lower-case word between a determiner and the mention.

Tenth round (the evaluative words that belong to another person). ``names-between``: the ``V_`` cues of the words
with another name between them and the mention under keys of their own (``names_rekey``), ``names-nearer`` of the
words nearer to another name than to the mention, ``names-window`` as ``names-between`` and the window words beyond
the nearest other name keyed ``Lx_`` / ``Rx_``; ``negation-far``: the words a negator of the mention's clause stands
before beyond the negation window (``negation_far_cues``).

Eleventh round (the layer's form, and lexicon coverage). ``polar-<ratio>``: the weights as a polarity and a
subjectivity direction with their L2 apart (``polar_fit``; 1 is the plain fit); ``opinion-<scale>``: the features
again over the target lexicon with Hu & Liu's opinion words it lacks at ±scale (``opinion_lexicon``; needs the
``rated`` extra), ``opinion-rare-<scale>`` only those in fewer than ``MIN_CUE_COUNT`` train sentences.

Twelfth round (licence-clean lists of evaluative words). ``words-<sources>[-rare]-<scale>``: the features again
over the target lexicon with the words of licence-clean lists it lacks at ±scale (``clean_lexicon``; sources
``afinn`` AFINN-165, ODbL; ``pattern`` / ``patterns`` Pattern's adjectives / its strong ones, PDDL; joined by
``+``; both read from the ``rated`` extra's packages), ``-rare`` only those in fewer than ``MIN_CUE_COUNT`` train
sentences; ``...-cv<s1>_<s2>_...`` also chooses the scale inside each outer split with the L2 and the class bias
(``nested_choice``; ties to the first scale) and prints each scale's own nested figures first.

Thirteenth round (the brief's kinds of error, and cues for three of them). ``--errors`` prints the layer's out-of-fold
errors by group (``error_groups``: the mention and a negative frame, reported speech, negation, its own words,
contrast, comparison). ``contrast``: the ``V_`` cues of the evaluative words a contrast word stands between and the
mention keyed apart (``contrast_rekey``), ``contrast-side`` also whether the mention comes before or after the contrast
crossed with the bin of its local tone; ``reported``: a mention in what someone else says, crossed with that bin
(``reported_cues``); ``negated-clause``: a negator in the mention's clause, alone and crossed with it
(``negated_clause_cues``); ``thirteenth`` all three. ``--salts N`` screens over N fold assignments.

Fourteenth round (thirtieth session: the words the cues cannot read). ``--errors`` also prints the confusion matrix
and each class's F1, and the nested figures each class's F1 (mean over the repeats). ``words-wordnet[j][2]-...``:
``wordnet_signs``, the target lexicon's signs propagated one step through WordNet 3.0 synonyms (``j`` adjective and
verb senses only, ``2`` at least two votes); ``span``: ``span_cues``, the evaluative and lower-case words inside
the mention (``span-V`` / ``span-W`` one kind); ``plain``: ``plain_rekey``, a flag where no evaluative word is a
cue; ``supersense``: ``supersense_rekey``, the WordNet class of each window word's first sense (``supersense-S``
of the sentence's words too). ``--rekey NAME`` applies a cue set of ``REKEY`` over a ``words-...`` variant's cues
(``words-wordnetj2-rare-0.5 --rekey supersense``: the two together). The WordNet variants need WordNet 3.0 in an
NLTK data folder (Debian's ``wordnet-base`` and ``wordnet-sense-index`` files under ``corpora/wordnet``, with a
``lexnames`` file as lexnames(5WN) lists them; see ``wordnet_signs``).

Usage: ``OMP_NUM_THREADS=1 .venv/bin/python scripts/target_variants.py [--repeats N] [--screen] [--salts N]
[--errors] [--jobs J] [--cache DIR] [VARIANT ...]``
(VARIANT: base, trees, trees-25, trees-50, mlp-1, mlp-10, l2-mean, l2-mean-60-120, no-bias,
half-bias, role, role-attributes, distance, wide, vec-..., induced, induced-all, clause, clause-own,
clause-rest, structure-A, structure-P, structure-Q, structure-E, structure-APQE, patient,
patient-split, patient-epithet, names-between, names-nearer, names-window, negation-far, polar-<ratio>,
opinion-<scale>, opinion-rare-<scale>, words-<sources>[-rare]-<scale or cv...>, contrast, contrast-side, reported,
negated-clause, thirteenth, words-wordnet..., span, span-V, span-W, plain, supersense, supersense-S; ``--l2`` the
screen's L2;
about 2 CPU minutes per
cue set and repeat, about 4 with vectors; the trees need scikit-learn, ``pip install scikit-learn``, the vectors
``pip install wordllama``, both used here only)
"""

from __future__ import annotations

import argparse
from functools import lru_cache
import math
from pathlib import Path
from typing import Any

import numpy as np
from scipy import optimize, sparse

import train_target as tt
from presslens.sentiment import evaluation, target as T

SECOND_STAGES = {"trees": (150, 0.5), "trees-25": (150, 0.25), "trees-50": (50, 0.5),
                 "mlp-1": (1.0, 0.5), "mlp-10": (10.0, 0.5)}
CUE_SETS = ("base", "role", "role-attributes", "distance", "wide", "clause", "clause-own", "clause-rest",
            "structure-A", "structure-P", "structure-Q", "structure-E", "structure-APQE",
            "patient", "patient-split", "patient-epithet", "negation-far", "names-between", "names-nearer",
            "names-window", "contrast", "contrast-side", "reported", "negated-clause", "thirteenth",
            "span", "span-V", "span-W", "plain", "supersense",
            "supersense-S")


# --------------------------------------------------------------------------- extra cues

def _span(sentence: str, start: int, end: int):
    a = T._analyse(sentence)
    span = T._mention_tokens(a, max(0, start), min(len(sentence), end)) if end > start else None
    return a, span


def role_cues(sentence: str, start: int, end: int, kinds: str = "APW") -> dict[str, float]:
    """``A_`` stems of what the mention is said to be (copula, apposition, naming; not a perfect
    tense), ``P_`` the participle of a passive whose subject it is, ``W_`` what a possessive
    mention owns."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    m0, m1 = span
    cues, n, clause = T._cues(), len(a.words), a.clause[m1]
    copula, verbs = cues["copula"], T._verbs()
    stem = lambda w: T._porter().stem(w, to_lowercase=False)  # noqa: E731
    out: dict[str, float] = {}
    nxt, stretches = m1 + 1, []
    if m1 in a.owner and a.words[m1] in cues["pronoun_subject"]:
        stretches.append(nxt)
    elif m1 in a.owner:
        j = nxt
        while j < min(n, nxt + T._OWNED_SPAN) and a.words[j][:1].isalnum() and a.words[j] not in copula:
            if "W" in kinds:
                out[f"W_{stem(a.words[j])}"] = 1.0
            j += 1
        nxt = j
    if "A" in kinds:
        if nxt < n and a.words[nxt] in copula:
            after = a.words[nxt + 1] if nxt + 1 < n else ""
            if not (a.words[nxt] in ("has", "had") and (after in verbs or after.endswith(("ed", "en")) and after != "been")):
                stretches.append(nxt + 1)
        elif nxt + 1 < n and a.words[nxt] == "," and a.words[nxt + 1] in cues["apposition"]:
            stretches.append(nxt + 1)
        elif m0 >= 1 and a.words[m0 - 1] in cues["naming"]:
            stretches.append(nxt)
        for b in stretches:
            for j in range(b, T._stretch_end(a, b, clause)):
                w = a.words[j]
                if w in verbs or w.endswith("ing") and j == b:
                    break
                if w[:1].isalnum():
                    out[f"A_{stem(w)}"] = 1.0
    if "P" in kinds:
        j = m1 + 1
        while j < n and j <= m1 + 4 and (a.words[j] in T._AUXILIARIES or a.words[j].endswith("ly")):
            j += 1
        if j + 1 < n and a.words[j] in cues["be"]:
            k = j + 1
            while k < n and k <= j + 3 and (a.words[k].endswith("ly") or a.words[k] in ("not", "being", "been")):
                k += 1
            if k < n and (a.words[k].endswith(("ed", "en")) or a.words[k] in verbs):
                out[f"P_{stem(a.words[k])}"] = 1.0
    return out


def distance_cues(sentence: str, start: int, end: int) -> dict[str, float]:
    """``D_`` + side + same/other clause: signed valence / 4 weighted by e^(-distance / 4)."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    m0, m1 = span
    act0, act1 = T._act(a, m0, m1, T._inverted_speech(a, m0, m1))
    out: dict[str, float] = {}
    for e, v, clause, _, _, in_frame in a.evaluative:
        if act0 <= e < act1 or m0 <= e <= m1 or (in_frame and clause == a.clause[m0]):
            continue
        key = f"D_{'L' if e < m0 else 'R'}{'c' if clause == a.clause[m0] else 'o'}"
        out[key] = out.get(key, 0.0) + v / 4 * math.exp(-(m0 - e if e < m0 else e - m1) / T._DISTANCE_DECAY)
    return out


def wide_cues(sentence: str, start: int, end: int) -> dict[str, float]:
    """``M_`` words 4 to 8 tokens from the mention, either side."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    m0, m1 = span
    near = [*range(max(0, m0 - 8), max(0, m0 - 3)), *range(m1 + 4, min(len(a.words), m1 + 9))]
    return {f"M_{a.words[j]}": 1.0 for j in near if a.words[j][:1].isalnum()}


# --------------------------------------------------------------------------- word vectors (sixth round)

VECTOR_DIM = 64              # wordllama's Matryoshka vectors cut to their first 64 dimensions


def word_vectors(words: set[str], dim: int = VECTOR_DIM) -> dict[str, np.ndarray]:
    """{word: vector} from wordllama's l2_supercat codebook (MIT; its 32,000 token vectors and
    the tokenizer ship in the wheel, read here from the installed files, no download): the mean
    of the word's subword tokens' vectors, the first ``dim`` dimensions. (wordllama 0.4.0's own
    loader looks for the tokenizer in a folder the wheel does not have, so it is read directly.)"""
    from importlib import resources

    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    root = resources.files("wordllama")
    table = load_file(str(root / "weights" / "l2_supercat_256.safetensors"))["embedding.weight"][:, :dim]
    tok = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    words = sorted(words)
    return {w: table[e.ids].astype(float).mean(axis=0) for w, e in
            zip(words, tok.encode_batch(words, add_special_tokens=False)) if e.ids}


def _visible(a, m0: int, m1: int) -> list[int]:
    """The word tokens a portrayal may read: not the mention, not its act, not the evaluative
    frames of its clause (as :func:`presslens.sentiment.target._cues_of` hides them)."""
    act0, act1 = T._act(a, m0, m1, T._inverted_speech(a, m0, m1))
    frames = T._cue_table(a).frames.get(int(a.clause[m0]), ())
    hidden = {*range(m0, m1 + 1), *range(act0, act1), *frames}
    return [i for i, w in enumerate(a.words) if w[:1].isalnum() and i not in hidden]


def vector_blocks(sentence: str, start: int, end: int, vectors, blocks: str = "LRCSD",
                  window: int = 5) -> dict[str, np.ndarray]:
    """Mean word vectors of the mention's context, by block: ``L`` / ``R`` the ``window``
    visible words left / right of it, ``C`` its clause, ``S`` the sentence with the mention
    (and its act) masked, ``D`` the sentence weighted by e^(-distance / 4), ``E`` the visible
    evaluative words (signed by their valence)."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    m0, m1 = span
    seen = _visible(a, m0, m1)
    text = lambda i: sentence[a.starts[i]:a.ends[i]]  # noqa: E731
    zero = np.zeros(len(next(iter(vectors.values()))))

    def mean(idx, weights=None):
        idx = [i for i in idx if text(i) in vectors]
        if not idx:
            return zero
        w = np.ones(len(idx)) if weights is None else np.array([weights[i] for i in idx])
        return np.average([vectors[text(i)] for i in idx], axis=0, weights=w) if w.sum() > 0 else zero
    out = {}
    if "L" in blocks:
        out["L"] = mean([i for i in seen if i < m0][-window:])
    if "R" in blocks:
        out["R"] = mean([i for i in seen if i > m1][:window])
    if "C" in blocks:
        out["C"] = mean([i for i in seen if a.clause[i] == a.clause[m0]])
    if "S" in blocks:
        out["S"] = mean(seen)
    if "D" in blocks:
        out["D"] = mean(seen, {i: math.exp(-(m0 - i if i < m0 else i - m1) / T._DISTANCE_DECAY) for i in seen})
    if "E" in blocks:
        ev = {i: v for i, v, *_ in a.evaluative}
        found = [i for i in seen if i in ev and text(i) in vectors]
        out["E"] = np.sum([ev[i] / 4 * vectors[text(i)] for i in found], axis=0) if found else zero
    return out


def vector_cue_rows(train, cue_rows, blocks: str, scale: float = 1.0, dim: int = VECTOR_DIM) -> list[dict[str, float]]:
    """The cues with each block's vector as valued cues ``E<block>_<dim>``, each dimension
    divided by its standard deviation over the training mentions (label-free) times ``scale``."""
    texts, starts, ends = list(train["sentence"]), train["from"].to_numpy(int), train["to"].to_numpy(int)
    words = {s[a.starts[i]:a.ends[i]] for s in set(texts) for a in [T._analyse(s)]
             for i, w in enumerate(a.words) if w[:1].isalnum()}
    vectors = word_vectors(words, dim)
    found = [vector_blocks(s, a, b, vectors, blocks) if c else {} for c, s, a, b in zip(cue_rows, texts, starts, ends)]
    sd = {k: np.std([f[k] for f in found if f], axis=0) + 1e-9 for k in blocks}
    return [{**c, **{f"E{k}_{d}": float(v) for k, vec in f.items() for d, v in enumerate(scale * vec / sd[k])}}
            if c else c for c, f in zip(cue_rows, found)]


def induced_valence(words: set[str], dim: int = 256, l2: float = 10.0) -> dict[str, float]:
    """{word: valence -4..4} read off its word vector: a ridge regression from the vectors to the
    valences of the words of the rules' lexicon, with the other ``words`` (those of the sentences,
    no labels) at 0, so that a word outside the lexicon gets the valence its neighbours have."""
    lex = T._lexicon()
    vocab = {w for w in lex if w.isalpha()} | words
    vectors = word_vectors(vocab, dim)
    names = sorted(vectors)
    x = np.array([vectors[w] for w in names])
    y = np.array([lex.get(w, 0.0) for w in names])
    mu = x.mean(axis=0)
    a = x - mu
    w = np.linalg.solve(a.T @ a + l2 * np.eye(x.shape[1]), a.T @ (y - y.mean()))
    return dict(zip(names, ((x - mu) @ w + y.mean()).tolist()))


def induced_cues(sentence: str, start: int, end: int, valence: dict[str, float], unknown_only: bool = True):
    """``U_`` + side + same/other clause: the induced valence / 4 of the visible words (those
    outside the lexicon only, or all), weighted by e^(-distance / 4)."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    m0, m1 = span
    lex = T._lexicon()
    out: dict[str, float] = {}
    for i in _visible(a, m0, m1):
        w = a.words[i]
        if (unknown_only and w in lex) or w not in valence:
            continue
        key = f"U_{'L' if i < m0 else 'R'}{'c' if a.clause[i] == a.clause[m0] else 'o'}"
        out[key] = out.get(key, 0.0) + valence[w] / 4 * math.exp(-(m0 - i if i < m0 else i - m1) / T._DISTANCE_DECAY)
    return out


# --------------------------------------------------------------------------- how much of the sentence (seventh round)

_SUBORDINATORS = frozenset({"that", "who", "whom", "which", "because", "if", "when", "while", "although", "though",
                            "whether", "after", "before", "since", "until", "as", "where", "unless"})


def clause_cues(sentence: str, start: int, end: int, which: str = "cr") -> dict[str, float]:
    """``V_clause`` (``c``) and ``V_rest`` (``r``): the normalised valence of the mention's own clause and of the
    rest of the sentence, the mention, its act and a rejected charge left out (valued, as the ``V_`` cues)."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    m0, m1 = span
    act0, act1 = T._act(a, m0, m1, T._inverted_speech(a, m0, m1))
    rebutted = range(*T._rebutted(a, m0, m1))
    own = rest = 0.0
    for i, v, clause, *_ in a.evaluative:
        if not (m0 <= i <= m1 or act0 <= i < act1 or i in rebutted):
            own, rest = (own + v, rest) if clause == a.clause[m0] else (own, rest + v)
    found = {"c": ("V_clause", own), "r": ("V_rest", rest)}
    return {key: T._normalise(x) for k, (key, x) in found.items() if k in which and x}


def structure_cues(sentence: str, start: int, end: int, kinds: str = "APQE") -> dict[str, float]:
    """How much of the sentence is about the mention, each crossed with the bin of the sentence's tone (the
    ``sentence`` feature, :data:`presslens.sentiment.target._EVIDENCE_EDGES`): ``A`` whether other names (runs of
    capitalised words, the opening word and "I" aside) stand in the sentence, none, one or more (``O_alone``, ``O_one``,
    ``O_many``); ``P`` the subject of the main clause (only a determiner or capitalised words before it), in a
    subordinate clause (a subordinator before it in its clause) or elsewhere; ``Q`` inside a quotation or not;
    ``E`` a pronoun with no name before it, so one resolved to an earlier sentence."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    m0, m1 = span
    cues = T._cues()
    tone = int(np.searchsorted(T._EVIDENCE_EDGES, T.target_features(sentence, start, end)["sentence"]))
    alnum = [j for j, w in enumerate(a.words) if w[:1].isalnum()]
    opening = alnum[0] if alnum else 0
    names = [j for j in alnum if j in a.capitalised and j != opening and a.words[j] != "i" and not m0 <= j <= m1]
    runs = sum(1 for k, j in enumerate(names) if k == 0 or names[k - 1] != j - 1)
    clause = a.clause[m0]
    out: dict[str, float] = {}
    if "A" in kinds:
        out[f"O_{('alone', 'one', 'many')[min(runs, 2)]}_{tone}"] = 1.0
    if "P" in kinds:
        subject = (clause == a.clause[opening] and "," not in a.words[:m0]
                   and all(a.words[j] in cues["determiner"] or j in a.capitalised for j in alnum if j < m0))
        inner = any(a.clause[j] == clause and a.words[j] in _SUBORDINATORS for j in range(m0))
        out[f"P_{'subject' if subject else 'inner' if inner else 'other'}_{tone}"] = 1.0
    if "Q" in kinds:
        out[f"Q_{'in' if a.quote[m0] else 'out'}_{tone}"] = 1.0
    pronouns = cues["pronoun"] | cues["pronoun_other"] | cues["pronoun_personal"]
    if "E" in kinds and a.words[m0] in pronouns and not any(j < m0 for j in names):
        out[f"E_earlier_{tone}"] = 1.0
    return out


# --------------------------------------------------------------------------- grammatical role (ninth round)

def patient_cues(sentence: str, start: int, end: int, kinds: str = "G") -> dict[str, float]:
    """Stems of a verb the mention is the patient of, any verb (the rules' ``role`` reads only the evaluative ones):
    ``G`` one key for both forms, the object of a verb right before it, its titles and a determiner aside ("the
    police arrested former Mayor X", "accused X") and the subject of a passive ("X was later arrested", "X has been
    cleared"); ``S`` the two forms apart (``O_``, ``P_``); ``E`` also a lower-case word between a determiner and the
    mention ("the embattled X": ``E_``). No parser: a verb is a form the verb table knows or a word of five letters or
    more ending in -ed or -ing (not after a determiner), not a preposition, determiner, pronoun, speech or naming
    word."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    m0, m1 = span
    cues, verbs, n = T._cues(), T._verbs(), len(a.words)
    no_verb = _no_verb()
    stem = lambda w: T._porter().stem(w, to_lowercase=False)  # noqa: E731
    out: dict[str, float] = {}
    j = T._before_titles(a, m0)
    while j >= 0 and a.words[j] in ("the", "a", "an") and m0 - j <= 5:
        j -= 1
    w = a.words[j] if j >= 0 else ""
    if (w.isalpha() and j not in a.capitalised and w not in no_verb and a.clause[j] == a.clause[m0]
            and (w in verbs or w.endswith(("ed", "ing")) and len(w) > 4)
            and not (w.endswith("ing") and j >= 1 and a.words[j - 1] in cues["determiner"])):
        out[f"{'O' if 'S' in kinds else 'G'}_{stem(w)}"] = 1.0
    k = m1 + 1
    while k < n and k <= m1 + 4 and (a.words[k] in T._AUXILIARIES or a.words[k].endswith("ly")):
        k += 1
    if k + 1 < n and a.words[k] in cues["be"]:
        k += 1
        while k < n and (a.words[k].endswith("ly") or a.words[k] in ("not", "being", "been")):
            k += 1
        if k < n and (a.words[k].endswith(("ed", "en")) or a.words[k] in verbs) and a.words[k] not in no_verb:
            out[f"{'P' if 'S' in kinds else 'G'}_{stem(a.words[k])}"] = 1.0
    if "E" in kinds and m0 >= 2 and m0 - 1 not in a.capitalised and a.words[m0 - 1].isalpha() \
            and a.words[m0 - 1] not in no_verb and a.words[m0 - 2] in ("the", "a", "an"):
        out[f"E_{stem(a.words[m0 - 1])}"] = 1.0
    return out


def _no_verb() -> frozenset[str]:
    c = T._cues()
    return frozenset(c["object_preposition"] | c["determiner"] | c["coordinator"] | c["be"] | c["copula"]
                     | c["speech"] | c["pronoun"] | c["pronoun_other"] | c["pronoun_personal"] | c["clause_opener"]
                     | c["negator"] | c["naming"] | T._PREPOSITIONS | {"as", "like", "than"})


# --------------------------------------------------------------------------- other people's words (tenth round)

def _other_names(a, m0: int, m1: int) -> list[int]:
    """Tokens of other names: a capitalised word outside the mention, not opening the sentence, not "I", not a word
    of the mention itself ("Trump ... Trump's")."""
    own = {a.words[j] for j in range(m0, m1 + 1)}
    return sorted(j for j in a.capitalised if not m0 <= j <= m1 and j > 0 and a.words[j].isalpha()
                  and a.words[j] != "i" and a.words[j] not in own)


def _hidden(a, m0: int, m1: int) -> set[int]:
    """The tokens :func:`presslens.sentiment.target._cues_of` hides from the mention's cues."""
    act0, act1 = T._act(a, m0, m1, T._inverted_speech(a, m0, m1))
    return {*range(m0, m1 + 1), *range(act0, act1), *range(*T._rebutted(a, m0, m1)),
            *T._cue_table(a).frames.get(int(a.clause[m0]), ())}


def _marked_v_cues(cues: dict[str, float], a, m0: int, m1: int, mark) -> dict[str, float]:
    """``cues`` with its ``V_`` cues keyed anew from the evaluative words of the analysed sentence ``a`` (the mention
    its words ``m0``..``m1``): side, clause and quote as the layer keys them, then the letter ``mark(i, lo, hi)``
    gives the word at ``i`` (``lo``..``hi`` the words between it and the mention; "" for none). The one loop of
    :func:`names_rekey` and :func:`contrast_rekey`, which differ only in that letter."""
    hidden, t = _hidden(a, m0, m1), T._cue_table(a)
    clause, quote, tail = int(a.clause[m0]), int(a.quote[m0]), "s" if cues.get("X_speaks") else ""
    out = {k: v for k, v in cues.items() if not k.startswith("V_")}
    for i, v, clause_i, _, quote_i, _ in a.evaluative:
        if i in hidden or i not in t.cue:
            continue
        lo, hi = (i, m0) if i < m0 else (m1, i)
        key = (f"V_{'L' if i < m0 else 'R'}{'c' if clause_i == clause else 'o'}{'q' if quote_i != quote else ''}"
               f"{mark(i, lo, hi)}{tail}_{'p' if v > 0 else 'n'}")
        out[key] = out.get(key, 0.0) + abs(v) / 4
    return out


def names_rekey(cues: dict[str, float], sentence: str, start: int, end: int, how: str = "between") -> dict[str, float]:
    """The ``V_`` cues with the evaluative words that belong to another person under keys of their own (an ``x``
    after side, clause and quote): ``between`` another name stands between the word and the mention, ``nearer`` the
    word is nearer to another name than to the mention; ``window`` as ``between``, and the window words (``L_``,
    ``R_``) beyond the nearest other name on their side keyed ``Lx_``, ``Rx_``."""
    a, span = _span(sentence, start, end)
    if span is None:
        return cues
    m0, m1 = span
    names = _other_names(a, m0, m1)

    def other(i: int, lo: int, hi: int) -> str:
        if how == "nearer":
            return "x" if any(abs(i - j) < hi - lo for j in names) else ""
        return "x" if any(lo < j < hi for j in names) else ""

    out = _marked_v_cues(cues, a, m0, m1, other)
    if how == "window" and names:
        left = max((j for j in names if j < m0), default=-1)
        right = min((j for j in names if j > m1), default=len(a.words))
        sides = {"L_": ({a.words[j] for j in range(left)}, {a.words[j] for j in range(left + 1, m0)}),
                 "R_": ({a.words[j] for j in range(right + 1, len(a.words))},
                        {a.words[j] for j in range(m1 + 1, right)})}
        for k in list(out):
            for p, (beyond, near) in sides.items():
                if k.startswith(p) and k[2:] in beyond and k[2:] not in near:
                    out[f"{p[0]}x_{k[2:]}"] = out.pop(k)
    return out


def negation_far_cues(sentence: str, start: int, end: int) -> dict[str, float]:
    """``F_<p|n>``: |valence| / 4 of the visible evaluative words of the mention's clause that a negator of that
    clause stands before beyond the negation window (3 tokens: "no longer believed X would negotiate fairly"),
    under the sign the negation would give them."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    m0, m1 = span
    hidden, clause, negators = _hidden(a, m0, m1), a.clause[m0], T._cues()["negator"]
    negations = [j for j, w in enumerate(a.words) if (w in negators or w.endswith("n't")) and a.clause[j] == clause]
    out: dict[str, float] = {}
    for e, v, clause_e, *_ in a.evaluative if negations else ():
        if clause_e == clause and e not in hidden and e not in a.negated \
                and any(e - j > T._NEGATION_WINDOW for j in negations):
            key = f"F_{'n' if v > 0 else 'p'}"
            out[key] = out.get(key, 0.0) + abs(v) / 4
    return out


EXTRA = {"role": role_cues, "role-attributes": lambda s, a, b: role_cues(s, a, b, "A"),
         "distance": distance_cues, "wide": wide_cues, "clause": clause_cues,
         "clause-own": lambda s, a, b: clause_cues(s, a, b, "c"),
         "clause-rest": lambda s, a, b: clause_cues(s, a, b, "r"),
         **{f"structure-{k}": lambda s, a, b, k=k: structure_cues(s, a, b, k) for k in ("A", "P", "Q", "E", "APQE")},
         "patient": patient_cues, "patient-split": lambda s, a, b: patient_cues(s, a, b, "S"),
         "patient-epithet": lambda s, a, b: patient_cues(s, a, b, "GE"), "negation-far": negation_far_cues}
REKEY = {f"names-{how}": lambda c, s, a, b, how=how: names_rekey(c, s, a, b, how)
         for how in ("between", "nearer", "window")}


# --------------------------------------------------------------------------- eleventh round

def opinion_lexicon(scale: float, rare_in=None) -> dict[str, float]:
    """The target lexicon with Hu & Liu's opinion words it lacks at ±``scale`` on its −4…4 (read from the
    ``labmtsimple`` package of the ``rated`` extra, only here: the package copies none of them); with
    ``rare_in`` (sentences) only the words in fewer than ``MIN_CUE_COUNT`` of them, too rare to be cues."""
    from collections import Counter

    from presslens.sentiment.rated import opinion_lexicon as hu_liu

    lex = dict(T._lexicon())
    seen = Counter(w.lower() for s in set(rare_in) for w in set(T._analyse(s).words)) if rare_in is not None else None
    for word, sign in hu_liu().items():
        if word.isalpha() and word not in lex and (seen is None or seen[word] < tt.MIN_CUE_COUNT):
            lex[word] = scale * sign
    return lex


# --------------------------------------------------------------------------- twelfth round

def _source_signs(source: str) -> dict[str, float]:
    """A licence-clean word list's polarity signs: ``afinn`` AFINN-165 (Nielsen 2011; ODbL, the ``afinn``
    package's data file), ``pattern`` Pattern's adjectives (De Smedt & Daelemans 2012; PDDL, the data file of
    the ``textblob`` package; ``patterns`` those of polarity ±0.5 or more), both read where the ``rated`` extra
    installs them; ``hl`` Hu & Liu's list (no licence stated; round eleven's reference); a trailing ``v``
    (``afinnv``, ``patternv``) keeps the list's grade, AFINN's typical ±2 and Pattern's ±0.5 read as ±1."""
    from presslens.sentiment import rated

    if source.startswith("wordnet"):
        return wordnet_signs(source[7:])
    if source == "patterns":    # Pattern's strong words alone (|polarity| at least 0.5)
        return {w: float(np.sign(v)) for w, v in rated.pattern_lexicon().items() if abs(v) >= 0.5}
    lists = {"afinn": rated.afinn_lexicon, "pattern": rated.pattern_lexicon, "hl": rated.opinion_lexicon}
    read = lists[source.rstrip("v")]
    if source.endswith("v"):    # graded: AFINN's typical ±2 and Pattern's ±0.5 as ±1
        return {w: v / 2 if source == "afinnv" else 2 * v for w, v in read().items() if v}
    return {w: float(np.sign(v)) for w, v in read().items() if v}


def wordnet_signs(parts: str = "") -> dict[str, float]:
    """Signs propagated one step through WordNet 3.0 (Princeton's licence: use, copy and change with its notice)
    from the target lexicon, as Hu & Liu grew their list: a WordNet word the lexicon lacks takes the sign of its
    synonyms in the lexicon (the lemmas of its synsets and, for adjectives, of their similar synsets; an antonym
    counts with the other sign), kept where the majority holds at least three quarters of at least ``min`` votes;
    ``parts`` "j" reads only the adjective and verb synsets (a noun's synonyms name things more than they judge
    them). Inflected forms (verbs as :func:`presslens.sentiment.target._inflections` makes them, nouns' plurals)
    share the sign. Needs WordNet in an NLTK data folder (Debian's ``wordnet-base`` and ``wordnet-sense-index``
    files under ``corpora/wordnet``, with a ``lexnames`` file); used here only."""
    from nltk.corpus import wordnet as wn

    lex = {w: v for w, v in T._lexicon().items() if v}
    least = 2 if "2" in parts else 1
    out: dict[str, float] = {}
    for lemma in wn.all_lemma_names():
        if not lemma.isalpha() or lemma in lex:
            continue
        votes, kinds = [], set()
        for syn in wn.synsets(lemma):
            if "j" in parts and syn.pos() == "n":
                continue
            near = {x.name().lower() for x in syn.lemmas()} - {lemma}
            if syn.pos() in "as":
                near |= {x.name().lower() for s in syn.similar_tos() for x in s.lemmas()}
            got = [np.sign(lex[n]) for n in near if n in lex]
            got += [-np.sign(lex[a.name().lower()]) for x in syn.lemmas() for a in x.antonyms()
                    if a.name().lower() in lex]
            votes += got
            kinds |= {syn.pos()} if got else set()
        up, down = votes.count(1.0), votes.count(-1.0)
        if max(up, down) >= least and min(up, down) * 3 <= max(up, down):
            sign = 1.0 if up > down else -1.0
            forms = {lemma}
            if "v" in kinds:
                forms |= T._inflections(lemma)
            if "n" in kinds:
                forms |= {lemma + "s", lemma + "es"}
            out.update({f: sign for f in forms if f not in lex and f not in out})
    return out


def clean_lexicon(sources: str, scale: float, rare_in=None) -> dict[str, float]:
    """The target lexicon with the words of ``sources`` (names of :func:`_source_signs` joined by ``+``) it
    lacks at ±``scale`` on its −4…4, a word the lists sign differently left out; with ``rare_in`` (sentences)
    only the words in fewer than ``MIN_CUE_COUNT`` of them (a frequency filter: too rare to be cues)."""
    from collections import Counter

    lex = dict(T._lexicon())
    seen = Counter(w.lower() for s in set(rare_in) for w in set(T._analyse(s).words)) if rare_in is not None else None
    signs: dict[str, list] = {}
    for source in sources.split("+"):
        for word, sign in _source_signs(source).items():
            signs.setdefault(word, []).append(sign)
    for word, got in signs.items():
        if (len({np.sign(v) for v in got}) == 1 and word.isalpha() and word not in lex
                and (seen is None or seen[word] < tt.MIN_CUE_COUNT)):
            lex[word] = scale * got[0]
    return lex


def words_spec(variant: str) -> tuple[str, bool, list[float]]:
    """``words-<sources>[-rare]-<scale>`` or ``...-cv<s1>_<s2>_...`` (the scale chosen inside each outer
    split from those): the sources, whether only rare words, the scales."""
    parts = variant.split("-")
    last = parts[-1]
    scales = [float(x) for x in last[2:].split("_")] if last.startswith("cv") else [float(last)]
    return parts[1], "rare" in parts[2:-1], scales


_POLARITY, _SUBJECTIVITY = np.array([-1.0, 0.0, 1.0]), np.array([1.0, -2.0, 1.0])


def polar_fit(ratio: float):
    """``train_target._fit_lr`` with the weights written as a polarity direction (negative against positive)
    and a subjectivity one (neutral against both), each input's weights ``u`` (−1, 0, 1) + ``r`` (1, −2, 1),
    the L2 on ``u`` times ``ratio`` and on ``r`` divided by it: at 1 the plain multinomial L2 on the weights
    (which are centred over the classes at the optimum); > 1 shrinks the polarity weights more."""

    def fit(dense, cues, gold, l2):
        x = sparse.hstack([sparse.csr_matrix(dense), cues]).tocsr()
        n, m = x.shape
        y1 = np.eye(3)[gold + 1]
        lu, lr = 2 * l2 * ratio / n, 6 * l2 / ratio / n

        def loss(theta):
            b, u, r = theta[:3], theta[3:3 + m], theta[3 + m:]
            logp = _log_softmax(x @ (np.outer(u, _POLARITY) + np.outer(r, _SUBJECTIVITY)) + b)
            g = (np.exp(logp) - y1) / n
            grad = x.T @ g
            value = -(y1 * logp).sum() / n + 0.5 * (lu * (u @ u) + lr * (r @ r))
            return value, np.concatenate([g.sum(axis=0), grad @ _POLARITY + lu * u, grad @ _SUBJECTIVITY + lr * r])

        theta = optimize.minimize(loss, np.zeros(3 + 2 * m), jac=True, method="L-BFGS-B",
                                  options={"maxiter": 1000}).x
        w = np.outer(theta[3:3 + m], _POLARITY) + np.outer(theta[3 + m:], _SUBJECTIVITY)
        return theta[:3], w[:dense.shape[1]], w[dense.shape[1]:]

    return fit


# --------------------------------------------------------------------------- thirteenth round

_COMPARISON = frozenset({"than", "unlike", "versus", "vs"})   # and "compared to / with"


def _local_bin(sentence: str, start: int, end: int) -> int:
    """The bin of the mention's local tone at :data:`presslens.sentiment.target._EVIDENCE_EDGES` (0-6)."""
    return int(np.searchsorted(T._EVIDENCE_EDGES, T.target_features(sentence, start, end)["local"]))


def _is_standard(a, m0: int) -> bool:
    """Whether the mention is the standard of a comparison: right after "than", "unlike", "versus" or "compared
    to / with", titles and a determiner aside ("better equipped than Obama")."""
    j = T._before_titles(a, m0)
    while j >= 0 and a.words[j] in T._cues()["determiner"]:
        j -= 1
    return j >= 0 and (a.words[j] in _COMPARISON
                       or a.words[j] in ("to", "with") and j > 0 and a.words[j - 1] == "compared")


def contrast_rekey(cues: dict[str, float], sentence: str, start: int, end: int, side: bool = False):
    """The ``V_`` cues with a ``b`` after side, clause and quote for the evaluative words a contrast word
    ("but", "although", "despite": the ``contrast`` class of ``sentiment_target_cues.tsv``) stands between them
    and the mention; with ``side``, also ``Y_<before|after>_<bin>``: whether the mention comes before or after the
    contrast, crossed with the bin of its local tone."""
    a, span = _span(sentence, start, end)
    contrast = [j for j, w in enumerate(a.words) if w in T._cues()["contrast"]]
    if span is None or not contrast:
        return cues
    m0, m1 = span
    out = _marked_v_cues(cues, a, m0, m1, lambda i, lo, hi: "b" if any(lo < j < hi for j in contrast) else "")
    if side:
        out[f"Y_{'after' if contrast[0] < m0 else 'before'}_{_local_bin(sentence, start, end)}"] = 1.0
    return out


def reported_cues(sentence: str, start: int, end: int) -> dict[str, float]:
    """``Z_reported_<bin>``: a mention in what someone else says (a speech word before it, the mention not its
    speaker), crossed with the bin of its local tone."""
    a, span = _span(sentence, start, end)
    if span is None or T._is_speaker(a, *span, T._inverted_speech(a, *span)):
        return {}
    if any(w in T._cues()["speech"] for w in a.words[:span[0]]):
        return {f"Z_reported_{_local_bin(sentence, start, end)}": 1.0}
    return {}


def negated_clause_cues(sentence: str, start: int, end: int) -> dict[str, float]:
    """``N_negated`` and ``N_negated_<bin>``: a negator in the mention's clause, alone and crossed with the bin
    of its local tone."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    negators, clause = T._cues()["negator"], a.clause[span[0]]
    if any((w in negators or w.endswith("n't")) and a.clause[j] == clause for j, w in enumerate(a.words)):
        return {"N_negated": 1.0, f"N_negated_{_local_bin(sentence, start, end)}": 1.0}
    return {}


def thirteenth_all(cues: dict[str, float], sentence: str, start: int, end: int) -> dict[str, float]:
    """The three cue sets of the thirteenth round together (``contrast-side``, ``reported``, ``negated-clause``)."""
    cues = contrast_rekey(cues, sentence, start, end, side=True)
    return {**cues, **reported_cues(sentence, start, end), **negated_clause_cues(sentence, start, end)}


EXTRA.update({"reported": reported_cues, "negated-clause": negated_clause_cues})
REKEY.update({"contrast": contrast_rekey,
              "contrast-side": lambda c, s, a, b: contrast_rekey(c, s, a, b, side=True), "thirteenth": thirteenth_all})


# --------------------------------------------------------------------------- thirtieth session

def span_cues(sentence: str, start: int, end: int, kinds: str = "VW") -> dict[str, float]:
    """The words inside the mention, which the cues hide as the mention's own: ``V_M_<p|n>`` the |valence| / 4 of
    its evaluative words ("the disgraced financier X", "embattled Governor X" marked whole), ``M_<word>`` its
    lower-case words (its titles and descriptions: "former", "billionaire"; not a pronoun, "the", "a", "an")."""
    a, span = _span(sentence, start, end)
    if span is None:
        return {}
    m0, m1 = span
    skip = T._cues()["pronoun"] | T._cues()["pronoun_other"] | {"the", "a", "an"}
    out: dict[str, float] = {}
    for j in range(m0, m1 + 1):
        w = a.words[j]
        if "V" in kinds and a.valence[j]:
            key = f"V_M_{'p' if a.valence[j] > 0 else 'n'}"
            out[key] = out.get(key, 0.0) + abs(float(a.valence[j])) / 4
        if "W" in kinds and j not in a.capitalised and w.isalpha() and w not in skip:
            out[f"M_{w}"] = 1.0
    return out


def plain_rekey(cues: dict[str, float], sentence: str, start: int, end: int) -> dict[str, float]:
    """The cues with ``X_plain`` where none is an evaluative word's (``V_``), so that the layer can call such a
    mention polar more or less often than the bins of its rule features alone let it."""
    return cues if any(k.startswith("V_") for k in cues) else {**cues, "X_plain": 1.0}


@lru_cache(maxsize=None)
def _supersense(word: str) -> str:
    """The WordNet lexicographer class of a word's first sense ("verb.competition", "noun.feeling"), "" if none."""
    from nltk.corpus import wordnet as wn

    senses = wn.synsets(word) if word.isalpha() else []
    return senses[0].lexname() if senses else ""


def supersense_rekey(cues: dict[str, float], sentence: str, start: int, end: int,
                     sides: tuple[str, ...] = ("L_", "R_")) -> dict[str, float]:
    """The cues with ``K_<side>_<class>``, the WordNet class (:func:`_supersense`) of each window word (``L_`` /
    ``R_``; with ``S_`` in ``sides`` of each word of the sentence too): a word too rare to be a cue still tells
    its kind (a contest, a feeling, a crime's act)."""
    out = dict(cues)
    for key in cues:
        if key[:2] in sides and (kind := _supersense(key[2:])):
            out[f"K_{key[0]}_{kind}"] = 1.0
    return out


REKEY["plain"] = plain_rekey
REKEY["supersense"] = supersense_rekey
REKEY["supersense-S"] = lambda c, s, a, b: supersense_rekey(c, s, a, b, ("L_", "R_", "S_"))
EXTRA.update({"span": span_cues, "span-V": lambda s, a, b: span_cues(s, a, b, "V"),
              "span-W": lambda s, a, b: span_cues(s, a, b, "W")})


def error_groups(train, cue_rows, pred: np.ndarray, gold: np.ndarray) -> dict[str, np.ndarray]:
    """{group: mentions} of the thirteenth round's error analysis (a mention may be in several): the mention and a
    negative evaluative frame of its clause (the frame after it: the mention on the subject's side; before it: on
    the object's), the rules' ``role`` negative or positive and the mention's own act negative; reported speech
    about it (a speech word before it, it not the speaker) and inside a quotation; a negator in its clause or its
    sentence; the mention the speaker (its own words); a contrast word in the sentence, before or after it; a
    comparison word in the sentence, the mention its standard (:func:`_is_standard`) or "than" after it."""
    groups: dict[str, list[int]] = {}
    cues = T._cues()
    negators = cues["negator"]
    for r, (s, start, end) in enumerate(zip(train["sentence"], train["from"], train["to"])):
        a, span = _span(s, int(start), int(end))
        if span is None or not cue_rows[r]:
            continue
        m0, m1 = span
        c, clause = cue_rows[r], a.clause[m0]
        role, action = T._role(a, m0, m1)
        speaker = bool(c.get("X_speaks"))
        negation = [j for j, w in enumerate(a.words) if w in negators or w.endswith("n't")]
        contrast = [j for j, w in enumerate(a.words) if w in cues["contrast"]]
        found = {
            "frame: negative, after the mention": any(a.clause[v] == clause and v > m1 and min(p, g) < 0
                                                      for v, _, p, g in a.verbs),
            "frame: negative, before the mention": any(a.clause[v] == clause and v1 < m0 and p < 0
                                                       for v, v1, p, _ in a.verbs),
            "role negative (rules)": role < 0, "role positive (rules)": role > 0,
            "own act negative (hidden)": action < 0,
            "reported speech about it": not speaker and any(w in cues["speech"] for w in a.words[:m0]),
            "inside another's quotation": not speaker and bool(a.quote[m0]),
            "negator in its clause": any(a.clause[j] == clause for j in negation),
            "negator in the sentence": bool(negation),
            "the speaker (own words)": speaker,
            "contrast word in the sentence": bool(contrast),
            "contrast word before it": any(j < m0 for j in contrast),
            "contrast word after it": any(j > m1 for j in contrast),
            "comparison word in the sentence": any(w in _COMPARISON or w == "compared" for w in a.words),
            "the standard of a comparison": _is_standard(a, m0),
            "'than' after it": "than" in a.words[m1 + 1:],
            "no evaluative word in its cues": not any(k.startswith("V_") for k in c),
            "an evaluative word inside the mention": any(a.valence[j] for j in range(m0, m1 + 1)),
        }
        for name, on in found.items():
            if on:
                groups.setdefault(name, []).append(r)
    return {k: np.array(v) for k, v in groups.items()}


def print_errors(train, cue_rows, pred: np.ndarray, gold: np.ndarray) -> None:
    """One line per group of :func:`error_groups`: mentions, wrong, accuracy, rated and predicted negative /
    neutral / positive, and the errors that take one polar class for the other."""
    wrong = pred != gold
    print(f"all {len(gold)} wrong {int(wrong.sum())} accuracy {1 - wrong.mean():.3f}")
    print("rated negative / neutral / positive (rows) called negative / neutral / positive (columns):",
          [[int(((gold == g) & (pred == p)).sum()) for p in (-1, 0, 1)] for g in (-1, 0, 1)],
          "class F1", {k: round(float(v), 4) for k, v in evaluation.class_f1(pred, gold).items()})
    for name, idx in error_groups(train, cue_rows, pred, gold).items():
        g, p = gold[idx], pred[idx]
        print(f"{name:38s} {len(idx):5d} wrong {int((g != p).sum()):4d} accuracy {np.mean(g == p):.3f} "
              f"rated {[int((g == k).sum()) for k in (-1, 0, 1)]} predicted {[int((p == k).sum()) for k in (-1, 0, 1)]}"
              f" polar swapped {int((g * p == -1).sum())}")


# --------------------------------------------------------------------------- nested CV

def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def trees(rounds: int):
    def fit_predict(x, y, x_new):
        from sklearn.ensemble import HistGradientBoostingClassifier

        m = HistGradientBoostingClassifier(max_iter=rounds, max_leaf_nodes=15, learning_rate=0.05,
                                           early_stopping=False, random_state=0).fit(x, y)
        return np.log(np.clip(m.predict_proba(x_new), 1e-12, 1))
    return fit_predict


def mlp(l2: float, hidden: int = 16):
    """2-layer MLP (tanh), standardised inputs, L2 on the weights, L-BFGS from a seeded start."""
    def fit_predict(x, y, x_new):
        mu, sd = x.mean(0), x.std(0)
        sd = np.where(sd > 1e-9, sd, 1.0)
        a, b = (x - mu) / sd, (x_new - mu) / sd
        n, k = a.shape
        y1 = np.eye(3)[y + 1]
        cut = [k * hidden, k * hidden + hidden, k * hidden + hidden + 3 * hidden]

        def unpack(t):
            return t[:cut[0]].reshape(k, hidden), t[cut[0]:cut[1]], t[cut[1]:cut[2]].reshape(hidden, 3), t[cut[2]:]

        def loss(t):
            w1, b1, w2, b2 = unpack(t)
            h = np.tanh(a @ w1 + b1)
            logp = _log_softmax(h @ w2 + b2)
            g = (np.exp(logp) - y1) / n
            gh = (g @ w2.T) * (1 - h ** 2)
            value = -(y1 * logp).sum() / n + 0.5 * l2 * ((w1 ** 2).sum() + (w2 ** 2).sum()) / n
            return value, np.concatenate([(a.T @ gh + l2 * w1 / n).ravel(), gh.sum(0),
                                          (h.T @ g + l2 * w2 / n).ravel(), g.sum(0)])
        rng = np.random.default_rng(0)
        t0 = np.concatenate([rng.normal(0, 1 / np.sqrt(k), k * hidden), np.zeros(hidden),
                             rng.normal(0, 1 / np.sqrt(hidden), 3 * hidden), np.zeros(3)])
        w1, b1, w2, b2 = unpack(optimize.minimize(loss, t0, jac=True, method="L-BFGS-B",
                                                  options={"maxiter": 500}).x)
        return _log_softmax(np.tanh(b @ w1 + b1) @ w2 + b2)
    return fit_predict


_BANK_DATA: tuple = ()       # what forked workers of log_odds_bank read (set before the fork)


def _bank_unit(unit):
    """One outer split at one L2: the 3-fold inner out-of-fold log-odds and the test log-odds
    (kept in the cache folder, when given, under the variant's cue set, split and L2)."""
    feats, cue_rows, gold, groups, cache = _BANK_DATA
    test, l2, name = unit
    path = cache / f"{name}.npz" if cache else None
    if path and path.is_file():
        with np.load(path) as f:
            return f["inner"], f["test"]
    out = _bank_fit(feats, cue_rows, gold, groups, test, l2)
    if path:
        np.savez(path, inner=out[0], test=out[1])
    return out


def _bank_fit(feats, cue_rows, gold, groups, test, l2):

    def fit_apply(tr, te):
        layer = tt.fit_layer(feats[tr], tt._subset(cue_rows, tr), gold[tr], groups[tr], l2)
        return T.learned_logits(feats[te], tt._subset(cue_rows, te), layer)

    idx = np.flatnonzero(~test)
    inner_folds = evaluation._folds(groups[idx], 3, "inner")
    inner = np.zeros((len(idx), 3))
    for k in range(3):
        tr, te = np.zeros(len(gold), bool), np.zeros(len(gold), bool)
        tr[idx[inner_folds != k]], te[idx[inner_folds == k]] = True, True
        inner[inner_folds == k] = fit_apply(tr, te)
    return inner, fit_apply(~test, test)


def log_odds_bank(feats, cue_rows, gold, groups, sources, repeats: int, jobs: int = 1,
                  cache: Path | None = None) -> dict:
    """Per outer split (repeat and fold, or a source left out): the test mask and, per L2, the
    layer's 3-fold inner out-of-fold log-odds on the training part and its test log-odds
    (``jobs`` forked processes share the splits, and a ``cache`` folder keeps each split's
    log-odds for a later run; the results depend on neither)."""
    global _BANK_DATA
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    _BANK_DATA = (feats, cue_rows, gold, groups, cache)
    splits = [(("lso", s), sources == s) for s in sorted(set(sources))]
    splits += [((r, j), evaluation._folds(groups, 5, f"repeat{r}") == j) for r in range(repeats) for j in range(5)]
    units = [(test, l2, f"{key[0]}-{key[1]}-l2{l2:g}") for key, test in splits for l2 in tt.L2_GRID]
    if jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            done = pool.map(_bank_unit, units, chunksize=1)
    else:
        done = [_bank_unit(u) for u in units]
    bank, it = {}, iter(done)
    for key, test in splits:
        bank[key] = {"test": test, **{l2: next(it) for l2 in tt.L2_GRID}}
    return bank


def nested(bank, feats, cue_rows, gold, groups, repeats: int, variant: str = "base") -> dict:
    """Macro-F1 per repeat and per source left out, the layer's L2 and bias chosen inside as in
    ``train_target.choose`` (the strongest L2 within ``L2_TIE`` of the best)."""
    read, dense = tt._has_cues(cue_rows), T.model_inputs(feats)
    out, preds = {}, {}
    for key, entry in bank.items():
        test = entry["test"]
        train = ~test
        tried = []
        for l2 in tt.L2_GRID:
            bias = tt.fit_class_bias(entry[l2][0], gold[train])
            tried.append((evaluation.macro_f1(np.where(read[train], tt._classes(entry[l2][0], bias), 0), gold[train]), l2, bias))
        top = max(t[0] for t in tried)
        _, l2, bias = max((t for t in tried if t[0] >= top - tt.L2_TIE), key=lambda t: t[1])
        inner, z = entry[l2]
        if variant.startswith("l2-mean"):
            grid = (60.0, 120.0) if variant.endswith("60-120") else tt.L2_GRID
            inner, z = (np.mean([entry[g][i] for g in grid], axis=0) for i in (0, 1))
            bias = tt.fit_class_bias(inner, gold[train])
        elif variant == "no-bias":
            bias = (0.0, 0.0)
        elif variant == "half-bias":
            bias = (bias[0] / 2, bias[1] / 2)
        elif variant in SECOND_STAGES:
            setting, weight = SECOND_STAGES[variant]
            stage = trees(int(setting)) if variant.startswith("trees") else mlp(setting)
            x_in, x_test, g = np.c_[inner, dense[train]], np.c_[z, dense[test]], gold[train]
            folds = evaluation._folds(groups[train], 3, "inner")
            oof = np.zeros_like(inner)
            for k in range(3):
                oof[folds == k] = stage(x_in[folds != k], g[folds != k], x_in[folds == k])
            inner = (1 - weight) * _log_softmax(inner) + weight * oof
            z = (1 - weight) * _log_softmax(z) + weight * stage(x_in, g, x_test)
            bias = tt.fit_class_bias(inner, g)
        preds[key] = np.where(read[test], tt._classes(z, bias), 0)
    out.update(_outer_scores(bank, preds, gold, repeats))
    return out


def _outer_scores(bank, preds, gold, repeats: int) -> dict:
    """Macro-F1 of each repeat's outer predictions put together, their mean F1 of each class (negative,
    neutral, positive; a change is kept only if no class falls much), and each left-out source's macro-F1."""
    out, per_class = {}, []
    for r in range(repeats):
        pred = np.zeros(len(gold), dtype=int)
        for j in range(5):
            pred[bank[(r, j)]["test"]] = preds[(r, j)]
        out[f"repeat {r}"] = round(evaluation.macro_f1(pred, gold), 4)
        per_class.append(list(evaluation.class_f1(pred, gold).values()))
    out["class F1"] = [round(float(v), 4) for v in np.mean(per_class, axis=0)]
    for key in (k for k in bank if k[0] == "lso"):
        out[f"{key[1]} left out"] = round(evaluation.macro_f1(preds[key], gold[bank[key]["test"]]), 4)
    return out


def nested_choice(options, gold, repeats: int) -> dict:
    """As :func:`nested` for the plain layer, with one more choice inside each outer split: which of
    ``options`` (``(bank, cue_rows)`` per setting, e.g. per weight of the added words) and L2, by the
    inner out-of-fold macro-F1 (ties within ``L2_TIE`` to the first option, then the strongest L2); the
    settings chosen are counted in the output."""
    reads = [tt._has_cues(rows) for _, rows in options]
    out, preds, chosen = {}, {}, []
    for key in options[0][0]:
        test = options[0][0][key]["test"]
        train = ~test
        tried = []
        for o, (bank, _) in enumerate(options):
            for l2 in tt.L2_GRID:
                inner = bank[key][l2][0]
                bias = tt.fit_class_bias(inner, gold[train])
                f1 = evaluation.macro_f1(np.where(reads[o][train], tt._classes(inner, bias), 0), gold[train])
                tried.append((f1, -o, l2, bias))
        top = max(t[0] for t in tried)
        _, o, l2, bias = max((t for t in tried if t[0] >= top - tt.L2_TIE), key=lambda t: (t[1], t[2]))
        chosen.append(-o)
        preds[key] = np.where(reads[-o][test], tt._classes(options[-o][0][key][l2][1], bias), 0)
    out.update(_outer_scores(options[0][0], preds, gold, repeats))
    out["chosen"] = {o: chosen.count(o) for o in sorted(set(chosen))}
    return out


def screen_predictions(feats, cue_rows, gold, groups, l2: float = 120.0, salt: str = "") -> np.ndarray:
    """The quick screen's out-of-fold predicted classes: 5-fold CV by story (folds salted with ``salt``) at one L2,
    the class bias fitted on the pooled out-of-fold log-odds (optimistic by that choice; only to rank variants
    before the nested protocol, and to group the layer's errors)."""
    folds = evaluation._folds(groups, 5, salt)
    oof = np.zeros((len(gold), 3))
    for j in range(5):
        tr, te = folds != j, folds == j
        layer = tt.fit_layer(feats[tr], tt._subset(cue_rows, tr), gold[tr], groups[tr], l2)
        oof[te] = T.learned_logits(feats[te], tt._subset(cue_rows, te), layer)
    bias = tt.fit_class_bias(oof, gold)
    return np.where(tt._has_cues(cue_rows), tt._classes(oof, bias), 0)


def screen(feats, cue_rows, gold, groups, l2: float = 120.0, salts: int = 1) -> float | list[float]:
    """The quick screen of the fourth round (:func:`screen_predictions`): its macro-F1, or with ``salts`` > 1 one
    figure per fold assignment (salts "", "s1", "s2", ...), to compare variants on the same folds."""
    out = [round(evaluation.macro_f1(screen_predictions(feats, cue_rows, gold, groups, l2, f"s{k}" if k else ""),
                                     gold), 4) for k in range(salts)]
    return out[0] if salts == 1 else out


def features_over(train, lex: dict):
    """``T.mention_features`` of the train mentions read with ``lex`` as the target lexicon, the
    package's own lexicon (and the analysis cache built from it) restored afterwards."""
    plain_lexicon = T._lexicon
    T._lexicon = lambda: lex
    T._analyse.cache_clear()
    try:
        return T.mention_features(train["sentence"], train["from"], train["to"], T.CUE_WINDOW)
    finally:
        T._lexicon = plain_lexicon
        T._analyse.cache_clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", default=["base"])
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=1, help="processes for the nested folds")
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder keeping each split's log-odds per variant's cue set, reused by a later run")
    parser.add_argument("--screen", action="store_true",
                        help="only the quick screen (5-fold CV by story at L2 --l2, bias on the pooled predictions)")
    parser.add_argument("--l2", type=float, default=120.0, help="the screen's L2")
    parser.add_argument("--salts", type=int, default=1, help="the screen over this many fold assignments")
    parser.add_argument("--errors", action="store_true",
                        help="only the thirteenth round's error groups, out of fold (the screen's folds at --l2)")
    parser.add_argument("--rekey", default=None, help="a cue set of REKEY applied over a words-... variant's cues too")
    args = parser.parse_args(argv)
    train = evaluation.read_jsonl(evaluation._shared("") / "newsmtsc-train" / "train.jsonl")
    gold = train["polarity"].to_numpy()
    groups = np.array([tt._story(i) for i in train["id"]])
    sources_arr = np.array([tt._source(i) for i in train["id"]])
    feats, cue_rows = T.mention_features(train["sentence"], train["from"], train["to"], T.CUE_WINDOW)
    banks = {}
    if args.errors:
        print_errors(train, cue_rows, screen_predictions(feats, cue_rows, gold, groups, args.l2), gold)
        return 0

    def bank(name: str, vfeats: Any, rows: list) -> Any:
        """The inner out-of-fold log-odds of a variant's inputs, drawn once per name (and cached on disk)."""
        if name not in banks:
            banks[name] = log_odds_bank(vfeats, rows, gold, groups, sources_arr, args.repeats, args.jobs,
                                        args.cache / name if args.cache else None)
        return banks[name]

    plain_fit = tt._fit_lr
    for variant in args.variants:
        if variant.startswith("words-"):
            # words-<sources>[-rare]-<scale|cv...>: the features again over the lexicon with the lists' words
            sources, rare, scales = words_spec(variant)
            options = []
            for scale in scales:
                vfeats, rows = features_over(train, clean_lexicon(sources, scale, train["sentence"] if rare else None))
                if args.rekey:
                    rows = [REKEY[args.rekey](c, s, int(a), int(b)) if c else c
                            for c, s, a, b in zip(rows, train["sentence"], train["from"], train["to"])]
                tt.VALUED, tt.MAX_CUES, tt._fit_lr = ("V_",), 8000, plain_fit
                name = f"words-{sources}-{'rare-' if rare else ''}{scale:g}{'+' + args.rekey if args.rekey else ''}"
                if args.screen:
                    print(name, "screen", screen(vfeats, rows, gold, groups, args.l2, args.salts), flush=True)
                    continue
                drawn = bank(name, vfeats, rows)
                options.append((drawn, rows))
                print(name, nested(drawn, vfeats, rows, gold, groups, args.repeats), flush=True)
            if len(scales) > 1 and not args.screen:
                print(variant, nested_choice(options, gold, args.repeats), flush=True)
            continue
        cue_set = variant if variant in CUE_SETS or variant.startswith(("vec-", "opinion-", "polar-")) else "base"
        rows, vfeats = cue_rows, feats
        tt._fit_lr = polar_fit(float(variant[6:])) if variant.startswith("polar-") else plain_fit
        if variant.startswith("opinion-"):
            # opinion-<scale> / opinion-rare-<scale>: the features again, over the wider lexicon
            lex = opinion_lexicon(float(variant.rsplit("-", 1)[1]), train["sentence"] if "-rare-" in variant else None)
            vfeats, rows = features_over(train, lex)
        tt.VALUED = {"distance": ("V_", "D_"), "negation-far": ("V_", "F_")}.get(cue_set, ("V_",))
        tt.MAX_CUES = 8000
        if cue_set.startswith("vec-"):
            # vec-<blocks>[-s<scale>]: the vector cues are valued, and come on top of the 8,000
            # most frequent cues rather than in their place.
            blocks, *rest = cue_set[4:].split("-")
            opts = {o[0]: float(o[1:]) for o in rest}
            dim = int(opts.get("d", VECTOR_DIM))
            tt.VALUED, tt.MAX_CUES = ("V_", "E"), 8000 + dim * len(blocks)
            rows = vector_cue_rows(train, cue_rows, blocks, opts.get("s", 1.0), dim)
        elif cue_set.startswith("induced"):
            tt.VALUED = ("V_", "U_")
            words = {w for s in set(train["sentence"]) for w in T._analyse(s).words if w.isalpha()}
            valence = induced_valence(words)
            rows = [{**c, **induced_cues(s, int(a), int(b), valence, cue_set == "induced")} if c else c
                    for c, s, a, b in zip(cue_rows, train["sentence"], train["from"], train["to"])]
        elif cue_set in REKEY:
            rows = [REKEY[cue_set](c, s, int(a), int(b)) if c else c
                    for c, s, a, b in zip(cue_rows, train["sentence"], train["from"], train["to"])]
        elif cue_set != "base" and not cue_set.startswith(("opinion-", "polar-")):
            rows = [{**c, **EXTRA[cue_set](s, int(a), int(b))} if c else c
                    for c, s, a, b in zip(cue_rows, train["sentence"], train["from"], train["to"])]
        if args.screen:
            print(variant, "screen", screen(vfeats, rows, gold, groups, args.l2, args.salts), flush=True)
            continue
        print(variant, nested(bank(cue_set, vfeats, rows), vfeats, rows, gold, groups, args.repeats, variant),
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
