"""Which classes a stored analysis may hold, and their attributes read and set, for ``analysis_values``.

Only classes defined in this package are written or made again; an object is written as
its attributes (slots and ``__dict__``) and made again by setting them, without ``__init__``.
"""

from __future__ import annotations

import importlib
from collections import deque
from itertools import repeat
from types import MemberDescriptorType
from typing import Any

__all__ = ["attributes_of", "engine_class", "is_ours", "set_each"]

_PACKAGE = "retrieval"


def set_each(objects: list[object], name: str, values: list[Any]) -> None:
    """Set attribute ``name`` of each object (all of one class) to its value, in a loop run by C.

    A slot is set through its descriptor, which skips looking the name up for every object.
    """
    slot = getattr(type(objects[0]), name, None) if objects else None
    if isinstance(slot, MemberDescriptorType):
        deque(map(slot.__set__, objects, values), maxlen=0)
    else:
        deque(map(object.__setattr__, objects, repeat(name), values), maxlen=0)


def is_ours(cls: type) -> bool:
    """Whether ``cls`` is defined in this package (the only classes written or read)."""
    return cls.__module__ == _PACKAGE or cls.__module__.startswith(_PACKAGE + ".")


def engine_class(name: str) -> type:
    """The class ``module:qualname`` if it is defined in this package; ValueError otherwise."""
    module, _, qualname = name.partition(":")
    if module != _PACKAGE and not module.startswith(_PACKAGE + "."):
        raise ValueError(f"class {name} is not the engine's")
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    if not isinstance(found, type) or found.__module__ != module:
        raise ValueError(f"{name} is not a class of the engine's")
    return found


def attributes_of(obj: object) -> list[tuple[str, Any]]:
    """An object's attributes: those in its slots (all its classes') and in its ``__dict__``."""
    names = []
    for cls in type(obj).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        names.extend([slots] if isinstance(slots, str) else slots)
    found = [(n, getattr(obj, n)) for n in names if n not in ("__dict__", "__weakref__") and hasattr(obj, n)]
    return found + list(getattr(obj, "__dict__", {}).items())
