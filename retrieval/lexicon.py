"""Closed word lists of English news style, shared by the splitter, attribution and index.

They describe the language, never one article: reporting verbs, titles, honorifics,
abbreviations and function words.
"""

__all__ = [
    "ABBREVIATIONS",
    "ANONYMOUS_SOURCES",
    "AUXILIARIES",
    "CLOSING_PUNCT",
    "COUNTRIES",
    "DAYS",
    "DEMONYMS",
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "FEMALE_NAMES",
    "FEMALE_WORDS",
    "HONORIFICS",
    "MALE_NAMES",
    "MALE_WORDS",
    "MEMBER_NOUNS",
    "MONTHS",
    "NEGATIONS",
    "NOT_NAME_OPENERS",
    "NUMBER_WORDS",
    "OPENING_PUNCT",
    "ORG_NOUNS",
    "OWNER_PRONOUNS",
    "PARTY_MEMBERS",
    "PASSIVE_AUXILIARIES",
    "PERSON_SUBJECTS",
    "PREPOSITIONS",
    "PRONOUNS",
    "RELATION_NOUNS",
    "ROLE_NOUNS",
    "SENTENCE_CONJUNCTIONS",
    "SENTENCE_OPENERS",
    "SENTENCE_STARTERS",
    "STOP_WORDS",
    "TIME_PHRASE_WORDS",
    "TIME_UNITS",
    "TIME_WORDS",
    "TITLE_ABBREVIATIONS",
    "TITLE_WORDS",
    "VERB_LIKE_ROLES",
]

OPENING_PUNCT = frozenset("“‘\"'([")
CLOSING_PUNCT = "”’\"')]"

# Courtesy titles: they tell gender at most, never a role.
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "messrs", "mme", "mlle", "miss"})
# Abbreviated titles are roles: "Sen. Patricia Oduya" is a senator.
TITLE_ABBREVIATIONS = {"sen": "Senator", "rep": "Representative", "gov": "Governor", "gen": "General",
                       "lt": "Lieutenant", "col": "Colonel", "capt": "Captain", "sgt": "Sergeant",
                       "adm": "Admiral", "maj": "Major", "rev": "Reverend", "prof": "Professor",
                       "pres": "President", "supt": "Superintendent", "cmdr": "Commander",
                       "det": "Detective", "insp": "Inspector", "atty": "Attorney", "hon": "Honourable",
                       "del": "Delegate", "amb": "Ambassador"}
ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "no", "nos", "st",
                           "vs", "etc", "approx", "est", "dept", "univ", "jan", "feb", "mar",
                           "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                           "mt", "ft", "ave", "blvd", "fig", "al", "e.g", "i.e"})
# Words that start a new sentence after an abbreviation ("... in the U.S. The next day").
SENTENCE_STARTERS = frozenset({"the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
                               "this", "that", "these", "those", "there", "but", "and", "in",
                               "on", "at", "for", "his", "her", "its", "their", "our", "if",
                               "when", "while", "as", "after", "before", "some", "many",
                               "most", "all", "no", "one", "two", "however", "meanwhile", "yet"})

# Words that open a phrase before a sentence's subject ("When she arrived, she said",
# "Moreover, he added") and the conjunctions that just come first ("But Smith said").
SENTENCE_OPENERS = frozenset({
    "when", "whenever", "after", "before", "while", "whereas", "as", "though", "although", "if",
    "unless", "because", "since", "until", "once", "despite", "following", "however", "moreover",
    "meanwhile", "nonetheless", "nevertheless", "instead", "indeed", "finally", "furthermore",
    "besides", "overall", "likewise", "similarly", "otherwise", "thus", "hence", "therefore",
    "ah", "oh", "yes", "well", "earlier", "later", "again", "asked", "unlike", "like", "among", "amid",
    "according", "in", "for", "still", "now", "so", "then", "also", "yet", "plus", "sure",
    "ever", "even", "nowadays", "increasingly",
})
SENTENCE_CONJUNCTIONS = frozenset({"but", "and", "so", "yet", "or", "then", "now", "also", "still"})

AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might",
                         "should", "shall", "did", "does", "do", "is", "was", "were", "are",
                         "been", "be", "being", "also", "later", "then", "again", "once",
                         "previously", "earlier", "separately", "further", "first",
                         "recently", "repeatedly", "still", "often", "publicly", "privately",
                         "long", "just", "now", "already", "since"})
PASSIVE_AUXILIARIES = frozenset({"is", "was", "were", "are", "been", "being", "be", "get",
                                 "got"})
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "to", "cannot", "declined", "refused"})

