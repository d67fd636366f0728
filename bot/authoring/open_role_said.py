"""A role after a name, opened by "the" or "a", left open before the speech verb.

"Ada Obi, the Chair of the Norvik Growers Society says ...", "Tom Reed, the Varnholt county
harbour officer said ...", "Jo Lee, a resident of Mill Lane said ...": the writer set the role
off with one comma after the name and none before the verb. The role is the name's when it
names a body (a role noun, then "of", "for" or "at" and the body) or, after a name that opens
its sentence, is a role noun with at least two words before it; a bare "the governor said" or
"the Prime Minister said" after a name is a new subject ("..., Jo Lee, the governor said"),
never read as her role, and so is any such phrase after a name inside a fronted clause ("After
meeting Jo Lee, the head of the X Society said").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.authoring.lexicon import words

__all__ = ["role_left_open"]

_OPEN_ROLE = re.compile(
    r"\s*(?:the|a|an) (?P<role>[\w’'&-]+(?: [\w’'&-]+){1,10}?)"
    r" (?:says|said|told|added|stated|explained|noted)\b"
)
_LINKS = words("of for at")
# Words that join a body's name or describe it; any other lowercase function word (a verb, a
# pronoun, a clause's opener) means the phrase is no longer a role.
_IN_A_BODY = words("of the and for at in &")
_NOT_IN_A_ROLE = words(
    """who whom which whose that when where while after before because since as but or is was
    were are has have had be been will would could should can may might did does do he she they
    it we i you his her their its also then with from to by on not"""
)


def role_left_open(
    phrase: str, is_role_noun: Callable[[str], bool], *, opens_sentence: bool, set_off: bool
) -> str | None:
    """The role opening `phrase` (the text after the comma that follows a name) when it is
    "the/a ROLE" run straight into a speech verb, as above; None otherwise. `opens_sentence`:
    the name opens its sentence (a quote's closing comma may stand before it); `set_off`: a
    comma stands right before the name ("Addressing reporters, Jo Lee, the head of X said");
    one or the other is needed ("After meeting Jo Lee, the head of X said" is a new subject)."""
    match = _OPEN_ROLE.match(phrase) if opens_sentence or set_off else None
    if match is None:
        return None
    role = match.group("role")
    role_words = role.split()
    if any(w.casefold() in _NOT_IN_A_ROLE for w in role_words):
        return None
    link = next((k for k, w in enumerate(role_words) if w in _LINKS), None)
    head = role_words if link is None else role_words[:link]
    body = [] if link is None else role_words[link + 1 :]
    if not head or len(head) > 4 or not is_role_noun(head[-1]):
        return None
    if any(w.casefold() in _IN_A_BODY or not w.replace("-", "").isalpha() for w in head):
        return None
    if link is None and (len(head) < 3 or not opens_sentence):
        return None  # "..., Jo Lee, the governor said": a new subject
    if link is not None and not _a_body(body):
        return None
    return role


def _a_body(body: list[str]) -> bool:
    """Whether the words after "of" name or describe a body: a capitalised word in them, or
    up to three lowercase nouns ("Doho village"), none a verb form."""
    if not body or body[0] in _IN_A_BODY - {"the"}:
        return False
    content = [w for w in body if w.casefold() not in _IN_A_BODY]
    if not content or any(w.endswith(("ed", "ing", "ly")) and w.islower() for w in content):
        return False
    return any(w[0].isupper() for w in content) or len(content) <= 3
