"""The words news uses to report speech, for finding speech tags (``cues.py``, ``tags.py``).

Verbs of saying in the forms that head a tag, those that report only with what was said
after them, nouns of saying, phrasal and speech-act cues, participles, verbs that report
only through a quotation, and the verbs documents "speak" with. They describe the
language, never one article.
"""

__all__ = [
    "CLAIM_NOUNS",
    "CLAUSE_ONLY_VERBS",
    "COMMUNICATION_NOUNS",
    "CONTINUING",
    "DOCUMENT_VERBS",
    "INFINITIVE_SPEECH",
    "PARTICIPLE_CUES",
    "PHRASAL_SPEECH",
    "QUOTING_VERBS",
    "SPEECH_ACT_VERBS",
    "SPEECH_VERBS",
    "WITHHELD_SPEECH",
]

# Verbs of saying that are also nouns or other verbs ("his claims", "the talks concluded"):
# they report only next to what was said ("claims that", "concluded: “…”", "“…,” she continued").
CLAUSE_ONLY_VERBS = frozenset("""
claims states notes concluded concludes alleged alleges boasted boasts bragged brags wondered
wonders lamented laments bemoaned bemoans mused continued continues
argue warn acknowledge insist claim explain suggest contend maintain predict complain
admit concede stress emphasize caution allege deny agree agreed agrees
write note report
ruled
demanded demands
vows promises pledges
""".split())
# Reporting verbs in the forms that head a speech tag, the clause-only ones among them; others
# that are also common nouns ("comments", "remarks") are left out.
SPEECH_VERBS = CLAUSE_ONLY_VERBS | frozenset("""
said says say told tells added adds warned warns repeated repeats stated noted explained
explains argued argues insisted insists declared declares announced announces asserted asserts
claimed urged cautioned suggested suggests acknowledged acknowledges admitted admits wrote
writes tweeted replied responded responds asked asks stressed emphasized emphasised emphasizes
reiterated reiterates confirmed confirms denied denies predicted predicts complained complains
recalled conceded concedes countered observed observes vowed pledged promised underscored
underscores contended contends maintained maintains disclosed discloses remarked commented
exclaimed quipped joked revealed reveals accused accuses criticized criticised criticizes
criticises condemned condemns testified testifies reported reports described describes
sighed shouted yelled retorted interjected whispered chanted recounted recounts
assured assures exhorted vented
""".split())
# "Hale’s claim that …", "her remark that …": nouns of saying whose owner is the speaker.
CLAIM_NOUNS = frozenset({"claim", "claims", "assertion", "assertions", "contention", "insistence",
                         "allegation", "allegations", "suggestion", "argument", "prediction",
                         "boast", "accusation", "remark", "remarks", "admission", "promise", "vow",
                         "comment", "comments", "pledge",
                         "words", "slogan", "motto", "mantra", "refrain", "catchphrase", "answer", "response",
                         "reply", "retort", "statement", "warning", "message"})
# "made (it) clear", "pointed out": verbs that report speech only with their particle.
PHRASAL_SPEECH = (("made", "it", "clear"), ("made", "clear"), ("pointed", "out"),
                  ("points", "out"), ("point", "out"))
# "went on to explain …", "continued to insist …": what comes next in a speech, any verb of saying.
CONTINUING = (("went", "on", "to"), ("goes", "on", "to"), ("continued", "to"), ("continues", "to"),
              ("continue", "to"))
# "issued a far gentler message": a speech act told by its object noun.
COMMUNICATION_NOUNS = frozenset({"message", "statement", "warning", "remarks", "speech",
                                 "assurance", "assurances", "pledge", "appeal", "plea",
                                 "rebuke", "response", "reply", "denial", "announcement"})
SPEECH_ACT_VERBS = frozenset({"issued", "delivered", "gave", "sent", "struck", "offered",
                              "issues", "delivers", "gives", "sends", "strikes", "offers"})
# "…, saying …": a participle that reports what the clause's subject said.
PARTICIPLE_CUES = frozenset({"saying", "adding", "arguing", "noting", "warning", "insisting",
                             "stressing", "explaining", "claiming", "telling", "declaring",
                             "accusing", "urging", "vowing", "promising", "asserting",
                             "asking", "announcing", "suggesting", "predicting", "acknowledging",
                             "admitting", "recalling", "stating", "writing", "tweeting",
                             "denying", "complaining", "responding", "replying",
                             "confirming", "cautioning", "contending", "maintaining",
                             "encouraging", "chanting", "shouting", "yelling", "demanding",
                             "chiding", "remarking", "conceding", "charging", "alleging", "quipping",
                             "joking", "boasting", "pleading", "lamenting", "countering", "wondering",
                             "assuring"})
# "called Hale a “bully”", "likened them to a “vicious snake”": verbs that report what
# someone said only when they carry a quotation.
QUOTING_VERBS = frozenset("""
called calls call calling described describing branded brands branding dubbed dubs dubbing
labeled labelled labels labeling labelling termed terms likened likens likening hailed hails
hailing blasted blasts blasting slammed slams slamming praised praises praising mocked mocks
mocking denounced denounces denouncing decried decries decrying dismissed dismisses dismissing
lauded lauds lauding ridiculed touted touts touting cited cites citing proclaimed proclaims
blamed blames blaming credited credits thanked thanks characterized characterizes
characterised portrayed portrays portray portraying referred refers referring echoed echoes echoing referenced
references referencing rated rates compared compares comparing attacked attacks attacking questioned
""".split())
# "the documents show": verbs that report only when a document is their subject.
DOCUMENT_VERBS = frozenset({"show", "shows", "showed", "indicate", "indicates", "indicated", "reads", "read"})
# "did not say whether", "isn't saying what": a verb of saying whose negation still reports what was
# asked and withheld (not "declined to comment" or "did not respond to a request": nothing was said).
WITHHELD_SPEECH = frozenset("""
say said says saying tell told telling explain explained explaining specify specified confirm
confirmed
""".split())
# "refused to say", "led Ruiz to declare": verbs of saying as they stand after "to".
INFINITIVE_SPEECH = frozenset("""
say tell declare announce confirm testify tweet state explain argue claim suggest insist warn admit
deny acknowledge stress predict complain concede reiterate accuse criticize criticise proclaim assert
""".split())