# Numbers written as words: "Thirteen years earlier, she …" opens with no one's name.
NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
    "billion", "dozen", "dozens", "hundreds", "thousands", "millions"})
DETERMINERS = frozenset({"a", "an", "the", "another", "one", "two", "three", "several",
                         "some", "many", "its", "his", "her", "their", "our", "this", "that",
                         "these", "those"})
PRONOUNS = frozenset({"he", "she", "they", "it"})
# "her claim that …": whose it is, and the pronoun that stands for that owner ("she")
OWNER_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Pronouns that are only subjects and stand for people: "he said", "they say".
PERSON_SUBJECTS = frozenset({"he", "she", "they"})
MALE_WORDS = frozenset({"he", "him", "his", "spokesman", "chairman", "mr", "king", "prince",
                        "businessman", "congressman", "man", "father", "son", "brother",
                        "husband", "boy"})
FEMALE_WORDS = frozenset({"she", "her", "hers", "spokeswoman", "chairwoman", "mrs", "ms",
                          "miss", "queen", "princess", "businesswoman", "congresswoman",
                          "woman", "mother", "daughter", "sister", "wife", "girl", "madam"})

# Capitalised words that make a title, not a name: "U.S. Secretary of State Rex Tillerson".
TITLE_WORDS = frozenset({
    "president", "vice", "prime", "minister", "ministry", "secretary", "secretary-general",
    "spokesman", "spokeswoman", "spokesperson", "foreign", "defense", "defence", "chief",
    "director", "general", "governor", "senator", "representative", "congressman",
    "congresswoman", "mayor", "ambassador", "chairman", "chairwoman", "chair", "ceo", "cfo",
    "king", "queen", "prince", "princess", "pope", "judge", "justice", "commissioner",
    "chancellor", "premier", "officer", "leader", "speaker", "deputy", "acting", "former",
    "attorney", "treasury", "finance", "economy", "trade", "interior", "home", "health",
    "education", "energy", "state", "commerce", "lieutenant", "colonel", "admiral", "sergeant",
    "captain", "major", "department", "agency", "office", "council", "committee", "envoy",
    "adviser", "advisor", "counsel", "executive", "founder", "head", "professor", "dr", "mr",
    "mrs", "ms", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm", "maj", "rev",
    "house", "senate", "white", "national", "security", "army", "navy", "air", "force",
    "police", "commander", "economist", "analyst", "sheikh", "emir", "sultan", "crown",
    "archbishop", "bishop", "cardinal", "rabbi", "imam", "coach", "manager", "chairperson",
    "lawmaker", "legislator", "mp", "delegate", "official", "administrator", "inspector",
    "superintendent", "sheriff", "marshal", "first", "lady", "supreme", "court", "federal",
    "central", "bank", "board", "union", "party", "opposition", "government", "cabinet",
    "nurse", "doctor", "teacher", "pastor", "father", "sister", "brother", "detective",
    "constable", "trooper", "firefighter", "councillor", "councilman", "councilwoman",
    "alderman", "assemblyman", "assemblywoman", "president-elect", "sir", "dame", "lord",
})
# Lower-case nouns that name a person by job: the head of "a U.S. official said".
ROLE_NOUNS = frozenset({
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "diplomat",
    "diplomats", "source", "sources", "analyst", "analysts", "expert", "experts", "adviser",
    "advisers", "aide", "aides", "officer", "officers", "executive", "executives", "lawmaker",
    "lawmakers", "senator", "president", "secretary", "director", "ambassador", "envoy",
    "leader", "leaders", "chairman", "chairwoman", "economist", "economists", "researcher",
    "researchers", "scientist", "scientists", "witness", "witnesses", "resident", "residents",
    "spokespeople", "representative", "negotiator", "negotiators", "commander", "governor",
    "mayor", "judge", "lawyer", "lawyers", "attorney", "prosecutor", "prosecutors", "police",
    "ministry", "government", "company", "agency", "department", "office", "embassy",
    "statement", "committee", "council", "group", "party", "military", "army", "court",
    "person", "people", "man", "woman", "member", "members", "staff", "employee", "employees",
    "board", "firm", "groups", "suspect", "sister", "brother", "daughter", "son", "wife", "husband",
    "nominee", "candidate", "regulator", "watchdog", "union", "mother", "father",
    "nurse", "doctor", "teacher", "student", "farmer", "worker", "workers", "engineer", "driver",
    "owner", "activist", "activists", "author", "writer", "reporter", "journalist", "founder",
    "partner", "manager", "investor", "investors", "trader", "traders", "strategist", "professor",
    "survivor", "victim", "neighbor", "neighbour", "coach", "player",
    "chief", "head", "firefighter", "detective", "sheriff", "inspector",
    "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "centre-back",
    "captain", "substitute", "referee", "athlete", "runner", "champion", "biologist", "physicist",
    "chemist", "ecologist", "epidemiologist", "virologist", "historian", "lecturer", "consultant",
    "gp", "surgeon", "physician", "psychologist", "midwife", "pharmacist", "architect",
    "voters", "critics", "observers", "doctors", "supporters", "protesters", "pollster",
    "pollsters", "strategists", "advocates", "organizers", "organisers", "attendees",
    "veterans", "delegates", "donors", "allies", "opponents", "rivals",
    "friend", "host", "campaign", "colleague", "relative", "insider", "respondent", "voter",
    "participant", "customer", "parent", "fan", "follower", "businessman", "businesswoman",
    "billionaire", "mogul", "congressman", "congresswoman", "contender", "challenger",
    "incumbent", "operative", "pundit", "commentator", "columnist", "editor", "anchor",
    "moderator", "counsel", "advisor", "co-founder", "co-author", "ceo", "chairperson", "organizer",
    "organiser", "advocate", "critic", "observer", "supporter", "protester", "demonstrator",
    "scholar", "academic", "judges", "justices", "justice", "administration", "percent",
    "narrator", "announcer", "surrogate", "authorities", "family", "team", "front-runner",
    "frontrunner", "hopeful", "veteran", "delegate", "donor", "opponent", "confidant",
    "user", "commenter", "reader", "viewer", "blogger",
    "staffer", "treasurer", "clerk", "constituent", "deputy", "assistant", "intern", "boss",
    "ally", "backer", "rival", "loyalist",
    "councillor", "councilor", "councilman", "councilwoman", "commissioner", "sergeant", "forecaster",
})
# Who someone is to another, not a job: countries and parties have allies and rivals too, a title
# says more ("Ruiz's rival, Sen. Tom Hale"), and capitalised they are names ("Ally Hale", "Ida Backer").
RELATION_NOUNS = frozenset({"ally", "backer", "rival", "loyalist", "supporter", "critic", "opponent",
                            "friend", "foe", "confidant", "admirer", "detractor"})
