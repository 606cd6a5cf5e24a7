"""Read what kind of question was asked: about a speaker, about who said something, or a search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from retrieval.chat_phrasing import small_talk, spelt_right, without_opening
from retrieval.chat_text import ADDRESS, MENTION, clean_question
from retrieval.job_initials import spelt_out

__all__ = ["MAX_QUESTION_CHARS", "Intent", "ParsedQuestion", "Reading", "asks_a_chat_user", "parse_question"]

MAX_QUESTION_CHARS = 500
Intent = Literal["speaker", "who_said", "search"]
# How the engine reads a question; "speakers", "summary", "about" (the article itself: dateline,
# writer, counts), "mention" (a chat user asked about) and "profile" ("tell me about Hua": who
# someone is, if the article names them so) are searches to the outside; "count" ("how many
# times is Hua quoted?") is a speaker question; "chat" is a greeting, thanks or "who are you?"
# (its topic says which), answered with a hint; "age" is "how old is Hale?".
Reading = Literal["speaker", "who_said", "search", "speakers", "summary", "about", "define", "identity",
                  "mention", "profile", "count", "chat", "age"]

_SAY = (r"(?:say|said|says|saying|tell|told|think|thinks|thought|mean|claim|claimed|comment|"
        r"state|stated|add|added|warn|warned|argue|argued|quote|quoted|reply|replied|"
        r"respond|responded|react|reacted|ask|asked|asks|have\s+to\s+say)")
# What someone made known by any channel, "what did Hale report / tweet / testify?"; only after
# "did", "does" or "has": "what was later written by …", "which law mentioned …" ask no speaker.
_MADE_KNOWN = (r"(?:report|reported|announce|announced|write|wrote|tweet|tweeted|post|posted|testify|"
               r"testified|reveal|revealed|admit|admitted|explain|explained|insist|insisted|predict|"
               r"predicted|promise|promised|mention|mentioned)")
# "tell reporters", "say in Tokyo"; never another "say", so "the state department spokesman say"
# is read with "say" as its verb, not "state".
_OBJECT = r"(?:\s+(?!about\b|on\b|regarding\b|concerning\b|say\b|said\b|says\b|tell\b|told\b)\S+){0,3}?"
_TOPIC = r"(?:\s+(?:about|on|regarding|concerning|of|to|toward|towards)\s+(?P<topic>.+))?"
# Words that start a question or stand for someone already named, never a name themselves.
_NOT_WHO = r"(?:what|who|how|why|when|where|which|whose|his|her|their|its|my|your|our|any|all|the\s+article)"
# What someone said or thinks, as a noun: "Hale's comments", "the reaction of the board".
_VIEWS = (r"(?:comments?|quotes?|remarks?|statements?|words|views?|opinions?|thoughts|feelings|attitudes?|"
          r"reactions?|responses?|positions?|stances?|take)")
_SAID_IT = r"(?:say|said|mention|mentioned|comment|commented|talk|talked|speak|spoken|spoke|claim|claimed)"
_NO_SAY = rf"(?:(?!\b{_SAID_IT}\b).)"  # a character of a name before the verb, never the verb itself
# Pattern strings, compiled on first use (``_pattern`` keeps them): most questions need only a few,
# and start-up time counts for the one-shot ``ask``. The speaker patterns are tried in order, the
# first that matches wins.
_SPEAKER_PATTERNS = [
    (rf"^(?:and\s+)?(?:what|anything)\s+(?:else\s+)?(?:did|does|do|has|have|had|was|is|were)\s+"
     rf"(?P<who>.+?)\s+(?:else\s+)?{_SAY}\b{_OBJECT}{_TOPIC}$"),
    (rf"^(?:and\s+)?(?:what|anything)\s+(?:else\s+)?(?:did|does|do|has|have|had)\s+(?P<who>.+?)\s+"
     rf"(?:else\s+)?{_MADE_KNOWN}\b{_OBJECT}{_TOPIC}$"),
    rf"^how\s+(?:did|does|has)\s+(?P<who>.+?)\s+{_SAY}\b{_TOPIC}$",
    rf"^what\s+(?:was|is|has\s+been)\s+{_SAY}\s+by\s+(?P<who>.+?){_TOPIC}$",
    (r"^(?:show\s+me\s+|give\s+me\s+|list\s+)?(?:all\s+)?(?:the\s+)?"
     r"(?:quotes?|comments?|remarks?|statements?|words|anything|something)\s+(?:from|by|of)\s+"
     rf"(?P<who>.+?){_TOPIC}$"),
    rf"^(?:what\s+(?:is|are|was|were)\s+|what's\s+|(?:give|show)\s+(?:me|us)\s+)?(?P<who>.+?)(?:['’]s?)\s+{_VIEWS}\b{_TOPIC}$",
    # The possessive typed without its apostrophe, or a bare name: "tillersons comments", "Hale quotes".
    (rf"^(?:(?:give|show)\s+(?:me|us)\s+)?(?!{_NOT_WHO}\b)(?P<who>[^\s']+?(?:\s+[^\s']+?){{0,2}}?)s?\s+"
     rf"(?:quotes|comments|remarks|statements)\b{_TOPIC}$"),
    # "Is Kishida quoted?", "has Hale been quoted on the dam?"
    rf"^(?:is|was|are|were|has|have)\s+(?P<who>.+?)\s+(?:been\s+|ever\s+)?(?:quoted|cited)\b{_TOPIC}$",
    rf"^what\s+(?P<who>.+?)\s+(?:said|says|told|thinks|thought)\b{_TOPIC}$",
    # "What was the reaction of the board to the vote?": the view named before its holder.
    (rf"^(?:what\s+(?:is|are|was|were)\s+|what's\s+)?the\s+{_VIEWS}\s+(?:of|from)\s+"
     rf"(?P<who>.+?){_TOPIC}$"),
    rf"^where\s+(?:does|do|did)\s+(?P<who>.+?)\s+stands?\b{_TOPIC}$",  # "where does Hale stand on it?"
    (rf"^(?:did|does|has|have)\s+(?P<who>{_NO_SAY}+?)\s+{_SAID_IT}(?:\s+anything)?{_TOPIC}$"),
]
# "What does Hale think of the plan?", "how does Ruiz feel about it?": a speaker question with a
# topic, tried before _STANCE, which would read it as a search ("what does Hale think … should do").
_VIEW = (r"^(?:what|how)\s+(?:do|does|did)\s+(?P<who>.+?)\s+(?:think|thinks|thought|feel|feels|felt)"
         r"(?:\s+(?:of|about|on|regarding|concerning|toward|towards)\s+(?P<topic>.+))?$")
_VIEW_WORDS = ("think", "thought", "feel", "felt")
# "Did Hale say the plan would fail?": whether someone said something, which their own quoted
# words answer best; a search with ``who`` set, as a view asked ("did China agree?").
_CLAIM = rf"^(?:did|does|has|have)\s+(?P<who>{_NO_SAY}+?)\s+{_SAID_IT}\s+(?!about\b|on\b|anything\b)\S"
_SPEAKERS = (r"^(?:who\s+(?:else\s+)?(?:is|was|are|were|gets|got|has\s+been|have\s+been)\s+"
             r"(?:being\s+)?quoted|"
             r"who\s+(?:spoke|speaks|talked|talks|is\s+speaking)|"
             r"(?:which|what)\s+(?:people|persons|speakers|sources|names)\s+(?:are|were|is|get|got)\s+quoted|"
             r"who\s+(?:are|were)\s+(?:the\s+)?(?:speakers|sources)|"
             r"(?:list\s+|show\s+)?(?:all\s+)?(?:the\s+)?(?:speakers|sources|people\s+quoted))\b")
_SUMMARY = (r"^(?:(?:(?:can\s+you\s+|please\s+)?(?:give|show|tell)\s+(?:me|us)\s+)?(?:a\s+|the\s+)?"
            r"(?:summari[sz]e|summary|gist|tl;?dr|short\s+version|main\s+points)|"
            r"what\s+(?:is|was|'s)\s+(?:it|this|(?:this|the)\s+(?:article|story|piece|news))\s+about|"
            r"what\s+(?:this|the)\s+(?:article|story|piece)\s+is\s+about|what\s+happened$|"
            r"what\s+is\s+(?:(?:the|this)\s+(?:story|news|article|piece)|this|going\s+on|happening|new)$|"
            r"what\s+(?:are|were)\s+the\s+(?:main|key)\s+points|key\s+points|"
            r"tell\s+(?:me|us)\s+about\s+(?:it|this|the\s+(?:article|story|piece|news))$)")
_WHO_SAID = rf"^(?:who|which\s+\w+)\s+(?:was\s+)?{_SAY}(?:\s+(?:that|this|it))?\s*[:,]?\s+(?P<quote>.+)$"
# "Who talked about sanctions?": the speakers of the sentences on that topic.
_WHO_ABOUT = (r"^(?:who|which\s+\w+)\s+(?:has\s+|have\s+|had\s+|else\s+)?(?:talked|talks|talk|spoke|speaks|"
              r"spoken|commented|comments|discussed|discusses|mentioned|mentions|raised|addressed|"
              r"said\s+(?:something|anything)|was\s+quoted|is\s+quoted|weighed\s+in)\s+"
              r"(?:about|on|regarding|concerning|of)\s+(?P<quote>.+)$")
# "What does China want North Korea to do?", "did China agree?": a view or intention asked of
# someone, which their own quoted words answer best; still a search, with ``who`` set.
_STANCE = (r"^(?:(?:what|how|why|when|where|whom?|which\s+\w+)\s+)?"
           r"(?:do|does|did|is|are|was|were|will|would|has|have)\s+(?P<who>.+?)\s+(?:want|wants|wanted|think|thinks|thought|believe|believes|believed|feel|"
           r"feels|felt|agree|agrees|agreed|disagree|disagreed|propose|proposes|proposed|suggest|suggested|"
           r"oppose|opposes|opposed|support|supports|supported|object|objects|objected|expect|expects|"
           r"expected|hope|hopes|hoped|plan|plans|planned|planning|intend|intends|intended|demand|demands|"
           r"demanded|urge|urged|fear|fears|feared|going\s+to|ready\s+to|willing\s+to)\b")
# "Tillerson on China": a search that puts that person's or body's words first, as a view asked;
# never a clause before a question ("Based on the map, what …?").
_ON = (rf"^(?!{_NOT_WHO}\b|(?:is|are|was|were|do|does|did|has|have|and|more|info)\b)"
       r"(?P<who>\S+(?:\s+\S+)?)\s+on\s+(?:(?!\b(?:what|who|how|why|when|where|which)\b)[^,])+$")
# Gates: a pattern is compiled and tried only when the question holds one of the words it needs
# (anywhere, even inside a word: a gate may let through, never keep out). Most questions pass
# few gates, and each pattern skipped is up to a millisecond of compiling in a one-shot ``ask``.
# A pattern given a new verb or noun adds its gate word here.
_STANCE_WORDS = ("want", "think", "thought", "believ", "feel", "felt", "agree", "propos", "suggest", "oppos",
                 "support", "object", "expect", "hope", "plan", "intend", "demand", "urge", "fear", "going",
                 "ready", "willing")
_SPEAKERS_WORDS = ("quoted", "spoke", "speak", "talk", "sources")
_SUMMARY_WORDS = ("summar", "gist", "tl", "short", "main", "key", "about", "happen", "story", "news", "this",
                  "going", "new", "article", "piece")
# "What does ctenophore mean?": a term to look up, unless it names someone quoted ("what did Hua mean?").
_DEFINE = r"^what\s+(?:does|do|did|is|was)\s+(?P<who>.+?)\s+(?:mean|means|meant|stand\s+for|refer\s+to)$"
# "Who is Hua?", "What is Tillerson's job?": who someone is, from the article's own words.
# "Tillersons job", "Ruiz's role": the same, typed bare.
_IDENTITY = (r"^(?:who\s+(?:is|was|are|were)\s+(?!quoted\b|being\b)(?P<who>[^,]+?)|"
             r"what\s+(?:is|was|does|did)\s+(?P<whose>.+?)(?:'s?)?\s+(?:job|role|title|position|post|"
             r"do\s+for\s+a\s+living|do)|"
             rf"(?!{_NOT_WHO}\b)(?P<bare>[^\s']+?(?:\s+[^\s']+?){{0,2}}?)(?:'s?|s)?\s+(?:job|role|title|position))"
             r"(?:\s+(?:before|previously|earlier|formerly|now|then))?$")
# "How old is Hale?", "what is Ruiz's age", "what age is the captain": an age the article gives someone.
_AGE = (r"^(?:how\s+old\s+(?:is|was)\s+(?P<who>.+?)(?:\s+(?:now|today))?|"
        r"what\s+(?:is|was)\s+(?:the\s+age\s+of\s+(?P<of>.+?)|(?P<whose>.+?)(?:'s?)?\s+age)|"
        r"what\s+age\s+(?:is|was)\s+(?P<aged>.+?))$")
# "How many times is Hua quoted?", "how many quotes from Pak": a speaker's sentences, counted.
_COUNT = (r"^how\s+(?:(?:many\s+times|often)\s+(?:is|was|has|have|does|did)\s+(?P<who>.+?)\s+(?:been\s+)?"
          r"(?:quoted|cited|speak|spoken|talk|talked)|many\s+(?:quotes|sentences|statements|comments|remarks)\s+"
          r"(?:are\s+|were\s+)?(?:there\s+)?(?:from|by|of|does|did|has)\s+(?!(?:it|this|the\s+article)\b)"
          r"(?P<whom>.+?)(?:\s+(?:have|get|say|make))?)$")
# "Tell me about Hua", "info on Toner": who someone is; a thing asked so is searched.
_TELL_ABOUT = (r"^(?:tell\s+(?:me|us)\s+(?:more\s+)?about|(?:more\s+)?info(?:rmation)?\s+(?:on|about)|"
               r"what\s+do\s+(?:we|you)\s+know\s+about)\s+"
               r"(?!(?:it|this|that|the\s+(?:article|story|piece|report|news))$)(?P<who>.+)$")
_DEFINE_ENDS = ("mean", "means", "meant", "stand for", "refer to")  # checked before the patterns
_IDENTITY_ENDS = ("job", "role", "title", "position", "post", "living", " do", "before", "previously",
                  "earlier", "formerly", "now", "then")
_ARTICLE = r"(?:it|this|the\s+(?:article|story|piece|report))"
# The article as the one saying: "what does the article say about the veto?", "does it mention
# Russia?" search the topic; "what is the story saying?" asks for the summary.
_ARTICLE_SAYS = (r"^(?:(?:what|anything)\s+(?:(?:does|did|do|is|else\s+does)\s+)?|does\s+|did\s+)?"
                 rf"{_ARTICLE}\s+(?:say|says|saying|mention|mentions|tell\s+(?:us|me))(?:\s+(?:anything|something))?"
                 r"(?:\s+(?:about|on|regarding|concerning|of)?\s*(?P<topic>.+))?$")
# Questions about the article itself; each names the fact asked for. Each pattern needs one of
# _ABOUT_WORDS (below) in the question: a new pattern adds its word there.
_ABOUT = (
    ("writer", rf"^(?:who\s+(?:wrote|writes|reported|filed)(?:\s+{_ARTICLE})?$|"
               r"who\s+is\s+the\s+(?:author|writer|reporter)|(?:what\s+is\s+)?(?:the\s+)?"
               r"(?:author|writer|byline|reporter)$)"),
    ("agency", rf"^(?:(?:which|what)\s+(?:news\s+)?(?:agency|outlet|wire|publication)\b|"
               rf"who\s+(?:published|ran)\s+{_ARTICLE}$)"),
    ("place", rf"^(?:where\s+(?:was|is|were)\s+{_ARTICLE}\s+(?:filed|written|reported|from|"
              rf"published|datelined)|where\s+(?:does|did)\s+{_ARTICLE}\s+come\s+from|"
              r"(?:what\s+is\s+)?the\s+dateline)"),
    ("date", rf"^(?:when\s+(?:was|is)\s+{_ARTICLE}\s+(?:written|filed|published|from|dated)|"
             r"(?:what\s+is\s+)?the\s+(?:article'?s\s+)?date$|"
             rf"what\s+(?:date|day)\s+(?:was|is)\s+{_ARTICLE}\b)"),
    ("counts", r"^(?:how\s+(?:many|much)\s+(?:people|persons|speakers|sources|voices|sentences|"
               rf"quotes)(?:\s+(?:are|were|is))?(?:\s+(?:quoted|there|named|in\s+{_ARTICLE}))*$|"
               rf"how\s+long\s+is\s+{_ARTICLE})"),
    ("about", r"^(?:about|info|information|metadata|details)$"),
)
_ABOUT_ANY = "|".join(f"(?P<{fact}>{pattern})" for fact, pattern in _ABOUT)  # one match for all
# The gate of ``_ABOUT``, the biggest pattern ("writ" for wrote, writer, written; "date" for
# dateline, dated): a question with none of these is not about the article.
_ABOUT_WORDS = ("wrote", "writ", "report", "filed", "author", "byline", "agency", "outlet", "wire",
                "publi", "ran", "from", "date", "day", "how", "about", "info", "metadata", "details")
# "Did anyone mention Russia?", "has anybody said the dam will fail?": who said it, as "who …?" asks.
_ANYONE = (r"^(?:did|does|do|has|have)\s+(?:any\s?one|any\s?body|some\s?one|some\s?body)\s+(?:else\s+)?"
           r"(?:(?:say|said|talk|talked|speak|spoke|spoken|comment|commented|discuss|discussed|mention|mentioned|"
           r"raise|raised|address|addressed)\s+(?:anything\s+|something\s+)?(?:about\s+|on\s+|regarding\s+|"
           r"concerning\s+|of\s+|that\s+)?)(?P<quote>.+)$")
_WHO_OPENINGS = ("who ", "which ")  # how _WHO_ABOUT and _WHO_SAID start
_CLAIM_OPENINGS = ("did ", "does ", "has ", "have ")  # how _CLAIM starts


@dataclass(frozen=True, slots=True)
class ParsedQuestion:
    """The intent of a question and its parts: who it asks about, the topic, or the quote.

    A search's ``who`` is whose view it asks ("what does China want?"), if it asks one.
    """

    intent: Reading
    text: str
    who: str | None = None
    topic: str = ""


def asks_a_chat_user(question: str) -> bool:
    """True when ``question`` asks about a chat mention ("what did @everyone say?") or is only mentions.

    A mention that addresses the message (before the question, or after its "?") asks nothing.
    """
    if "@" not in question and "<!" not in question:  # most questions have none
        return False
    rest = _pattern(ADDRESS).sub(" ", question)
    if _pattern(MENTION).search(rest):
        return True
    return not any(ch.isalnum() for ch in rest) and rest != question


def _fold(text: str) -> str:
    """Lower case for the patterns, except capitalised words after the first.

    "the State Department" keeps "State", so it is never read as the verb "state". A
    question typed all in one case is lowered whole.
    """
    if text.isupper() or text.islower():
        return text.lower()
    first, space, rest = text.partition(" ")
    return first.lower() + space + rest


@cache
def _pattern(source: str) -> re.Pattern[str]:
    """``source`` compiled once, on first use: the ``re`` module's own cache costs a look-up per match."""
    return re.compile(source)


