"""Names built of titles, numbers and determiners ("Air Force One") never break attribution."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval import Engine
from retrieval.article import parse_article
from retrieval.names import name_key

# Vehicles, ships, missions, programmes and bodies whose names end in a number word,
# a determiner or a title word: the shapes that once left a name with no words.
NAMES = ["Air Force One", "Air Force Two", "Marine One", "the Queen Mary 2", "Apollo 11",
         "Boeing 747", "Fox News", "Channel One", "The Who", "Formula One", "One Direction",
         "Those Who Stay", "Vision 2030", "President Air Force One", "Mr. One", "Queen Elizabeth II"]
TEMPLATES = [
    '"We are ready," {name} said.',
    '"We are ready," said {name}, a spokesman.',
    '{name} said on Monday that it would land.',
    'Aboard {name}, Smith told reporters: "We will win."',
    '"It is fine," Smith said aboard {name}.',
    'According to {name}, the plan failed.',
    '{name} Captain Dan Smith said, "ok." "More later," he added.',
    'The crew of {name} said they were tired. "Very," one said.',
]

# Composed ones too: a title or prefix, a vehicle's, ship's or body's name, a number or ordinal.
PREFIXES = ["", "the", "USS", "HMS", "President", "Foreign Minister", "Mr.", "Captain", "Space Shuttle"]
CORES = ["Air Force", "Queen Mary", "Enterprise", "Apollo", "Falcon", "Soyuz MS", "European Union",
         "Security Council", "Gerald R. Ford", "Ever Given", "Boeing", "Anna Lee"]
SUFFIXES = ["", "One", "Two", "2", "11", "II", "9", "Seven", "of the Seas", "Inc."]
composed = st.builds(lambda p, c, s: " ".join(w for w in (p, c, s) if w),
                     st.sampled_from(PREFIXES), st.sampled_from(CORES), st.sampled_from(SUFFIXES))
names = st.one_of(st.sampled_from(NAMES), composed)
sentences = st.builds(lambda t, n: t.format(name=n), st.sampled_from(TEMPLATES), names)


@settings(max_examples=150, deadline=None)
@given(st.lists(sentences, min_size=1, max_size=4))
def test_titled_names_never_raise(lines: list[str]) -> None:
    """Any mix of such names in tags, subjects and asides is read and answered without an error."""
    engine = Engine(parse_article("\n\n".join(lines), source="names.txt"))
    assert len(engine.attributions) == len(engine.sentences)
    for name in NAMES[:4]:
        answer = engine.answer(f"what did {name} say?")
        assert answer.message or answer.results


def test_name_keys_keep_number_words_that_are_part_of_a_name() -> None:
    """"Air Force One" keys as three words; a leading "the" or "another" still goes."""
    assert name_key("Air Force One") == "air force one"
    assert name_key("One") == "one"
    assert name_key("the official") == "official"
    assert name_key("another U.S. official's") == "us official"
