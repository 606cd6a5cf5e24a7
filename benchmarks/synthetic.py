"""Deterministic news-like articles of any size, for measuring how the engine scales.

The text is not the seed repeated: it is assembled from a seeded random generator, with a
new person introduced every few sentences (so the number of speakers grows with the
article), every tag shape the attribution rules know (``X said``, ``said X, a …``,
``according to X``, pronouns, ``the official said``, quotes running over sentences and
paragraphs), narration with figures and dates, and the abbreviations that trip splitters.

Real news keeps meeting new words as it grows (Heaps' law), so besides the fixed phrases
every clause carries words drawn from an unbounded made-up vocabulary by Zipf's law
(rank r with probability falling as a power of r). Tuned on PolNeAR's train split, which
has 5,350 distinct index terms at its first 3,700 sentences and 16,350 at 30,000: this
text has 4,900 at 3,800 sentences and 16,300 at 31,000. Surnames never run out either:
they get longer when the short ones are taken, so any size can be generated.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from retrieval import lexicon

__all__ = ["SEED_SENTENCES", "Synthetic", "generate"]

SEED_SENTENCES = 36  # sentences in seeds/tillerson-tokyo-2017.txt: the "1x" size
# Sets of search questions asked: a median over six questions fell on one question or the next
# (the engine ÷ tantivy ratio swung 1.35–1.61 between runs of the same code); over 24 it holds.
SEARCH_SETS = 4

_SYLLABLES = ("ka", "ro", "vin", "mel", "tor", "an", "shi", "dra", "lu", "bek", "son", "mar",
              "te", "gu", "lin", "os", "zha", "no", "pel", "ri", "ham", "da", "ve", "kov")
_FIRST = ("Anna", "Rex", "Maria", "Wei", "Hua", "Omar", "Ines", "Kofi", "Lena", "Raj", "Sofia",
          "Tomas", "Yuki", "Amir", "Clara", "Dmitri", "Fatima", "Jonas", "Mei", "Pablo")
_FEMALE = frozenset({"Anna", "Maria", "Hua", "Ines", "Lena", "Sofia", "Yuki", "Clara", "Fatima", "Mei"})
_TITLES = ("Foreign Minister", "Finance Minister", "Senator", "Governor", "Ambassador",
           "Deputy Director", "Mayor", "Trade Secretary", "Central Bank Governor", "Chief Executive")
_ROLES = ("a senior official at the ministry", "a spokesman for the agency", "an economist at a bank",
          "a lawyer for the company", "a former adviser to the president", "the mission's chief negotiator",
          "an analyst at a research group", "a member of the opposition party")
_SOURCES = ("A senior {nation} official", "A {nation} diplomat", "Two {nation} officials",
            "A {nation} government source", "An aide to the {nation} delegation")
_DEFINITE = ("the official", "the diplomat", "the officials", "the source", "the aide")
_NATIONS = ("U.S.", "Japanese", "Chinese", "German", "Brazilian", "Kenyan", "Indian", "French")
_ORGS = ("the World Bank", "the Foreign Ministry", "the State Department", "the central bank",
         "the U.N. Security Council", "the Ministry of Trade", "the port authority", "Acme Corp.")
_PLACES = ("Tokyo", "Beijing", "Geneva", "Nairobi", "Brasilia", "New Delhi", "Berlin", "Paris", "Seoul")
_DAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week",
         "in March", "late on Sunday", "earlier this year")
_SUBJECTS = ("the trade deal", "the missile defense plan", "the water treaty", "sanctions on banks",
             "the drug shortage", "the port expansion", "fishing rights", "the budget deficit",
             "the border dispute", "the new pipeline", "climate targets", "the debt talks",
             "the election results", "tariffs on steel", "the refugee plan", "the energy subsidy")
_VERBS = ("would hurt", "could strengthen", "has delayed", "will reshape", "threatens",
          "may not survive", "must protect", "was meant to calm", "cannot replace", "should support")
_OBJECTS = ("regional stability", "local farmers", "the currency", "small businesses", "the talks",
            "relations with its neighbours", "the coastal towns", "investor confidence", "public health",
            "the alliance", "exports of rice", "the next summit")
_OPINIONS = ("We are not going to accept this", "This is a new approach", "Nobody wants a trade war",
             "The door remains open for dialogue", "It is too early to say", "We have done our part",
             "The numbers speak for themselves", "This was never about money",
             "Frankly, we expected more", "There is no plan B")
_QUESTIONS = ("Why now?", "Who pays for it?", "What happens after the vote?")
_SPEECH = ("said", "told reporters", "added", "warned", "told Reuters", "said in a statement")
# Ranks follow a Zipf-like power law, flat over the commonest: rank = HEAD * u**(-1/(ZIPF - 1)).
_HEAD, _ZIPF = 1200, 2.2
_RESERVED = frozenset(w for v in vars(lexicon).values() if isinstance(v, frozenset)
                      for w in v if isinstance(w, str))  # made-up words must not be cue or stop words
_CONNECTIVES = ("amid", "over", "with", "after", "despite", "for", "through", "against")


@dataclass(frozen=True, slots=True)
class Synthetic:
    """A generated article and questions about it that a reader might ask."""

    text: str
    questions: tuple[str, ...]


@dataclass(slots=True)
class _Person:
    first: str
    last: str
    title: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def pronoun(self) -> str:
        return "she" if self.first in _FEMALE else "he"


def _word(rank: int) -> str:
    """The made-up word of a vocabulary rank: rank in base 24, one syllable a digit, two at least."""
    n = rank + len(_SYLLABLES)
    syllables = []
    while n:
        n, digit = divmod(n, len(_SYLLABLES))
        syllables.append(_SYLLABLES[digit])
    word = "".join(reversed(syllables))
    return word + "x" if word in _RESERVED else word  # no syllable ends in x: still one word per rank


class _Writer:
    """Writes paragraphs one at a time, keeping the cast introduced so far."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cast: list[_Person] = []
        self.surnames: set[str] = set()

    def pick(self, items: tuple[str, ...]) -> str:
        return self.rng.choice(items)

    def words(self, count: int) -> str:
        """``count`` words of the made-up vocabulary, the common ones often, the rare ones once."""
        return " ".join(_word(int(_HEAD * (1.0 - self.rng.random()) ** (-1 / (_ZIPF - 1))))
                        for _ in range(count))

    def clause(self) -> str:
        tail = self.rng.choice((
            "", f" in {self.pick(_PLACES)}", f" despite objections from {self.pick(_ORGS)}",
            f" over the next {self.rng.randint(2, 30)} years", f" unless {self.pick(_ORGS)} steps in",
        ))
        jargon = f" {self.pick(_CONNECTIVES)} {self.words(self.rng.randint(2, 6))}"
        return f"{self.pick(_SUBJECTS)} {self.pick(_VERBS)} {self.pick(_OBJECTS)}{jargon}{tail}"

    def opinion(self) -> str:
        return f"{self.pick(_OPINIONS)}, and {self.clause()}"

    def figure(self) -> str:
        amount = self.rng.choice((
            f"${self.rng.randint(1, 99)}.{self.rng.randint(10, 99)} billion",
            f"{self.rng.randint(2, 900)} percent",
            f"{self.rng.randint(3, 60)} million",
        ))
        return f"{amount} {self.pick(_DAYS)}"

    def newcomer(self) -> _Person:
        """A new person; each try that meets a surname already taken allows a longer one."""
        longest = 3
        while True:
            last = "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, longest))).title()
            if last not in self.surnames:
                break
            longest += 1
        self.surnames.add(last)
        person = _Person(self.pick(_FIRST), last, self.pick(_TITLES))
        self.cast.append(person)
        return person

    def someone(self) -> _Person:
        """A recent member of the cast, mostly, so surnames and pronouns refer back nearby."""
        recent = self.cast[-6:]
        return self.rng.choice(recent if self.rng.random() < 0.85 else self.cast)

    def paragraph(self) -> list[str]:
        """The sentences of one paragraph, in one of the shapes news copy takes."""
        shape = self.rng.randrange(11)
        if shape == 0 or not self.cast:
            p = self.newcomer()
            return [f"{p.title} {p.full} said {self.pick(_DAYS)} that {self.clause()}, "
                    f"after talks in {self.pick(_PLACES)} with {self.pick(_ORGS)}."]
        p = self.someone()
        if shape == 1:
            p = self.newcomer()
            return [f"“{self.opinion()},” said {p.full}, {self.pick(_ROLES)}.",
                    f"“{self.pick(_OPINIONS)}.”"]
        if shape == 2:
            return [f"“{self.opinion()}.”",
                    f"“{self.pick(_OPINIONS)}, because {self.clause()},” {p.last} {self.pick(_SPEECH)}."]
        if shape == 3:
            return [f"{p.last} {self.pick(_SPEECH)}: “{self.opinion()}.", f"{self.pick(_QUESTIONS)}”"]
        if shape == 4:
            return [f"{p.last} described {self.pick(_SUBJECTS)} as “{self.pick(_OPINIONS).lower()}” "
                    f"and said {self.clause()}.", f"{p.pronoun.title()} also said {self.clause()}."]
        if shape == 5:
            nation = self.pick(_NATIONS)
            return [f"{self.pick(_SOURCES).format(nation=nation)} said {self.clause()}, speaking on "
                    "condition of anonymity.", f"It is among the options, {self.pick(_DEFINITE)} said."]
        if shape == 6:
            return [f"According to {self.pick(_ORGS)}, spending rose by {self.figure()}, and "
                    f"{self.clause()}.", f"Mr. {p.last} did not say what would follow."]
        if shape == 7:  # a quote running into the next paragraph, tagged at its end
            return [f"“{self.opinion()}.\n“{self.pick(_OPINIONS)}.",
                    f"{self.pick(_OPINIONS)},” {p.pronoun} said."]
        if shape == 8:
            # An ellipsis followed by a capital does not end the sentence: one sentence.
            return [f"In {self.pick(_PLACES)}, officials from the U.S. and the E.U. met for "
                    f"{self.rng.randint(2, 9)} hours... Talks resume {self.pick(_DAYS)}."]
        if shape == 9:
            return [f"“{self.pick(_QUESTIONS)}” {p.last} asked.", f"“{self.opinion()}.”"]
        return [f"{p.title} {p.last} issued a sharper message {self.pick(_DAYS)}, saying "
                f"{self.clause()} and that the cost had reached {self.figure()}."]