def _gated(source: str, words: tuple[str, ...], text: str) -> re.Match[str] | None:
    """``source`` matched on ``text``, compiled and tried only if ``text`` holds one of ``words``."""
    for word in words:  # ``in`` in a loop: ``any(map(text.__contains__, …))`` costs 2.5x as much
        if word in text:
            return _pattern(source).match(text)
    return None


def parse_question(question: str) -> ParsedQuestion:
    """Classify ``question``; a question matching no pattern is a search."""
    text = spelt_right(clean_question(question))
    if asks_a_chat_user(question):
        return ParsedQuestion("mention", text)
    chat = small_talk(text)
    if chat:
        return ParsedQuestion("chat", text, topic=chat)
    text = without_opening(text)
    lowered = _fold(text)
    about = _gated(_ABOUT_ANY, _ABOUT_WORDS, lowered)
    if about and about.lastgroup:
        return ParsedQuestion("about", text, topic=about.lastgroup)
    says = _gated(_ARTICLE_SAYS, ("say", "mention", "tell"), lowered)
    if says:
        topic = text[says.start("topic") :] if says.group("topic") else ""
        return ParsedQuestion("search", topic, topic=topic) if topic else ParsedQuestion("summary", text)
    age = _gated(_AGE, ("old", "age"), lowered)
    if age and age.lastgroup:
        return ParsedQuestion("age", text, who=text[age.start(age.lastgroup) : age.end(age.lastgroup)])
    count = _pattern(_COUNT).match(lowered) if lowered.startswith("how ") else None
    if count:
        group = "who" if count.group("who") else "whom"
        return ParsedQuestion("count", text, who=text[count.start(group) : count.end(group)])
    define = _pattern(_DEFINE).match(lowered) if lowered.endswith(_DEFINE_ENDS) else None
    if define:
        return ParsedQuestion("define", text, who=text[define.start("who") : define.end("who")].strip(" \"'"))
    view = _gated(_VIEW, _VIEW_WORDS, lowered)
    if view:
        topic = text[view.start("topic") :] if view.group("topic") else ""
        who = spelt_out(text[view.start("who") : view.end("who")])
        return ParsedQuestion("speaker", text, who=who, topic=topic)
    anyone = _pattern(_ANYONE).match(lowered) if lowered.startswith((*_CLAIM_OPENINGS, "do ")) else None
    if anyone:
        return ParsedQuestion("who_said", text, topic=text[anyone.start("quote") :])
    claim = _pattern(_CLAIM).match(lowered) if lowered.startswith(_CLAIM_OPENINGS) else None
    stance = claim or _gated(_STANCE, _STANCE_WORDS, lowered)
    if stance:  # "what does China want … to do?" asks a view, not what China does
        return ParsedQuestion("search", text, who=text[stance.start("who") : stance.end("who")], topic=text)
    asks_identity = lowered.startswith("who ") or lowered.endswith(_IDENTITY_ENDS)
    speakers = _gated(_SPEAKERS, _SPEAKERS_WORDS, lowered)
    identity = _pattern(_IDENTITY).match(lowered) if asks_identity and not speakers else None
    profile = None if identity else _gated(_TELL_ABOUT, ("about", "info"), lowered)
    if profile:
        return ParsedQuestion("profile", text, who=text[profile.start("who") : profile.end("who")])
    if identity:
        group = next(g for g in ("who", "whose", "bare") if identity.group(g))
        stance = "position" if lowered.endswith("position") else ""  # a job, or where they stand
        return ParsedQuestion("identity", text, who=text[identity.start(group) : identity.end(group)],
                              topic=stance)
    asks_who = lowered.startswith(_WHO_OPENINGS)
    said = (_pattern(_WHO_ABOUT).match(lowered) or _pattern(_WHO_SAID).match(lowered)) if asks_who else None
    if said:
        return ParsedQuestion("who_said", text, topic=text[said.start("quote") :])
    if speakers:
        return ParsedQuestion("speakers", text)
    if _gated(_SUMMARY, _SUMMARY_WORDS, lowered):
        return ParsedQuestion("summary", text)
    for source in _SPEAKER_PATTERNS:
        match = _pattern(source).match(lowered)
        if match:
            who = spelt_out(text[match.start("who") : match.end("who")].strip(" ,"))
            topic = text[match.start("topic") :] if match.group("topic") else ""
            return ParsedQuestion("speaker", text, who=who, topic=topic)
    on = _gated(_ON, (" on ",), lowered)
    if on:
        return ParsedQuestion("search", text, who=text[on.start("who") : on.end("who")], topic=text)
    return ParsedQuestion("search", text, topic=text)
