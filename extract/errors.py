"""The error every reader of user input raises: which file, what was wrong, what to do."""
from __future__ import annotations


class ArticleError(ValueError):
    """An article (or sources.csv) that could not be read: which file, what was
    wrong, what to do. `str(error)` is the message to show the user."""

    def __init__(self, name: str, reason: str, advice: str) -> None:
        self.name = name
        self.reason = reason
        self.advice = advice
        super().__init__(f"{name}: {reason}. {advice}")
