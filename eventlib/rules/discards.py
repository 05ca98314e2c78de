"""Discard lists: phrases that mark a sentence, or a whole story, as not political news
("World Golf Championships", "box office"). A story discard drops every event of its article;
a sentence discard drops the events of its sentence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

__all__ = ["Discards"]


@attrs.frozen
class Discards:
    """Normalised discard phrases, matched as whole words."""

    sentence: frozenset[tuple[str, ...]] = frozenset()
    story: frozenset[tuple[str, ...]] = frozenset()
    longest: int = attrs.field(init=False)

    @longest.default
    def _longest(self) -> int:
        return max((len(p) for p in (*self.sentence, *self.story)), default=0)

    @classmethod
    def of(cls, phrases: Iterable[tuple[tuple[str, ...], bool]]) -> Discards:
        """From (words, whole_story) pairs; empty phrases are left out."""
        sentence: set[tuple[str, ...]] = set()
        story: set[tuple[str, ...]] = set()
        for words, whole_story in phrases:
            if words:
                (story if whole_story else sentence).add(tuple(words))
        return cls(frozenset(sentence), frozenset(story))

    def __len__(self) -> int:
        return len(self.sentence) + len(self.story)

    def merged(self, other: Discards) -> Discards:
        return Discards(self.sentence | other.sentence, self.story | other.story)

    def verdict(self, words: Sequence[str]) -> str | None:
        """'story' or 'sentence' when normalised ``words`` hold a discard phrase (story wins), else None."""
        found = None
        for start in range(len(words)):
            for size in range(1, min(self.longest, len(words) - start) + 1):
                phrase = tuple(words[start:start + size])
                if phrase in self.story:
                    return "story"
                if phrase in self.sentence:
                    found = "sentence"
        return found
