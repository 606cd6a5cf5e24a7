"""Read what kind of question was asked: about a speaker, about who said something, or a search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from retrieval.article_questions import all_quotes_asked, article_fact, article_says, summary_asked
from retrieval.chat_phrasing import small_talk, spelt_right, without_opening
from retrieval.chat_text import ADDRESS, MENTION, clean_question
from retrieval.job_initials import spelt_out
from retrieval.lazy_patterns import compiled, gated
from retrieval.lexicon import DOCUMENT_NOUNS

__all__ = ["MAX_QUESTION_CHARS", "Intent", "ParsedQuestion", "Reading", "asks_a_chat_user", "parse_question"]

MAX_QUESTION_CHARS = 500
Intent = Literal["speaker", "who_said", "search"]
# How the engine reads a question; "speakers", "summary", "about" (the article itself: dateline,
# writer, counts), "mention" (a chat user asked about) and "profile" ("tell me about Hua": who
# someone is, if the article names them so) are searches to the outside; "count" ("how many
# times is Hua quoted?") is a speaker question; "chat" is a greeting, thanks or "who are you?"
# (its topic says which), answered with a hint; "age" is "how old is Hale?"; "quotes" asks for every
# quoted sentence.
Reading = Literal["speaker", "who_said", "search", "speakers", "summary", "about", "define", "identity",
                  "mention", "profile", "count", "chat", "age", "quotes"]

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
# The topic, or a preposition left bare ("what did Hale warn about?": what he said, on any topic).
_TOPIC = r"(?:\s+(?:about|on|regarding|concerning|of|to|toward|towards)(?:\s+(?P<topic>.+))?)?"
_TALK = r"(?:talk|talked|talking|speak|spoke|speaking|complain|complained|complaining|commenting|warning)"
# Words that start a question or stand for someone already named, never a name themselves.
_NOT_WHO = r"(?:what|who|how|why|when|where|which|whose|his|her|their|its|my|your|our|any|all|the\s+article)"
# What someone said or thinks, as a noun: "Hale's comments", "the reaction of the board".
_VIEWS = (r"(?:comments?|quotes?|remarks?|statements?|words|views?|opinions?|thoughts|feelings|attitudes?|"
          r"reactions?|responses?|positions?|stances?|take)")
# The verbs of _SAY and _MADE_KNOWN that tell more than "say": their sentences come first.
_TELLING = rf"(?:{_SAY}|{_MADE_KNOWN}|{_TALK})"
_PLAIN_SAY = frozenset({"say", "said", "says", "saying", "tell", "told", "think", "thinks", "thought", "mean",
                        "comment", "commenting", "quote", "quoted", "have", "state", "stated", "add", "added",
                        "talk", "talked", "talking", "speak", "spoke", "speaking"})
_SAID_IT = r"(?:say|said|mention|mentioned|comment|commented|talk|talked|speak|spoken|spoke|claim|claimed)"
_NO_SAY = rf"(?:(?!\b{_SAID_IT}\b).)"  # a character of a name before the verb, never the verb itself
# Pattern strings, compiled on first use (``lazy_patterns``): most questions need only a few, and
# start-up time counts for the one-shot ``ask``. The speaker patterns are tried in order, the
# first that matches wins.
_SPEAKER_PATTERNS = [
    (rf"^(?:and\s+)?(?:what|anything)\s+(?:else\s+)?(?:did|does|do|has|have|had|was|is|were)\s+"
     rf"(?P<who>.+?)\s+(?:else\s+)?{_SAY}\b{_OBJECT}{_TOPIC}$"),
    # "what did Hale talk about?", "what was Ruiz complaining about?": what they said (on a topic if given).
    (rf"^(?:and\s+)?what\s+(?:else\s+)?(?:did|does|do|has|have|had|was|is|were)\s+(?P<who>.+?)\s+"
     rf"(?:else\s+)?{_TALK}{_TOPIC}$"),
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
    # "whats the mayors take on parking": a view whose possessive is typed without its apostrophe
    # (not "the us", "the boss": words ending so are no possessive).
    (rf"^(?:what\s+(?:is|are|was|were)\s+)?(?!{_NOT_WHO}\b)(?P<who>[^\s']+?(?:\s+[^\s']+?){{0,2}}?)(?<![ius])s\s+"
     rf"(?:take|views?|opinions?|thoughts|positions?|stances?|reactions?)\b{_TOPIC}$"),
    # "is there a quote from Hale?", "any comments from Ruiz on the levy"
    (r"^(?:(?:is|are)\s+there\s+)?(?:a\s+|any\s+)?(?:quotes?|comments?|statements?|words)\s+(?:from|by)\s+"
     rf"(?P<who>.+?){_TOPIC}$"),
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
# "Did Hale mention the roads?", "has Ruiz discussed the cost?": these verbs take a topic, never a
# claim, so they ask what the speaker said on it (and say so when they said nothing on it). Not
# "raise" or "address": "did the board raise taxes?" asks what the board did.
_MENTIONED = (rf"^(?:did|does|has|have)\s+(?P<who>{_NO_SAY}+?)\s+(?:ever\s+)?(?:mention|mentioned|discuss|"
              r"discussed|bring\s+up|brought\s+up)\s+(?!that\b)(?P<topic>.+)$")
_SPEAKERS = (r"^(?:who\s+(?:else\s+)?(?:is|was|are|were|gets|got|has\s+been|have\s+been)\s+"
             r"(?:being\s+)?quoted|"
             r"who\s+(?:else\s+)?(?:spoke|speaks|talked|talks|is\s+speaking)|"
             r"who\s+(?:is|was)\s+(?:it|this|(?:the|this)\s+(?:article|story|piece))\s+about|"
             r"(?:which|what)\s+(?:people|persons|speakers|sources|names)\s+(?:are|were|is|get|got)\s+quoted|"
             r"who\s+(?:are|were)\s+(?:the\s+)?(?:speakers|sources)|"
             r"(?:list\s+|show\s+)?(?:all\s+)?(?:the\s+)?(?:speakers|sources|people\s+quoted))\b")
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
# "What did the poll find?", "what does the new survey show?": a document's findings (lexicon.DOCUMENT_NOUNS).
_FINDINGS = (r"^what\s+(?:did|does|do|has|have)\s+(?P<who>.+?)\s+(?:find|found|show|shows|showed|suggest|"
             rf"suggests|suggested|conclude|concluded){_TOPIC}$")
_FINDINGS_WORDS = ("find", "found", "show", "suggest", "conclude")
# Gates: a pattern is compiled and tried only when the question holds one of the words it needs
# (anywhere, even inside a word: a gate may let through, never keep out). Most questions pass
# few gates, and each pattern skipped is up to a millisecond of compiling in a one-shot ``ask``.
# A pattern given a new verb or noun adds its gate word here.
_STANCE_WORDS = ("want", "think", "thought", "believ", "feel", "felt", "agree", "propos", "suggest", "oppos",
                 "support", "object", "expect", "hope", "plan", "intend", "demand", "urge", "fear", "going",
                 "ready", "willing")
_MENTIONED_WORDS = ("mention", "discuss", "brought", "bring")
_SPEAKERS_WORDS = ("quoted", "spoke", "speak", "talk", "sources", " about")
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
_AGE_WORDS = ("old", "age")
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
    verb: str = ""  # a speaker question's own verb, when more than "say": "warn" of "what did Hale warn?"


def asks_a_chat_user(question: str) -> bool:
    """True when ``question`` asks about a chat mention ("what did @everyone say?") or is only mentions.

    A mention that addresses the message (before the question, or after its "?") asks nothing.
    """
    if "@" not in question and "<!" not in question:  # most questions have none
        return False
    rest = compiled(ADDRESS).sub(" ", question)
    if compiled(MENTION).search(rest):
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
    fact = article_fact(lowered)
    if fact:
        return ParsedQuestion("about", text, topic=fact)
    says = article_says(lowered)
    if says:
        topic = text[says.start("topic") :] if says.group("topic") else ""
        return ParsedQuestion("search", topic, topic=topic) if topic else ParsedQuestion("summary", text)
    age = gated(_AGE, _AGE_WORDS, lowered)
    if age and age.lastgroup:
        return ParsedQuestion("age", text, who=text[age.start(age.lastgroup) : age.end(age.lastgroup)])
    count = compiled(_COUNT).match(lowered) if lowered.startswith("how ") else None
    if count:
        group = "who" if count.group("who") else "whom"
        return ParsedQuestion("count", text, who=text[count.start(group) : count.end(group)])
    define = compiled(_DEFINE).match(lowered) if lowered.endswith(_DEFINE_ENDS) else None
    if define:
        return ParsedQuestion("define", text, who=text[define.start("who") : define.end("who")].strip(" \"'"))
    view = gated(_VIEW, _VIEW_WORDS, lowered)
    if view:
        topic = text[view.start("topic") :] if view.group("topic") else ""
        who = spelt_out(text[view.start("who") : view.end("who")])
        return ParsedQuestion("speaker", text, who=who, topic=topic)
    anyone = compiled(_ANYONE).match(lowered) if lowered.startswith((*_CLAIM_OPENINGS, "do ")) else None
    if anyone:
        return ParsedQuestion("who_said", text, topic=text[anyone.start("quote") :])
    mentioned = gated(_MENTIONED, _MENTIONED_WORDS, lowered) if lowered.startswith(_CLAIM_OPENINGS) else None
    if mentioned:
        return ParsedQuestion("speaker", text, who=text[mentioned.start("who") : mentioned.end("who")],
                              topic=text[mentioned.start("topic") :])
    claim = compiled(_CLAIM).match(lowered) if lowered.startswith(_CLAIM_OPENINGS) else None
    stance = claim or gated(_STANCE, _STANCE_WORDS, lowered)
    if stance:  # "what does China want … to do?" asks a view, not what China does
        return ParsedQuestion("search", text, who=text[stance.start("who") : stance.end("who")], topic=text)
    asks_identity = lowered.startswith("who ") or lowered.endswith(_IDENTITY_ENDS)
    speakers = gated(_SPEAKERS, _SPEAKERS_WORDS, lowered)
    identity = compiled(_IDENTITY).match(lowered) if asks_identity and not speakers else None
    profile = None if identity else gated(_TELL_ABOUT, ("about", "info"), lowered)
    if profile:
        return ParsedQuestion("profile", text, who=text[profile.start("who") : profile.end("who")])
    if identity:
        group = next(g for g in ("who", "whose", "bare") if identity.group(g))
        stance = "position" if lowered.endswith("position") else ""  # a job, or where they stand
        return ParsedQuestion("identity", text, who=text[identity.start(group) : identity.end(group)],
                              topic=stance)
    asks_who = lowered.startswith(_WHO_OPENINGS)
    said = (compiled(_WHO_ABOUT).match(lowered) or compiled(_WHO_SAID).match(lowered)) if asks_who else None
    if said:
        return ParsedQuestion("who_said", text, topic=text[said.start("quote") :])
    if speakers:
        return ParsedQuestion("speakers", text)
    if summary_asked(lowered):
        return ParsedQuestion("summary", text)
    if all_quotes_asked(lowered):
        return ParsedQuestion("quotes", text)
    found = gated(_FINDINGS, _FINDINGS_WORDS, lowered)
    if found and found["who"].split()[-1] in DOCUMENT_NOUNS:  # "what did the poll find?": what it says
        return ParsedQuestion("speaker", text, who=text[found.start("who") : found.end("who")],
                              topic=text[found.start("topic") :] if found.group("topic") else "")
    for source in _SPEAKER_PATTERNS:
        match = compiled(source).match(lowered)
        if match:
            who = spelt_out(text[match.start("who") : match.end("who")].strip(" ,"))
            topic = text[match.start("topic") :] if match.group("topic") else ""
            verb = next(iter(lowered[match.end("who") :].replace(" else ", " ").split()), "")
            telling = verb not in _PLAIN_SAY and compiled(_TELLING).fullmatch(verb)
            return ParsedQuestion("speaker", text, who=who, topic=topic, verb=verb if telling else "")
    on = gated(_ON, (" on ",), lowered)
    if on:
        return ParsedQuestion("search", text, who=text[on.start("who") : on.end("who")], topic=text)
    return ParsedQuestion("search", text, topic=text)
