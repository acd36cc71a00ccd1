"""How tables, charts and headline numbers name a group whose key is missing (an article no
metadata gives an outlet): one name for every stage, in a module that imports nothing, so the
corpus reader and the analyses above it (stats, plots, portrayal, speakers) share it.

Example::

    >>> from presslens.missing import missing_key
    >>> missing_key("outlet"), missing_key("section")
    ('(no outlet)', '(none)')
"""

from __future__ import annotations

__all__ = ["NO_OUTLET", "missing_key"]

# The one name tables, charts and headline numbers give the articles whose metadata names no outlet.
NO_OUTLET = "(no outlet)"


def missing_key(column: str) -> str:
    """How a group whose ``column`` is missing is named in tables, charts and headline numbers:
    :data:`NO_OUTLET` for the outlet, ``"(none)"`` otherwise."""
    return NO_OUTLET if column == "outlet" else "(none)"
