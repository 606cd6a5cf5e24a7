"""Errors the engine raises about an article; each message says what to fix."""

__all__ = ["ArticleError", "ArticleNotFound", "ArticleUnreadable", "EmptyArticle"]


class ArticleError(Exception):
    """The article could not be used; ``str(error)`` is a one-line message for people."""


class ArticleNotFound(ArticleError):
    """No file at the article path."""


class ArticleUnreadable(ArticleError):
    """The file exists but is not UTF-8 text (binary, wrong encoding, or no permission)."""


class EmptyArticle(ArticleError):
    """The file holds no sentences to index."""