# Job nouns whose plural is also a common verb ("heads the board"): they stay singular.
VERB_LIKE_ROLES = frozenset({"head", "chief", "judge", "witness", "partner", "coach", "staff",
                             "board", "court", "party", "police", "source", "office", "group",
                             "union", "forward", "runner", "host", "anchor", "counsel",
                             "advocate", "campaign", "fan", "parent", "moderator", "editor",
                             "percent", "ceo", "team"})

STOP_WORDS = frozenset("""
a about above after again against all am an and any are aren't as at be because been before
being below between both but by can could did didn't do does doesn't doing don't down during
each few for from further had has have having he her here hers herself him himself his how i
if in into is isn't it it's its itself just me more most my myself no nor not of off on once
only or other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself
yourselves us also s t please tell know whats what's does anything something thing things
much many
""".split())

# Words that look like a name after "said" but tell when: "said Thursday".
DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "today", "yesterday", "tonight"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})
TIME_WORDS = DAYS | MONTHS | {"earlier", "later", "last", "next", "this"}
# Capitalised words opening a sentence that are no name: "Sometimes …", "Monday …", "May …", "The …".
NOT_NAME_OPENERS = STOP_WORDS | SENTENCE_OPENERS | DAYS | MONTHS
# What may stand with a day or month in "on Tuesday", "late Friday", "Thursday night".
TIME_PHRASE_WORDS = frozenset({"on", "in", "late", "early", "earlier", "last", "this", "next",
                               "since", "night", "morning", "afternoon", "evening"})
# "last month", "this week": spans of time that need a word pointing at them.
TIME_UNITS = frozenset({"week", "month", "year", "weekend", "spring", "summer", "fall", "autumn",
                        "winter"})

# "according to an FDA statement", "… a survey by law firm X": documents speak for their authors.
DOCUMENT_NOUNS = frozenset({"statement", "report", "survey", "study", "poll", "filing", "letter",
                            "data", "figures", "analysis", "estimate", "estimates", "release",
                            "records", "documents", "document", "memo", "complaint", "ruling",
                            "reports", "surveys", "studies", "polls", "filings", "letters",
                            "analyses", "releases", "memos", "complaints", "count", "tally",
                            "review", "audit", "website", "book", "article", "transcript",
                            "transcripts", "email", "emails", "editorial", "indictment",
                            "lawsuit", "projections", "results", "numbers", "statistics",
                            "opinion", "tweet", "tweets", "ad", "card", "paper",
                            "message", "messages"})
