"""Which classes a stored analysis may hold, and how their attributes are read and set."""

from __future__ import annotations

from collections import OrderedDict

import pytest

from retrieval.engine_classes import attributes_of, engine_class, is_ours, set_each
from retrieval.sentences import Sentence
from retrieval.speakers import Speaker


def test_only_the_packages_own_classes_are_ours():
    assert is_ours(Speaker)
    assert not is_ours(OrderedDict)


def test_a_class_is_found_by_its_module_and_name():
    assert engine_class("retrieval.speakers:Speaker") is Speaker


@pytest.mark.parametrize("name", ["collections:OrderedDict", "retrievalx.speakers:Speaker",
                                  "retrieval.speakers:name_key"])
def test_a_name_outside_the_package_or_no_class_is_refused(name):
    with pytest.raises(ValueError):
        engine_class(name)


def test_an_objects_attributes_are_its_slots_in_order():
    ana = Speaker(name="Ana Ruiz", role="mayor", aliases=("Ruiz",), sentences=(1,), mentions=(0, 1))
    assert attributes_of(ana) == [("name", "Ana Ruiz"), ("role", "mayor"), ("aliases", ("Ruiz",)),
                                  ("sentences", (1,)), ("mentions", (0, 1))]


def test_each_object_gets_its_own_value():
    made = [object.__new__(Sentence) for _ in range(3)]
    set_each(made, "index", [4, 5, 6])
    assert [s.index for s in made] == [4, 5, 6]
