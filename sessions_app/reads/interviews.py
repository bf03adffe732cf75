"""What screens show of the interviews in tweetallen: a phone's own panel (its partner, its role,
the guide, the stories about it and by it) and the console's and presenter's overview of the
groups. Outside interviews both cost no query."""

from django.utils.translation import gettext as _

from ..models import Note, NoteKind, Participant, Room

TELLS, ASKS, LISTENS = "tells", "asks", "listens"


def guide(room: Room) -> list[str]:
    """The room's own questions, or the method's default guide."""
    own = [line for line in (room.interview_guide or "").split("\n") if line.strip()]
    return own or [str(question) for question in room.method_definition.interview_guide]


def roles(size: int, turn: int) -> tuple[int, int]:
    """(who tells, who asks) as seats in a group of `size` in `turn`: each "wissel" moves both
    one seat on, so after `size` turns everybody has told their story once."""
    teller = turn % size
    return teller, (teller + 1) % size


def group_of(participant: Participant) -> list[Participant]:
    """Read afresh: the phone's own row may be older than the last start."""
    number = Participant.objects.filter(pk=participant.pk).values_list("interview_group", flat=True).first()
    if number is None:
        return []
    return list(
        Participant.objects.filter(room_id=participant.room_id, interview_group=number, removed_at__isnull=True)
        .order_by("interview_seat", "id")
    )


def seats(room: Room, participant: Participant) -> dict:
    """This phone's partner and role in the current turn: {"partner", "role", "group"}; the
    partner is None outside interviews. The partner is who tells (for whoever asks or listens
    in a trio) or who asks (for whoever tells)."""
    group = group_of(participant) if room.interviews_running else []
    ids = [member.pk for member in group]
    if participant.pk not in ids or len(group) < 2:
        return {"partner": None, "role": "", "group": group}
    teller, asker = roles(len(group), room.interview_turn)
    me = ids.index(participant.pk)
    if me == teller:
        return {"partner": group[asker], "role": TELLS, "group": group}
    return {"partner": group[teller], "role": ASKS if me == asker else LISTENS, "group": group}


def partner_name(participant: Participant | None) -> str:
    return participant.label if participant else _("je partner")  # a nameless phone is "Deelnemer 3"


def panel(room: Room, participant: Participant | None) -> dict:
    """One phone's interview panel."""
    if participant is None or not room.interviews_running:
        return {"running": False, "partner": None}
    found = seats(room, participant)
    stories = Note.objects.filter(room=room, kind=NoteKind.STORY)
    return {
        "running": True,
        "partner": found["partner"],
        "partner_name": partner_name(found["partner"]),
        "role": found["role"],
        "trio": len(found["group"]) > 2,
        "turn": room.interview_turn + 1,
        "guide": guide(room),
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
            by_group.setdefault(member.interview_group, []).append(member.label)
        groups = list(by_group.values())
    return {
        "running": room.interviews_running,
        "turn": room.interview_turn + 1,
        "groups": groups,
        "guide_text": "\n".join(guide(room)),
        "turn_minutes": room.method_definition.turn_minutes,
    }


def room(room_id: int) -> Room:
    return Room.objects.select_related("event").get(pk=room_id)


def participant(participant_id: int) -> Participant | None:
    return Participant.objects.select_related("room").filter(pk=participant_id).first()