# Jobs that introduce unnamed sources: "the official said" is never an epithet for a named person.
ANONYMOUS_SOURCES = frozenset({"official", "officials", "source", "sources", "spokesman",
                               "spokeswoman", "spokesperson", "diplomat", "diplomats", "aide",
                               "aides", "analyst", "analysts", "witness", "witnesses", "expert",
                               "experts", "person", "people", "resident", "residents"})
# "the company said": a body named before, not a new speaker called "company".
ORG_NOUNS = frozenset({"company", "firm", "group", "bank", "brewer", "maker", "carrier",
                       "airline", "retailer", "insurer", "lender", "manufacturer", "producer",
                       "operator", "startup", "business", "organization", "organisation",
                       "agency", "regulator", "watchdog", "government", "ministry", "department",
                       "council", "board", "union", "party", "court", "club", "team", "charity",
                       "university", "hospital", "school", "network", "broadcaster", "publisher",
                       "district", "college", "institute", "administration", "commission",
                       "authority", "association", "federation", "foundation", "service",
                       "office", "corporation", "embassy", "police"})
PREPOSITIONS = frozenset({"in", "at", "on", "from", "for", "by", "with", "of", "to", "into",
                          "during", "after", "before", "under", "over", "near", "across",
                          "outside", "inside", "about", "against", "between", "through",
                          "despite", "amid"})

# Common given names, for "he"/"she" when the text never says. A name missing here only
# means the gender is unknown, which the pronoun rules handle.
FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia
joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah
jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy
sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
charlotte marie kayla alexis lori fiona priya marta elena ana catarina sofia lucia carmen isabel
claire chloe julia eva anne jane ellen eleanor louise irene ingrid angela mei yuki hana aiko
fatima aisha layla leila nadia olga natalia irina svetlana tatiana anastasia ursula heidi greta
leanne ruth amina marta lucia lucía rebecca patricia karen dana siobhan niamh aoife sinead kirsty
""".split())
MALE_NAMES = frozenset("""
james robert john michael david william richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold
sean austin carl arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert
willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis
luis carlos miguel pedro duarte joaquim jorge manuel antonio francisco pablo diego javier
tom tim jim bob bill mike dave steve rex marcus omar ahmed mohammed muhammad ali hassan ivan
dmitry sergei vladimir igor hans klaus jurgen pierre jean-pierre francois marco luca giovanni
kenji hiroshi takeshi simon jon leon lewis ross neil ian colin graham stuart nigel
gordon angus callum liam connor declan kofi kwame tomas anders lars erik sven johannes pablo
""".split())

# "the Spanish minister" asks for "Spain’s … Minister": adjectives of place, read as the place.
DEMONYMS = {
    "spanish": "spain", "chinese": "china", "japanese": "japan", "french": "france",
    "german": "germany", "british": "britain", "english": "england", "american": "america",
    "russian": "russia", "italian": "italy", "portuguese": "portugal", "korean": "korea",
    "indian": "india", "iranian": "iran", "iraqi": "iraq", "israeli": "israel", "turkish": "turkey",
    "mexican": "mexico", "canadian": "canada", "australian": "australia", "ukrainian": "ukraine",
    "polish": "poland", "dutch": "netherlands", "swedish": "sweden", "swede": "sweden",
    "norwegian": "norway", "danish": "denmark", "greek": "greece", "egyptian": "egypt",
    "brazilian": "brazil", "pakistani": "pakistan", "afghan": "afghanistan", "syrian": "syria",
    "scottish": "scotland", "welsh": "wales", "irish": "ireland", "nigerian": "nigeria",
    "kenyan": "kenya", "swiss": "switzerland", "belgian": "belgium", "austrian": "austria",
    "palestinian": "palestine", "lebanese": "lebanon", "jordanian": "jordan", "vietnamese": "vietnam",
    "filipino": "philippines", "indonesian": "indonesia", "thai": "thailand", "taiwanese": "taiwan",
    "european": "europe", "african": "africa", "asian": "asia",
}

COUNTRIES = frozenset(DEMONYMS.values())  # names that speak as states, never as "he" or "she"

# "one Democrat said", "a German said": a member of a party or a people, not a name.
PARTY_MEMBERS = frozenset({"republican", "democrat", "independent", "libertarian"})
MEMBER_NOUNS = frozenset({*PARTY_MEMBERS, *DEMONYMS})
