"""The names nearest to one typed wrong: an id, a key, an option. A swap of two letters
('--jsno') is one slip, as people make them, not the two changes difflib counts it as."""

from __future__ import annotations

from collections.abc import Iterable


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, swaps.
    With ``limit``, any distance over it comes back as ``limit + 1``, found sooner: once a
    whole row of the table is over the limit, the rest cannot come back under it (and the
    common start and end of the two are set aside first, as they cost nothing)."""
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if limit is not None and min(current) > limit and (not previous2 or min(previous) > limit):
            return limit + 1
        previous2, previous = previous, current
    distance = previous[len(b)]
    return distance if limit is None else min(distance, limit + 1)


def closest(typed: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """Up to ``limit`` of ``names`` nearest to ``typed`` (case aside), nearest first and
    in their own order on a tie; a name counts as near within a third of the typed
    length in edits (one edit, for a short one)."""
    wanted = typed.casefold()
    allowed = max(1, len(wanted) // 3)
    scored: list[tuple[int, int, str]] = []
    for order, name in enumerate(names):
        if abs(len(name) - len(wanted)) > allowed:
            continue  # too long or too short to be near: no need to count the edits
        distance = edit_distance(wanted, name.casefold(), allowed)
        if distance <= allowed:
            scored.append((distance, order, name))
    return [name for _, _, name in sorted(scored)[:limit]]
