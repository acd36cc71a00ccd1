"""Tone of news coverage: sentence and article level (``scorer``), evaluation against people
(``evaluation``), tone towards people and places in a sentence (``target``), and portrayal,
action and voice per entity and article (``portrayal``).

Example::

    >>> from presslens import sentiment
    >>> sentiment.score_text("NO WAR!") > 0      # news method; NLTK's VADER says -0.75
    True
"""

from .evaluation import (
    evaluate_newsmtsc_sentences,
    evaluate_persent,
    evaluate_scores,
    evaluate_vader_groundtruth,
    read_newsmtsc_sentences,
    read_vader_groundtruth,
)
from .scorer import (
    DEFAULT_METHOD,
    METHODS,
    article_tone,
    paragraph_tone,
    label_names,
    polarity_scores,
    rescale,
    score_many,
    score_sentences,
    score_text,
    sentence_words,
    tone_by,
    tone_label,
)
from .portrayal import (
    compare_outlets,
    document_stance,
    entity_sentiment,
    entity_summary,
    mention_tone,
    select_entities,
    speaker_tone,
)
from .target import (
    evaluate_newsmtsc,
    evaluate_targets,
    score_mentions,
    score_target,
    target_features,
)
from .vader import VaderResourceError, vader_reference

__all__ = [
    "DEFAULT_METHOD",
    "METHODS",
    "VaderResourceError",
    "article_tone",
    "compare_outlets",
    "document_stance",
    "entity_sentiment",
    "entity_summary",
    "evaluate_newsmtsc",
    "evaluate_newsmtsc_sentences",
    "evaluate_persent",
    "evaluate_scores",
    "evaluate_targets",
    "evaluate_vader_groundtruth",
    "mention_tone",
    "paragraph_tone",
    "polarity_scores",
    "read_newsmtsc_sentences",
    "read_vader_groundtruth",
    "label_names",
    "sentence_words",
    "rescale",
    "score_many",
    "score_mentions",
    "score_sentences",
    "score_target",
    "score_text",
    "select_entities",
    "speaker_tone",
    "target_features",
    "tone_by",
    "tone_label",
    "vader_reference",
]
