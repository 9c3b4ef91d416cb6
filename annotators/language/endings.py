"""Whether a text ends with one of many words, asked of the words that end in its last character only.

``str.endswith`` over a tuple compares the text with every word of it in turn; a table of
a hundred organisation heads (:func:`.title_words.ends_with_org_head`) made each question a
hundred comparisons. :class:`Endings` keeps the words by their last character, so that a
question compares the text with the few words that can match at all, and answers the same.
"""

from __future__ import annotations

from typing import Dict, Iterable, List, Optional, Tuple


class Endings:
    """A set of words (empty ones left out) for :meth:`ends`, grouped by their last character.

    Args:
        words (Iterable[str]): The words.
    """

    def __init__(self, words: Iterable[str]) -> None:
        grouped: Dict[str, List[str]] = {}
        for word in words:
            if word:
                grouped.setdefault(word[-1], []).append(word)
        self._by_last: Dict[str, Tuple[str, ...]] = {last: tuple(group) for last, group in grouped.items()}

    def ends(self, text: str, start: int = 0, end: Optional[int] = None) -> bool:
        """``text.endswith(words, start, end)``, for offsets inside the text (``start`` not negative).

        Args:
            text (str): The text.
            start (int): Where the part of ``text`` asked about starts. Defaults to 0.
            end (int, optional): Where it ends. Defaults to None (the end of ``text``).
        """
        stop = len(text) if end is None or end > len(text) else end
        if stop <= start or stop <= 0:
            return False  # an empty part ends with no word
        group = self._by_last.get(text[stop - 1])
        return group is not None and text.endswith(group, start, stop)
