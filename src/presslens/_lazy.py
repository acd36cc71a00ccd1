"""Names of a package loaded from its modules on first use, so importing the package stays cheap;
and a module no run needs kept from being imported."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, MutableMapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, str],
                 namespace: MutableMapping[str, Any]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module ``__getattr__`` and ``__dir__`` of ``package``, whose public ``exports`` map each
    name to the submodule defining it; a loaded name is kept in ``namespace`` (the package's
    ``globals()``), so it is looked up once."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(exports))

    return __getattr__, __dir__


def without_iri_grammars() -> None:
    """Spare this process the import of ``rfc3987_syntax`` (when jsonschema is not imported yet):
    jsonschema, which nbformat and papermill import, imports it for its ``iri`` and
    ``iri-reference`` format checks, and it compiles about 40 Lark grammars as it is imported, 2.0 s
    of every ``presslens run`` and of every test process (python-jsonschema/jsonschema#1428). No
    notebook schema checks those formats; jsonschema skips the two checks when the module is
    absent, as it marks here."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)
