"""Arabic names cut after a father's name: "Prince Badr bin Abdullah bin Farhan Al Saud",
then "Prince Badr bin Abdullah"."""

from __future__ import annotations

from collections.abc import Container, Sequence

from bot.authoring.canonical_names import Named

__all__ = ["lineage_links", "lineage_owners", "lineage_tail_known"]

# "son of", "daughter of": a name that has one names the bearer's father after it.
_PARTICLES = frozenset({"bin", "Bin", "bint", "Bint", "ibn", "Ibn"})
# The family's article before its name: "Al Busaidi", "Al Saud".
_FAMILY = frozenset({"Al", "Āl", "Aal"})


def lineage_owners(persons: Sequence[Named]) -> dict[str, str]:
    """{key: owner's key} for a name with a father's name ("Badr bin Abdullah") whose words
    open exactly one other person's longer name ("Badr bin Abdullah bin Farhan Al Saud"):
    English news shortens such a name by dropping the grandfather and the family, and a man
    named for himself and his father is one man. A name that opens two longer names is left
    to neither."""
    owners: dict[str, str] = {}
    for person in persons:
        words = person.name.split()
        if not _PARTICLES.intersection(words[1:-1]):
            continue
        fits = [
            other.key
            for other in persons
            if other.key != person.key
            and len(other.name.split()) > len(words)
            and other.name.split()[: len(words)] == words
        ]
        if len(fits) == 1:
            owners[person.key] = fits[0]
    return owners


def lineage_links(words: Sequence[str]) -> int:
    """How many fathers' names a name gives beyond the first ("Badr bin Abdullah bin Farhan
    Al Saud": one): each is a link of the bearer's line, not a longer name."""
    return max(0, sum(word in _PARTICLES for word in words) - 1)


def lineage_tail_known(words: Sequence[str], known: Container[str]) -> bool:
    """Whether a name with a father's name ends in a family name already known as a person
    ("Badr bin Hamad bin Hamood Al Busaidi", then "Al Busaidi said"): the full name written
    once without a cue is that person's, as a surname said on second reference points back
    to it. `known` holds the persons' keys (lowercase names)."""
    if not _PARTICLES.intersection(words[1:-2]) or words[-2] not in _FAMILY:
        return False
    return " ".join(words[-2:]).casefold() in known
