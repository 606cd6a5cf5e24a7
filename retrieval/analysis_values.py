"""The engine's objects as JSON values and back, for ``retrieval.analysis_io``.

``Writer`` turns the graph of the package's records (sentences, speakers, quotes, the index)
over plain containers and numpy arrays into JSON values, object by object, so a new field
anywhere in the engine is kept without a schema to update. ``Reader`` makes them again: only
instances of classes defined in this package (without running their ``__init__``), the
built-in containers and numpy arrays of numbers; anything else is refused with ``ValueError``.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from itertools import repeat
from typing import Any

import numpy as np

from retrieval.article import Article
from retrieval.engine_classes import attributes_of, engine_class, is_ours, set_each
from retrieval.sentences import Sentence

__all__ = ["Reader", "Writer"]

_PRIMITIVES = (str, int, float, bool, type(None))
_FACTORIES: dict[str, type] = {"list": list, "int": int, "set": set, "dict": dict, "float": float}
_NUMBERS = frozenset("biuf")  # numpy dtype kinds: bool, signed, unsigned, float
_ARRAY_FROM = 64  # integers in a list or tuple from which they are written as an array's bytes


# Every value that is not a JSON primitive is a list whose first item says what it is:
# "l"/"t"/"s"/"f" list, tuple, set, frozenset (capital when the items are primitives,
# read back without a walk; "I" when they are many integers, as an array's bytes in
# base64); "P" one of those holding only such plain ones, all of one kind, or None (a
# column of quotes' offsets: each made without a walk too); "R" a list or tuple of objects
# already written, or None, as their numbers (the sentences again, each sentence's
# speaker: read back without a walk); "d" a dict as its list of keys and its list of
# values, "D" one of str to primitives; "y" bytes (base64); "n" a numpy array (its bytes in base64, in
# the smallest type that holds them); "o" an object (class number, attribute values in
# the class's order; a Sentence without the article's text, which the reader has and
# gives it again); "c" a list or tuple of objects of one class, all met for the first time, as
# a table (class number, how many, then one column per attribute: tens of thousands of
# sentences and quotes are read column by column, not value by value); "r" a reference
# to the n-th object written, met again; "A" the article itself.
_SEQUENCES: dict[type, str] = {list: "l", tuple: "t", set: "s", frozenset: "f"}
_MAKERS: dict[str, type] = {tag: kind for kind, tag in _SEQUENCES.items()}
_PLAIN: dict[str, type] = {tag.upper(): kind for kind, tag in _SEQUENCES.items()}


class Writer:
    """Encodes values; an object met again is written as a reference to its first appearance."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.ids: dict[int, int] = {}
        self.keep: list[object] = []  # keeps every object alive while ids refer to them
        self.classes: list[list[Any]] = []  # [module:qualname, attribute names]
        self.class_ids: dict[type, int] = {}

    def value(self, v: Any) -> Any:
        """``v`` as a JSON value (see the tags above); TypeError for what the format cannot hold."""
        if isinstance(v, _PRIMITIVES):
            return v
        tag = _SEQUENCES.get(type(v))
        if tag is not None:
            if all(isinstance(x, _PRIMITIVES) for x in v):
                return _integers(tag, v) or [tag.upper(), list(v)]
            inner = _SEQUENCES.get(type(next((x for x in v if x is not None), None)))
            if inner and all(x is None or (_SEQUENCES.get(type(x)) == inner
                                           and all(isinstance(y, _PRIMITIVES) for y in x)) for x in v):
                return ["P", tag, inner, [None if x is None else list(x) for x in v]]
            if tag in "lt" and all(x is None or id(x) in self.ids for x in v):
                return ["R", tag, self.value([None if x is None else self.ids[id(x)] for x in v])]
            table = self._table(tag, v) if tag in "lt" else None
            return table or [tag, [self.value(x) for x in v]]
        if type(v) is bytes:
            return ["y", base64.b64encode(v).decode()]
        if isinstance(v, np.generic):
            return v.item()
        if isinstance(v, np.ndarray):
            if v.dtype.kind not in _NUMBERS:
                raise TypeError(f"array of {v.dtype}")
            sent = _narrowest(v)
            data = base64.b64encode(sent.tobytes()).decode()
            return ["n", v.dtype.str, list(v.shape), sent.dtype.str, data]
        if type(v) is dict:
            if all(type(k) is str and isinstance(x, _PRIMITIVES) for k, x in v.items()):
                return ["D", v]
            return ["d", self.value(list(v)), self.value(list(v.values()))]
        if type(v) is defaultdict:
            factory = next((name for name, f in _FACTORIES.items() if f is v.default_factory), None)
            if factory is None:
                raise TypeError(f"defaultdict of {v.default_factory!r}")
            return ["dd", factory, self.value(dict(v))]
        return self._object(v)

    def _object(self, v: object) -> list[Any]:
        if v is self.article:
            return ["A"]
        if id(v) in self.ids:
            return ["r", self.ids[id(v)]]
        self._number(v)
        number, values = self._fields(v)
        return ["o", number, [self.value(x) for x in values]]

    def _table(self, tag: str, items: list[Any] | tuple[Any, ...]) -> list[Any] | None:
        """``items`` as a table if they are objects of one class all met for the first time."""
        cls = type(items[0])
        if (len(items) < 2 or not is_ours(cls) or any(type(x) is not cls for x in items)
                or any(id(x) in self.ids for x in items) or len({id(x) for x in items}) < len(items)):
            return None
        for x in items:
            self._number(x)
        rows = [self._fields(x) for x in items]
        columns = [self.value(list(column)) for column in zip(*(values for _, values in rows), strict=True)]
        return ["c", tag, rows[0][0], len(items), columns]

    def _number(self, v: object) -> None:
        """Give ``v`` the next object number (references to it name that)."""
        self.ids[id(v)] = len(self.ids)
        self.keep.append(v)

    def _fields(self, v: object) -> tuple[int, list[Any]]:
        """``v``'s class number (the class recorded on first use) and attribute values in its order."""
        cls = type(v)
        if not is_ours(cls):
            raise TypeError(f"cannot write a {cls.__module__}.{cls.__qualname__}")
        attributes = [(name, x) for name, x in attributes_of(v)
                      if not (cls is Sentence and name == "article_text")]
        names = [name for name, _ in attributes]
        if cls not in self.class_ids:
            self.class_ids[cls] = len(self.classes)
            self.classes.append([f"{cls.__module__}:{cls.__qualname__}", names])
        number = self.class_ids[cls]
        if names != self.classes[number][1]:
            raise TypeError(f"{cls.__qualname__} objects with different attributes")
        return number, [x for _, x in attributes]


