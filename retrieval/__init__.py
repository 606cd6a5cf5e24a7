"""The answer engine: article text in, attributed sentences and answers out. No Discord here."""

from retrieval.gc_pause import collector_paused

# The collector is paused while the engine's modules load: they make thousands of lasting
# objects (functions, classes, word sets), which it would otherwise scan, in numpy's heap, nine times.
with collector_paused():
    from retrieval.article import Article, Dateline, load_article, parse_article
    from retrieval.attribution import Attribution
    from retrieval.errors import ArticleError, ArticleNotFound, ArticleUnreadable, EmptyArticle
    from retrieval.qa import Engine
    from retrieval.questions import MAX_QUESTION_CHARS
    from retrieval.quote_records import Quote
    from retrieval.results import Answer, Result
    from retrieval.sentences import Sentence
    from retrieval.speakers import Speaker, SpeakerRegistry

__all__ = [
    "MAX_QUESTION_CHARS",
    "Answer",
    "Article",
    "ArticleError",
    "ArticleNotFound",
    "ArticleUnreadable",
    "Attribution",
    "Dateline",
    "EmptyArticle",
    "Engine",
    "Quote",
    "Result",
    "Sentence",
    "Speaker",
    "SpeakerRegistry",
    "load_article",
    "parse_article",
]