def generate(scale: float, seed: int = 2017) -> Synthetic:
    """An article of ``scale`` times the seed's sentence count, the same for the same arguments."""
    writer = _Writer(random.Random(seed))
    dateline = f"{writer.pick(_PLACES).upper()} (Reuters) - "
    paragraphs: list[str] = []
    sentences = 0
    while sentences < scale * SEED_SENTENCES:
        paragraph = writer.paragraph()
        paragraphs.append(" ".join(paragraph))
        sentences += len(paragraph)
    people = writer.cast[:: max(1, len(writer.cast) // 6)][:6]
    questions = (
        *(f"what did {p.last} say?" for p in people[:3]),
        f"what did {people[-1].full} say about {writer.pick(_SUBJECTS)}?",
        *(question for _ in range(SEARCH_SETS) for question in _searches(writer)),
        "what did the official say?",
    )
    return Synthetic(dateline + "\n".join(paragraphs) + "\n", tuple(dict.fromkeys(questions)))


def _searches(writer: _Writer) -> tuple[str, ...]:
    """One of each kind of search question, on words of the article (and one on words it lacks)."""
    return (
        f"who said {writer.pick(_OPINIONS).lower()}?",
        f"How much did spending rise according to {writer.pick(_ORGS)}?",
        f"Why {writer.pick(_VERBS)} {writer.pick(_OBJECTS)}?",
        f"When do talks in {writer.pick(_PLACES)} resume?",
        f"what about {writer.pick(_SUBJECTS)} and {writer.pick(_OBJECTS)}?",
        f"Is there news on {writer.words(3)}?",
    )