class Reader:
    """Decodes what ``_Writer`` wrote, making only this package's classes and containers.

    Whatever else the JSON holds is plain data (numbers, strings, lists, dicts), so nothing
    read can run code; the checks here only keep a malformed file from passing as an engine.
    """

    def __init__(self, classes: list[list[Any]], article: Article) -> None:
        self.article = article
        self.objects: list[object] = []
        self.classes = [(engine_class(name), tuple(names)) for name, names in classes]

    def value(self, v: Any) -> Any:
        """The value ``Writer.value`` wrote as ``v``; ValueError (or a lookup error) if malformed."""
        if type(v) is not list:
            return v
        tag = v[0]  # the commonest first: this runs for every value of a long article
        plain = _PLAIN.get(tag)
        if plain is not None:
            return plain(v[1])
        if tag == "r":
            return self.objects[v[1]]
        if tag == "R":
            objects, numbers = self.objects, self.value(v[2])
            if type(numbers) is not list:
                raise ValueError("references that are not a list")
            if None in numbers:
                return _MAKERS[v[1]](None if i is None else objects[i] for i in numbers)
            return _MAKERS[v[1]](map(objects.__getitem__, numbers))
        if tag == "P":
            make, items = _MAKERS[v[2]], v[3]
            if None in items:
                return _MAKERS[v[1]](None if x is None else make(x) for x in items)
            return _MAKERS[v[1]](map(make, items))
        if tag == "o":
            return self._object(v[1], v[2])
        if tag == "c":
            return _MAKERS[v[1]](self._table(v[2], v[3], v[4])) if v[1] in "lt" else self._bad(tag)
        if tag == "D":
            if type(v[1]) is not dict:
                raise ValueError("a dict that is not one")
            return v[1]
        if tag in _MAKERS:
            return _MAKERS[tag](map(self.value, v[1]))
        if tag == "I":
            sent = np.dtype(v[2])
            if sent.kind not in "iu":
                raise ValueError(f"integers as {sent}")
            return _MAKERS[v[1]](np.frombuffer(base64.b64decode(v[3]), dtype=sent).tolist())
        if tag == "n":
            dtype, sent = np.dtype(v[1]), np.dtype(v[3])
            if dtype.kind not in _NUMBERS or sent.kind not in _NUMBERS:
                raise ValueError(f"array of {dtype}")
            return np.frombuffer(base64.b64decode(v[4]), dtype=sent).astype(dtype).reshape(v[2])
        if tag == "d":
            keys, values = self.value(v[1]), self.value(v[2])
            if type(keys) is not list or type(values) is not list:
                raise ValueError("a dict whose keys or values are not a list")
            return dict(zip(keys, values, strict=True))
        if tag == "dd":
            return defaultdict(_FACTORIES[v[1]], self.value(v[2]))
        if tag == "y":
            return base64.b64decode(v[1])
        if tag == "A":
            return self.article
        return self._bad(tag)

    @staticmethod
    def _bad(tag: Any) -> Any:
        raise ValueError(f"unknown tag {tag!r}")

    def _object(self, number: int, values: list[Any]) -> object:
        cls, names = self.classes[number]
        obj = object.__new__(cls)  # no __init__: the attributes below are the object
        self.objects.append(obj)
        if len(values) != len(names):
            raise ValueError(f"{cls.__qualname__} with {len(values)} attributes, not {len(names)}")
        value, setattr_ = self.value, object.__setattr__
        for name, x in zip(names, values, strict=True):
            setattr_(obj, name, value(x) if type(x) is list else x)
        if cls is Sentence:
            setattr_(obj, "article_text", self.article.text)
        return obj

    def _table(self, number: int, count: int, columns: list[Any]) -> list[object]:
        cls, names = self.classes[number]
        if type(count) is not int or type(columns) is not list or len(columns) != len(names):
            raise ValueError(f"a table of {cls.__qualname__} with {len(columns)} columns, not {len(names)}")
        made = list(map(object.__new__, repeat(cls, count)))  # numbered before their attributes are read
        self.objects.extend(made)
        read = {}
        for name, column in zip(names, columns, strict=True):
            values = read[name] = self.value(column)
            if type(values) is not list or len(values) != count:
                raise ValueError(f"a column of {cls.__qualname__}.{name} that does not fit the table")
            set_each(made, name, values)
        if cls is Sentence:
            set_each(made, "article_text", [self.article.text] * count)
        return made


def _integers(tag: str, items: Any) -> list[Any] | None:
    """A long run of integers as an array's bytes ("I"), read back without parsing each number."""
    if len(items) < _ARRAY_FROM or any(type(x) is not int for x in items):
        return None
    try:
        array = np.fromiter(items, dtype=np.int64, count=len(items))
    except OverflowError:
        return None
    sent = _narrowest(array)
    return ["I", tag, sent.dtype.str, base64.b64encode(sent.tobytes()).decode()]


def _narrowest(array: np.ndarray) -> np.ndarray:
    """``array`` in the smallest integer type that holds its values exactly (as it is otherwise)."""
    if array.dtype.kind not in "iu" or not array.size:
        return array
    low, high = int(array.min()), int(array.max())
    for kind in (np.uint8, np.int8, np.uint16, np.int16, np.uint32, np.int32):
        if np.iinfo(kind).min <= low and high <= np.iinfo(kind).max:
            return array.astype(kind)
    return array
