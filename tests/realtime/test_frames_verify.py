"""Small frames are safe (in the spirit of Zulip's verify_action): for every kind of room change
and every audience, the screen's snapshot from before the change, plus the frames the change
sends (applied as htmx applies them, tests/htmx_frames.py), is the snapshot from after it.

One story in one event room walks through every member of `Change`; a kind the story misses
fails the story (its last line)."""

import uuid

import pytest
from django.utils import timezone

from realtime import broadcast, snapshots
from sessions_app.audience import Audience
from sessions_app.changes import Change, room_change
from sessions_app.models import Condition, Room
from sessions_app.services import (
    actions, core, events, harvest, interviews, joining, lens, moderation, notes, participants, phases, presence,
    privacy, propositions, reveal, rooms, report, themes, timer, votes,
)
from tests.htmx_frames import Screen, snapshot_html

pytestmark = pytest.mark.django_db(transaction=True)
AUDIENCES = tuple(Audience)
PHONE_LIMIT = {Change.NOTE_ADDED: 2048}  # bytes to each phone; the kinds below get 4 KiB
SMALL = {
    Change.PHASE_SET, Change.PHASE_PROMPT, Change.WRITING_SET, Change.WRITING_MODE, Change.TIMER_SET,
    Change.TIMER_EXPIRED, Change.READY_SET, Change.PARTICIPANT_JOINED, Change.PARTICIPANT_REMOVED,
    Change.PARTICIPANT_READMITTED, Change.ROOM_CLOSED, Change.ROOM_REOPENED, Change.REPORT_SHARE,
    Change.EVENT_BANNER, Change.ACTION_ADDED, Change.ACTION_CHANGED, Change.ACTION_DELETED, Change.NOTE_EDITED,
    Change.NOTE_HIDDEN, Change.NOTE_DELETED, Change.VOTE_CHANGED, Change.LINK_RENEWED, Change.JOINING_SET,
}


class Recorder:
    """What the change sent: room frames per group, and the frames for one phone."""

    def __init__(self, monkeypatch):
        self.sent = []
        monkeypatch.setattr(broadcast, "publish", self.sent.extend)
        monkeypatch.setattr(broadcast, "send_personal", lambda pk, message: self.sent.append((f"participant-{pk}", message)))

    def frames(self, room, audience, viewer=None) -> list[str]:
        found = []
        for group, item in self.sent:
            if group == f"room-{room.pk}-{audience}-nl":
                found.append(item)
            elif viewer and group == f"participant-{viewer}" and item["type"] == "personal.frame":
                found.append(item["frames"]["nl"])
        return found


def snapshot(room, audience, viewer=None) -> str:
    snapshots.clear()
    return snapshots.board(room.pk, audience, "nl", viewer if audience == "participants" else None)


@pytest.fixture
def kinds_sent():
    """The kinds of the changes committed (in order)."""
    published = []

    def receiver(sender, kind, **kwargs):
        published.append(Change(kind))

    room_change.connect(receiver, dispatch_uid="test-frames-verify")
    yield published
    room_change.disconnect(dispatch_uid="test-frames-verify")


@pytest.fixture
def story(monkeypatch, kinds_sent):
    event = events.create_event(slug="werkplaats", title="Werkplaats")
    first = events.add_round(event, title="Ronde 1")
    event.current_round = first
    event.save(update_fields=["current_round"])
    room = rooms.create_room(event=event, round=first, title="Armoede")
    anna = participants.join_room(room, uuid.uuid4(), name="Anna", perspective="ervaringsdeskundige")
    bram = participants.join_room(room, uuid.uuid4(), name="Bram", perspective="beleid")
    recorder = Recorder(monkeypatch)
    walked = set()

    def verify(step, viewer=anna):
        """Runs one step; every screen's snapshot + its frames must equal its fresh snapshot."""
        pages = {audience: Screen(snapshot(room, audience, viewer.pk)) for audience in AUDIENCES}
        recorder.sent.clear()
        kinds_sent.clear()
        step()
        walked.update(kinds_sent)
        sizes = {}
        for audience, screen in pages.items():
            sent = recorder.frames(room, audience, viewer.pk)
            for frame in sent:
                screen.take(frame)
            assert screen.gaps == [], (kinds_sent, audience)
            assert screen.html() == snapshot_html(snapshot(room, audience, viewer.pk)), (kinds_sent, audience)
            sizes[audience] = sum(len(frame.encode()) for frame in sent)
        for kind in kinds_sent:
            limit = PHONE_LIMIT.get(kind, 4096 if kind in SMALL else None)
            if limit:
                assert sizes["participants"] <= limit and sizes["presenters"] <= limit, (kind, sizes)
        return sizes

    return type("Story", (), {"room": room, "event": event, "anna": anna, "bram": bram, "step": verify, "walked": walked})


