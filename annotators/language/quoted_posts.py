"""A post printed in quotation marks right before the name (issue 19, blind round 6).

Features and profiles put a post in quotation marks and the name straight after the closing
mark (``“处长”王某在村里度过了国庆``, ``现村“第一书记”李某``): the name follows the post all the
same. Only a post the marks wrap exactly counts; an honour with more words inside the marks
(``“最美警察”王某``) keeps the marks between the post and the name, so no name is read there.
"""

from __future__ import annotations

from baokan.annotators.language.titles import Chain


def name_start_after(text: str, chain: Chain) -> int:
    """Where the name after the post ``chain`` may start: past the closing quotation mark when the
    marks wrap the post exactly (“处长”王某), else at the post's end."""
    if text[chain.start - 1 : chain.start] == "“" and text[chain.end : chain.end + 1] == "”":
        return chain.end + 1
    return chain.end
