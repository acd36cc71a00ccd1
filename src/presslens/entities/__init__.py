"""Named-entity mentions (people, organisations, places, groups) and alias linking, by rules.

A mention is a capitalised-name chunk ("Donald Trump", "NMV Consulting", "South Korea") with the
title in front of it kept apart ("U.S. President", "Prime Minister", "former leader"). Sentence-
initial ordinary words ("The", "Beyond", "Thousands") are not names: Punkt's English case
statistics tell which words are ordinary (seen in lower case in news). Possessives are stripped
("Japan’s" -> Japan); demonyms ("Japanese") are no mention, but may be part of a title ("Chinese
President"); their plurals name groups ("Republicans").

Aliases are linked within an article ("Trump", "President Xi" -> the full name seen there) and
across the corpus (one entity per full name; a lone surname goes to the corpus's full name with
that surname). Word lists live in ``presslens/data/entities_*.txt``.

Example::

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": [
    ...     "Premier Alda Voss of Nordland met Mr. Ivo Brant in Kestrel. Voss said little."]})
    >>> find_mentions(arts)[["text", "title", "kind", "entity"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['Premier Alda Voss', 'Premier', 'PERSON', 'Alda Voss'],
     ['Nordland', '', 'MISC', 'Nordland'],
     ['Mr. Ivo Brant', 'Mr.', 'PERSON', 'Ivo Brant'],
     ['Kestrel', '', 'PLACE', 'Kestrel'],
     ['Voss', '', 'PERSON', 'Alda Voss']]
"""

from presslens.entities.gender import gender_evidence, person_gender, pronoun_gender
from presslens.entities.lexicon import KINDS, MENTION_COLUMNS
from presslens.entities.linking import DOMINANCE, Names, canonical, link_aliases
from presslens.entities.mentions import find_mentions

__all__ = [
    "DOMINANCE",
    "KINDS",
    "MENTION_COLUMNS",
    "Names",
    "canonical",
    "find_mentions",
    "link_aliases",
    "gender_evidence",
    "person_gender",
    "pronoun_gender",
]
