"""What screens show of the interviews in tweetallen: a phone's own panel (its partner, its role,
the guide, the stories about it and by it) and the console's and presenter's overview of the
groups. Outside interviews both cost no query."""

from django.utils.translation import gettext as _

from ..models import Note, NoteKind, Participant, Room
from ..services import interviews


def partner_name(participant: Participant | None) -> str:
    return (participant.name if participant else "") or _("je partner")


def panel(room: Room, participant: Participant | None) -> dict:
    """One phone's interview panel."""
    if participant is None or not room.interviews_running:
        return {"running": False, "partner": None}
    found = interviews.seats(room, participant)
    stories = Note.objects.filter(room=room, kind=NoteKind.STORY)
    return {
        "running": True,
        "partner": found["partner"],
        "partner_name": partner_name(found["partner"]),
        "role": found["role"],
        "trio": len(found["group"]) > 2,
        "turn": room.interview_turn + 1,
        "guide": interviews.guide(room),
        "about_me": list(stories.filter(about=participant, hidden=False).order_by("created_at", "id")),
        "mine": list(stories.filter(participant=participant).select_related("about").order_by("created_at", "id")),
    }


def overview(room: Room) -> dict:
    """The groups as the console and the presenter view show them, and the guide to edit."""
    groups = []
    if room.interviews_running:
        members = Participant.objects.filter(room=room, interview_group__isnull=False, removed_at__isnull=True)
        by_group: dict[int, list[str]] = {}
        for member in members.order_by("interview_group", "interview_seat", "id"):
            by_group.setdefault(member.interview_group, []).append(member.name or _("iemand zonder naam"))
        groups = list(by_group.values())
    return {
        "running": room.interviews_running,
        "turn": room.interview_turn + 1,
        "groups": groups,
        "guide_text": "\n".join(interviews.guide(room)),
        "turn_minutes": room.method_definition.turn_minutes,
    }


def room(room_id: int) -> Room:
    return Room.objects.select_related("event").get(pk=room_id)


def participant(participant_id: int) -> Participant | None:
    return Participant.objects.select_related("room").filter(pk=participant_id).first()
