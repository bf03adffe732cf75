"""The verslag as one data structure, read from the database in one place.

Every exporter (html, pdf, docx, markdown, csv, json) renders these dataclasses and nothing else.
Hidden notes and private notes of a phase that was never revealed are left out here, so no
exporter can leak them. Labels (phase titles, perspectives, conditions) are resolved in the
language that is active while building: wrap the call in translation.override()."""

from collections import Counter, defaultdict
from datetime import datetime

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext

from ..methods import phase_label
from ..models import Action, Condition, Event, Note, Participant, Perspective, Room, Theme, Vote
from ..reads import core
from ..reads.board import consistent_read
from . import outcome
from .items import (  # noqa: F401 - the formats import the dataclasses from here
    ActionItem, EventReport, NoteItem, OverviewRoom, PerspectiveCount, PhaseReport, RoomReport, RoundItem, TagCount,
    ThemeItem, VoteResult,
)

ERVARINGSDESKUNDIGE = Perspective.ERVARINGSDESKUNDIGE.value
NO_PERSPECTIVE = ""


def _labels(choices) -> dict[str, str]:
    return {value: str(label) for value, label in choices.choices}


def _iso(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value.isoformat()


def visible_in_report(note: Note, revealed: dict[str, bool]) -> bool:
    """Hidden notes never; private notes only once their phase was revealed."""
    return not note.hidden and (not note.private or revealed.get(note.phase, False))


def _perspective_counts(participants) -> list[PerspectiveCount]:
    """Participants per perspective, as counts only: a name beside "ervaringsdeskundige" says more
    about a person than a count. Names, when switched on, are one list apart (_names)."""
    labels = _labels(Perspective)
    counts: dict[str, PerspectiveCount] = {}
    for participant in participants:
        key = participant.perspective or NO_PERSPECTIVE
        entry = counts.setdefault(key, PerspectiveCount(key, labels.get(key, ""), 0))
        entry.count += 1
    order = list(labels) + [NO_PERSPECTIVE]
    result = sorted(counts.values(), key=lambda entry: order.index(entry.key) if entry.key in order else len(order))
    for entry in result:
        if entry.key == NO_PERSPECTIVE:
            entry.label = str(_no_perspective_label())
    return result


def _names(participants) -> list[str]:
    """The names people chose to give, in alphabetical order (only when Room.report_names is on)."""
    return sorted({participant.name.strip() for participant in participants if participant.name.strip()}, key=str.casefold)


def _session_day(room: Room, notes: list[Note]):
    """The day the session ran: its first note, else its last activity, else the event's date."""
    if notes:
        return min(note.created_at for note in notes)
    if room.last_activity_at:
        return room.last_activity_at
    return (room.event.date if room.event_id and room.event.date else None) or room.closed_at or room.created_at


def _event_organisers(event: Event) -> str:
    """The organisers' full names; never a username (it is half of a login, and the verslag can
    be shared)."""
    names = {user.get_full_name().strip() for user in event.organisers.all()}
    return ", ".join(sorted((name for name in names if name), key=str.casefold))


def _organiser(room: Room) -> str:
    return (_event_organisers(room.event) if room.event_id else "") or room.facilitator_name


def _no_perspective_label():
    return gettext("geen perspectief gekozen")


def build_room(room: Room) -> RoomReport:
    with consistent_read():
        room = Room.objects.select_related("event", "round").get(pk=room.pk)
        return _build_room(room)


def _build_room(room: Room) -> RoomReport:
    method = room.method_definition
    phases = list(room.phases.all())
    revealed = {phase.key: phase.revealed for phase in phases}
    perspective_labels = _labels(Perspective)
    condition_labels = _labels(Condition)

    note_votes = dict(
        Vote.objects.filter(room=room, note__isnull=False).values_list("note").annotate(n=Count("id")).values_list("note", "n")
    )
    theme_votes = dict(
        Vote.objects.filter(room=room, theme__isnull=False).values_list("theme").annotate(n=Count("id")).values_list("theme", "n")
    )
    themes = {theme.pk: theme for theme in Theme.objects.filter(room=room)}
    notes = [
        note
        for note in Note.objects.filter(room=room).only(
            "id", "phase", "text", "perspective", "private", "hidden", "theme_id", "tags", "highlighted", "created_at", "kind"
        ).order_by("created_at", "id")
        if visible_in_report(note, revealed)
    ]

    def item(note: Note) -> NoteItem:
        tags = [tag for tag in (note.tags or []) if isinstance(tag, str)]
        theme = themes.get(note.theme_id)
        return NoteItem(
            id=note.pk,
            text=note.text,
            perspective=note.perspective,
            perspective_label=perspective_labels.get(note.perspective, ""),
            ervaringsdeskundige=note.perspective == ERVARINGSDESKUNDIGE,
            votes=note_votes.get(note.pk, 0),
            tags=tags,
            tag_labels=[condition_labels.get(tag, tag) for tag in tags],
            highlighted=note.highlighted or room.spotlight_note_id == note.pk,
            theme=theme.title if theme else "",
            kind=note.kind,
            kind_label=gettext("verhaal uit een interview") if note.kind == "story" else "",
        )

    by_phase: dict[str, list[tuple[Note, NoteItem]]] = defaultdict(list)
    for note in notes:
        by_phase[note.phase].append((note, item(note)))

    reports = []
    for phase in phases:
        title = phase_label(method, phase.key, phase.title)  # the room's own label once it has one
        report = PhaseReport(key=phase.key, title=str(title), prompt=phase.prompt)
        pairs = by_phase.get(phase.key, [])
        items = [note_item for _note, note_item in pairs]
        report.note_count = len(items)
        theme_items: dict[int, ThemeItem] = {}
        for theme in sorted((t for t in themes.values() if t.phase == phase.key), key=lambda t: (t.position, t.pk)):
            theme_items[theme.pk] = ThemeItem(
                id=theme.pk, title=theme.title, votes=theme_votes.get(theme.pk, 0),
                highlighted=theme.highlighted or room.spotlight_theme_id == theme.pk,
            )
        for note, note_item in pairs:
            theme_item = theme_items.get(note.theme_id)
            if theme_item is None:
                report.loose_notes.append(note_item)
            else:
                theme_item.notes.append(note_item)
                theme_item.votes += note_item.votes
        rank = lambda note_item: -note_item.votes  # noqa: E731 - stable sort keeps writing order on ties
        for theme_item in theme_items.values():
            theme_item.notes.sort(key=rank)
        report.themes = sorted(theme_items.values(), key=lambda theme_item: -theme_item.votes)
        report.loose_notes.sort(key=rank)
        report.highlights = [f"{t.title}" for t in report.themes if t.highlighted] + [
            n.text for n in items if n.highlighted
        ]
        results = [VoteResult("theme", t.title, theme_votes.get(t.id, 0), phase=report.title)
                   for t in report.themes if theme_votes.get(t.id)]
        results += [VoteResult("note", n.text, n.votes, phase=report.title) for n in items if n.votes]
        report.voted = bool(results)
        report.vote_results = outcome.ranked(results)[:10]
        question = method.phase(phase.key).question if phase.key in method.phase_keys else ""
        report.about = str(outcome.phase_about(phase.key, str(question)))
        reports.append(report)

    tag_counter = Counter(tag for note in notes for tag in (note.tags or []) if isinstance(tag, str))
    lens_used = room.lens_enabled or bool(tag_counter)
    tags = [TagCount(key, label, tag_counter[key]) for key, label in condition_labels.items() if tag_counter.get(key)]

    participants = Participant.objects.filter(room=room, removed_at__isnull=True).only("name", "perspective")
    actions = [
        ActionItem(what=action.what, who=action.who, when=_iso(action.when), highlighted=action.highlighted, room=room.title)
        for action in Action.objects.filter(room=room).order_by("position", "id")
    ]
    participants = list(participants)
    result = RoomReport(
        code=room.code,
        event=room.event.title if room.event_id else "",
        round=room.round.title if room.round_id else "",
        title=room.title,
        subtitle=room.subtitle,
        date=_iso(_session_day(room, notes)),
        facilitator=room.facilitator_name,
        language=room.language,
        closed=room.closed_at is not None,
        participant_count=len(participants),
        perspectives=_perspective_counts(participants),
        phases=reports,
        lens_used=lens_used,
        tags=tags,
        actions=actions,
        summary=room.summary.strip(),
        quotes=[line.strip() for line in room.quotes.splitlines() if line.strip()],
        names_shown=room.report_names,
        names=_names(participants) if room.report_names else [],
        organiser=_organiser(room),
        method=str(method.title),
    )
    result.top_ideas = outcome.top_ideas(result.phases)
    result.positive_core, result.propositions = core.for_report(room)
    if not result.summary:
        result.composed_summary = outcome.compose_summary(result)
    return result


def build_event(event: Event) -> EventReport:
    with consistent_read():
        event = Event.objects.get(pk=event.pk)
        rooms = list(Room.objects.filter(event=event).select_related("event", "round").order_by("round__position", "round_id", "position", "id"))
        reports = [_build_room(room) for room in rooms]
        participants = Participant.objects.filter(room__event=event, removed_at__isnull=True).only(
            "name", "perspective", "device_id", "attendee_id", "joined_at"
        ).order_by("joined_at")
        people = {}  # one person who joined several rounds counts once (their last perspective)
        for participant in participants:
            people[participant.attendee_id or participant.device_id] = participant
        rounds = []
        for round_ in event.rounds.all():
            rounds.append(RoundItem(round_.title, [room.title for room in rooms if room.round_id == round_.pk]))
        loose = [room.title for room in rooms if room.round_id is None]
        if loose and rounds:
            rounds.append(RoundItem("", loose))
    overview = [
        OverviewRoom(
            code=report.code, title=report.title, round=report.round, participant_count=report.participant_count,
            note_count=report.note_count, top_themes=[theme.title for theme in report.top_themes],
        )
        for report in reports
    ]
    return EventReport(
        slug=event.slug,
        title=event.title,
        subtitle=event.subtitle,
        date=_iso(event.date),
        location=event.location,
        programme=event.programme.strip(),
        language=reports[0].language if reports else "nl",
        rounds=rounds,
        overview=overview,
        perspectives=_perspective_counts(people.values()),
        actions=[action for report in reports for action in report.actions],
        rooms=reports,
        organiser=_event_organisers(event),
    )
