"""Figures, not assertions of speed: what one dot costs to render, in a busy room
(60 notes, 40 phones, 120 dots). Run with -s to see them."""

import time

import pytest

from realtime import broadcast, frames
from sessions_app.models import Participant
from sessions_app.services import lens, votes
from tests.helpers import join_as
from tests.features.cast_b import write

pytestmark = pytest.mark.django_db(transaction=True)


def per_call_ms(fn, repeat=20) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat * 1000


def test_print_what_a_dot_costs_to_render(armoede):
    for n in range(40):
        join_as(armoede, f"Deelnemer {n}", "praktijk" if n % 2 else "beleid")
    phones = list(Participant.objects.filter(room=armoede))
    notes = [write(armoede, phones[n % 40].name, f"Idee nummer {n}") for n in range(60)]
    votes.open_vote(armoede, budget=3, max_per_item=3)
    lens.set_lens(armoede, True)
    for n, phone in enumerate(phones):
        for k in range(3):
            votes.add_vote(armoede, phone, note_id=notes[(n + k * 7) % 60].pk)

    changed = frames.build("vote.changed", armoede.pk, 1, {"note": notes[0].pk})
    mine = broadcast.render_my_votes(phones[0].pk)
    tagged = frames.build("note.tagged", armoede.pk, 1, {"note": notes[0].pk})
    print(
        f"\nvote.changed: {per_call_ms(lambda: frames.build('vote.changed', armoede.pk, 1, {'note': notes[0].pk})):.1f} ms"
        f" for all audiences, {len(changed['participants'])} B to phones, {len(changed['facilitators'])} B to the console"
        f"\nvotes.mine (one phone): {per_call_ms(lambda: broadcast.render_my_votes(phones[0].pk)):.1f} ms, {len(mine)} B"
        f"\nnote.tagged: {per_call_ms(lambda: frames.build('note.tagged', armoede.pk, 1, {'note': notes[0].pk}), 5):.1f} ms,"
        f" {len(tagged['participants'])} B to phones"
        f"\nsnapshot for comparison: {len(broadcast.snapshot(armoede.pk, 'participants', 'nl'))} B"
    )
    armoede.refresh_from_db()
    assert votes.remaining(armoede, phones[0]) == 0