def write(room, who, text, phase=None):
    return notes.add_note(room, who, phase=phase or fresh(room).phase, text=text, client_id=f"c-{text}")[0]


def fresh(room):
    return Room.objects.get(pk=room.pk)


def test_every_change_kind_applied_to_every_screen_gives_the_fresh_snapshot(story):
    room, anna, bram, step = story.room, story.anna, story.bram, story.step
    ids = {}
    step(lambda: ids.update(first=write(fresh(room), anna, "De buurtkamer is elke ochtend open").pk))
    step(lambda: ids.update(second=write(fresh(room), bram, "Eén loket voor alles").pk))
    step(lambda: ids.update(third=write(fresh(room), anna, "Koken met de buren <b>samen</b>").pk))
    step(lambda: participants.join_room(fresh(room), uuid.uuid4(), name="Cas", perspective="praktijk"))
    step(lambda: moderation.set_hidden(fresh(room), ids["third"], True))
    step(lambda: moderation.set_hidden(fresh(room), ids["third"], False))
    step(lambda: moderation.edit_note(fresh(room), ids["second"], "Eén loket, dichtbij"))
    step(lambda: moderation.delete_note(fresh(room), ids["third"], by=anna))
    step(lambda: moderation.restore_note(fresh(room), ids["third"], by=anna))  # "Zet terug"
    step(lambda: moderation.delete_note(fresh(room), ids["third"], by=anna))
    step(lambda: themes.create_theme(fresh(room), "Dichtbij", [ids["first"]]))
    # The positive core (issue 15): marked in verkennen; a core note that is edited, hidden and
    # shown again brings the band along.
    step(lambda: core.set_core(fresh(room), note_id=ids["second"], on=True))
    step(lambda: core.set_core(fresh(room), theme_id=theme_id(room, "Dichtbij"), on=True))
    step(lambda: moderation.edit_note(fresh(room), ids["second"], "Eén loket, heel dichtbij"))
    step(lambda: moderation.set_hidden(fresh(room), ids["second"], True))
    step(lambda: moderation.set_hidden(fresh(room), ids["second"], False))
    step(lambda: themes.set_room_spotlight(fresh(room), note_id=ids["second"]))
    step(lambda: themes.set_proposals(fresh(room), True))
    step(lambda: themes.propose_theme(fresh(room), bram, "Samen eten"))
    step(lambda: reveal.set_writing_mode(fresh(room), "private"))
    step(lambda: ids.update(secret=write(fresh(room), anna, "Alleen voor mij, nog even").pk))
    step(lambda: ids.update(other=write(fresh(room), bram, "Bram schrijft privé").pk))
    step(lambda: reveal.reveal(fresh(room)))
    step(lambda: rooms.set_prompt(fresh(room), "verkennen", "Wat werkt er al goed in jouw buurt?"))
    step(lambda: rooms.set_prompt(fresh(room), "verbeelden", "Wie heb je nodig?"))
    step(lambda: rooms.set_phase_title(fresh(room), "verkennen", "Parels zoeken"))  # issue 15
    step(lambda: interviews.start(fresh(room), "Wat ging goed?\nWie hielp?"))
    step(lambda: timer.pause(fresh(room)))  # the turn's timer: a running clock differs from second to second
    step(lambda: interviews.add_story(fresh(room), bram, text="Anna kreeg hulp van de buren.", client_id="s-1"))
    step(lambda: interviews.correct_story(fresh(room), interviews_about(room), story_id(room), "De buren hielpen."))
    step(lambda: interviews.swap(fresh(room)))
    step(lambda: timer.pause(fresh(room)))
    step(lambda: interviews.stop(fresh(room)))
    step(lambda: presence.set_ready(fresh(room), anna, True))
    step(lambda: presence.set_ready(fresh(room), bram, True), viewer=bram)
    step(lambda: timer.start(fresh(room), 300))
    step(lambda: timer.pause(fresh(room)))
    step(lambda: phases.set_writing(fresh(room), False))
    step(lambda: phases.set_writing(fresh(room), True))
    step(lambda: timer.start(fresh(room), 60, closes_writing=True))
    step(lambda: expire_now(room))
    step(lambda: phases.set_phase(fresh(room), "verbeelden"))
    step(lambda: timer.stop(fresh(room)))
    step(lambda: phases.set_writing(fresh(room), True))
    step(lambda: ids.update(fourth=write(fresh(room), bram, "Met de wijkagent", phase="verbeelden").pk))
    # Droomzinnen (issue 15): written, endorsed by another phone, linked to a theme in the core.
    step(lambda: ids.update(droom=propositions.add_proposition(fresh(room), anna, text="Wij kennen elkaar", client_id="d-1")[0].pk))
    step(lambda: propositions.endorse(fresh(room), bram, ids["droom"]), viewer=bram)
    step(lambda: propositions.link(fresh(room), ids["droom"], theme_id=theme_id(room, "Dichtbij")))
    step(lambda: propositions.link(fresh(room), ids["droom"], note_id=ids["first"]))
    step(lambda: votes.open_vote(fresh(room), budget=3))
    step(lambda: votes.add_vote(fresh(room), anna, note_id=ids["fourth"]))
    step(lambda: votes.close_vote(fresh(room)))
    step(lambda: lens.set_lens(fresh(room), True))
    step(lambda: lens.tag_note(fresh(room), ids["fourth"], lens_tag(), participant=None))
    step(lambda: moderation.remove_participant(fresh(room), bram.pk))
    step(lambda: moderation.readmit_participant(fresh(room), bram.pk))
    step(lambda: phases.set_phase(fresh(room), actions_phase(room)))
    step(lambda: ids.update(action=actions.add_action(fresh(room), what="Buurtkamer langer open", who="Anna").pk))
    step(lambda: actions.edit_action(fresh(room), ids["action"], what="Buurtkamer ook 's avonds open", who="Anna"))
    step(lambda: harvest.set_highlight(fresh(room), "note", ids["first"], True))
    step(lambda: actions.delete_action(fresh(room), ids["action"]))
    step(lambda: themes.add_to_theme(fresh(room), theme_id(room, "Dichtbij"), [ids["second"]]))
    step(lambda: themes.merge_themes(fresh(room), theme_id(room, "Samen eten"), theme_id(room, "Dichtbij")))
    step(lambda: themes.dissolve_theme(fresh(room), theme_id(room, "Dichtbij")))  # it leaves the core and the roots
    step(lambda: core.set_core(fresh(room), note_id=ids["second"], on=False))
    step(lambda: events.send_message(story.event, "Over tien minuten koffie"))
    step(lambda: rooms.renew_facilitator_link(fresh(room)))
    step(lambda: joining.set_joining(fresh(room), False))
    step(lambda: joining.set_joining(fresh(room), True))
    step(lambda: rooms.set_language(fresh(room), "en"))
    step(lambda: rooms.set_language(fresh(room), "nl"))
    step(lambda: rooms.close_room(fresh(room)))
    step(lambda: report.set_sharing(fresh(room), True))
    step(lambda: rooms.reopen_room(fresh(room)))
    step(lambda: privacy.leave_room(fresh(room).participants.get(name="Cas")))
    step(lambda: events.close_event(story.event))

    assert set(Change) - story.walked == {Change.ROOM_DELETED}  # checked on its own below


def test_a_deleted_room_tells_every_screen(story, kinds_sent, monkeypatch):
    recorder = Recorder(monkeypatch)
    kinds_sent.clear()
    privacy.delete_room(story.room)

    assert kinds_sent == [Change.ROOM_DELETED]
    for audience in ("participants", "facilitators"):
        (frame,) = recorder.frames(story.room, audience)
        assert "Deze deelsessie is verwijderd." in frame


def story_id(room):
    return Room.objects.get(pk=room.pk).notes.get(client_id="s-1").pk


def interviews_about(room):
    return Room.objects.get(pk=room.pk).notes.get(client_id="s-1").about


def expire_now(room):
    Room.objects.filter(pk=room.pk).update(timer_ends_at=timezone.now())
    timer.expire_if_due(fresh(room))


def theme_id(room, title):
    return room.themes.get(title=title).pk


def actions_phase(room):
    from sessions_app.reads.board import actions_phase as phase_of_actions

    return phase_of_actions(fresh(room))


def lens_tag():
    return Condition.INCLUSIE.value
