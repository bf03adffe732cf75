"""Who may do what in a room, as plain functions of the actor. Every HTTP endpoint that changes
something asks `require(actor, action)` before calling a service; every socket command is asked
once, by its name, where the consumers run it (realtime/commands/base.py: authorise)."""

from django.utils.translation import gettext_lazy as _

from .identity import ORGANISER, PARTICIPANT, REMOVED, STAFF, Actor
from .services.errors import NotAllowed


def in_room(actor: Actor) -> bool:
    return actor.room is not None and (actor.role == PARTICIPANT or actor.steers)


def is_participant(actor: Actor) -> bool:
    return actor.room is not None and actor.role == PARTICIPANT


def was_participant(actor: Actor) -> bool:
    """In the room, or removed from it: either may still leave and take their notes along."""
    return actor.room is not None and actor.participant is not None and actor.role in (PARTICIPANT, REMOVED)


def steers(actor: Actor) -> bool:
    """Steers THIS room. An organiser on the event's socket has no room, so room actions sent
    there are refused instead of reaching a service without a room."""
    return actor.room is not None and actor.steers


def organises_this_event(actor: Actor) -> bool:
    """On an event's pages and socket: staff, or an organiser of that very event
    (identity.event_actor sets `actor.event`; a room's actor never passes)."""
    return actor.event is not None and actor.role in (ORGANISER, STAFF)


def is_attendee(actor: Actor) -> bool:
    return actor.event is not None and actor.attendee is not None


def anyone(actor: Actor) -> bool:
    return True


def may_create_events(actor: Actor) -> bool:
    return actor.role in (ORGANISER, STAFF)


# action -> the predicate the actor must satisfy. Every socket action and HTTP endpoint has a row.
RULES = {
    "sync": in_room,
    # The verslag and krant (sessions_app/views/report.py); the share link is checked by its token.
    "report.view": steers,
    "report.edit": steers,
    "report.share": steers,
    "krant.view": organises_this_event,
    "note.add": is_participant,
    "phase.set": steers,
    "writing.set": steers,
    "room.close": steers,
    "room.reopen": steers,
    "joining.set": steers,
    "prompt.set": steers,
    "console.view": steers,
    "board.view": in_room,
    "facilitator_link.renew": steers,
    "room.language": steers,
    # Private writing, themes, spotlight, actions (services/reveal.py, themes.py, actions.py)
    "writing.mode": steers,
    "notes.reveal": steers,
    "theme.create": steers,
    "theme.add": steers,
    "theme.remove": steers,
    "theme.rename": steers,
    "theme.merge": steers,
    "theme.dissolve": steers,
    "theme.proposals": steers,
    "theme.propose": is_participant,
    "spotlight.set": steers,
    "action.add": steers,
    "action.edit": steers,
    "action.delete": steers,
    # AVG (sessions_app/views/privacy.py)
    "room.delete": steers,
    "event.delete": organises_this_event,
    "room.leave": was_participant,
    # Events (sessions_app/views/events.py, realtime/commands/events.py, realtime/event_consumer.py)
    "event.join": anyone,
    "event.choose": is_attendee,
    "event.create": may_create_events,
    "event.edit": organises_this_event,
    "event.view": organises_this_event,
    "event.sync": organises_this_event,
    "event.assign": organises_this_event,
    "event.round": organises_this_event,
    "event.message": organises_this_event,
    "event.timer": organises_this_event,
    "event.phase": organises_this_event,
    "event.close": organises_this_event,
    "event.spotlight": organises_this_event,
    "plenary.view": organises_this_event,
    "highlight.set": steers,
    # Dot voting, lens (services/votes.py, lens.py)
    "vote.open": steers,
    "vote.close": steers,
    "vote.add": is_participant,
    "vote.remove": is_participant,
    "lens.set": steers,
    "note.tag": in_room,
    "note.untag": in_room,
    # Timer, ready, presenter view, moderation (services/timer.py, presence.py, moderation.py)
    "timer.start": steers,
    "timer.add": steers,
    "timer.pause": steers,
    "timer.resume": steers,
    "timer.stop": steers,
    "timer.option": steers,
    "ready.set": is_participant,
    "presenter.view": steers,
    "note.hide": steers,
    "note.show": steers,
    "note.edit": in_room,  # a participant only their own note while writing is open (the service checks)
    "note.delete": is_participant,  # own notes only (the service checks)
    "note.restore": is_participant,  # own notes only, within seconds of deleting them (the service checks)
    "participant.remove": steers,
    "participant.readmit": steers,
    # Methods and interviews in tweetallen (issue 15: services/interviews.py; the service checks
    # that a story is about the phone's current partner, and a correction by whom it is about)
    "phase.rename": steers,
    "interviews.start": steers,
    "interviews.swap": steers,
    "interviews.stop": steers,
    "story.add": is_participant,
    "story.correct": is_participant,
    # The positive core and the droomzinnen (issue 15: services/core.py, propositions.py)
    "core.set": steers,
    "proposition.add": is_participant,
    "proposition.endorse": is_participant,
    "proposition.link": steers,
}

REFUSALS = {
    steers: _("Dat mag alleen de gespreksleider."),
    is_participant: _("Doe eerst mee met de code of de link."),
    was_participant: _("Doe eerst mee met de code of de link."),
    in_room: _("Doe eerst mee met de code of de link."),
    organises_this_event: _("Dat mag alleen de organisator van deze bijeenkomst."),
    is_attendee: _("Doe eerst mee met de code van de bijeenkomst."),
    may_create_events: _("Log in als organisator om een bijeenkomst te maken."),
}


def can(actor: Actor, action: str) -> bool:
    rule = RULES.get(action)
    return bool(rule and rule(actor))


def require(actor: Actor, action: str) -> None:
    if not can(actor, action):
        rule = RULES.get(action)
        raise NotAllowed(REFUSALS.get(rule, _("Dat kan hier niet.")))
