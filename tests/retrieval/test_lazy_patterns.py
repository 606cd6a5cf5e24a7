"""Question patterns compiled once, on first use, and tried only past their gate."""

from retrieval.lazy_patterns import compiled, gated


def test_a_pattern_is_compiled_once():
    assert compiled(r"^who\b") is compiled(r"^who\b")


def test_a_gate_word_anywhere_lets_the_pattern_be_tried():
    assert gated(r"^how old is (?P<who>.+)$", ("old",), "how old is hale")["who"] == "hale"
    assert gated(r"^how old is (?P<who>.+)$", ("age",), "how old is hale") is None  # kept out by the gate
