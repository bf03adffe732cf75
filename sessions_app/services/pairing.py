"""Who interviews whom: the phones of a room in tweetallen, unlikely pairs first.

Waarderend interviews work best between people who do not share a seat: an ervaringsdeskundige
with a beleidsmaker rather than two beleidsmakers. So each pair takes one person from the
perspective with the most people still waiting and one from the next largest *other*
perspective; only when one perspective is left do two of the same kind meet. An odd number
makes one trio: the last person joins the group they differ most from. Pure: no database."""

from collections import OrderedDict


def groups(people: list, perspective=lambda person: person.perspective) -> list[list]:
    """`people` in the order they came (earlier first, so the result is stable); returns groups
    of two, and one of three when the number is odd. Fewer than two people: no groups."""
    if len(people) < 2:
        return []
    waiting: OrderedDict[str, list] = OrderedDict()
    for person in people:
        waiting.setdefault(perspective(person) or "", []).append(person)
    made = []
    while sum(len(queue) for queue in waiting.values()) >= 2:
        first = _largest(waiting)
        person = waiting[first].pop(0)
        other = _largest(waiting, besides=first)
        partner = waiting[other if other is not None else first].pop(0)
        made.append([person, partner])
    leftover = [person for queue in waiting.values() for person in queue]
    if leftover:
        (person,) = leftover
        own = perspective(person) or ""
        best = min(made, key=lambda group: sum((perspective(member) or "") == own for member in group))
        best.append(person)
    return made


def _largest(waiting: OrderedDict, besides: str | None = None) -> str | None:
    """The perspective with the most people waiting (the first one on a tie), or None."""
    best = None
    for key, queue in waiting.items():
        if key == besides or not queue:
            continue
        if best is None or len(queue) > len(waiting[best]):
            best = key
    return best
