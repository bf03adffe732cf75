"""Loading the demo events from sessions_app/demo_data.py. Running it again changes nothing."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.utils import timezone

from .demo_data import EVENTS
from .models import Event, Room
from .services import events, rooms


def _time(value: str | None):
    return dt.time.fromisoformat(value) if value else None


def _moment(date: dt.date, value: str | None):
    if not value:
        return None
    return timezone.make_aware(dt.datetime.combine(date, dt.time.fromisoformat(value)))


def load_event(data: dict, organiser) -> tuple[Event, list[Room]]:
    date = dt.date.fromisoformat(data["date"])
    event = Event.objects.filter(slug=data["slug"]).first() or events.create_event(
        slug=data["slug"],
        title=data["title"],
        subtitle=data.get("subtitle", ""),
        description=data.get("description", ""),
        programme=data.get("programme", ""),
        date=date,
        starts_at=_time(data.get("starts_at")),
        ends_at=_time(data.get("ends_at")),
        location=data.get("location", ""),
    )
    event.organisers.add(organiser)
    loaded = []
    for round_position, round_data in enumerate(data["rounds"]):
        round_ = event.rounds.filter(position=round_position).first() or events.add_round(
            event,
            title=round_data["title"],
            position=round_position,
            starts_at=_moment(date, round_data.get("starts_at")),
            ends_at=_moment(date, round_data.get("ends_at")),
        )
        if event.current_round_id is None:
            event.current_round = round_
            event.save(update_fields=["current_round"])
        for position, room_data in enumerate(round_data["rooms"]):
            room = event.rooms.filter(slug=room_data["key"]).first() or rooms.create_room(
                event=event,
                round=round_,
                slug=room_data["key"],
                position=position,
                title=room_data["title"],
                subtitle=room_data.get("subtitle", ""),
                description=room_data.get("description", ""),
                facilitator_name=room_data.get("facilitator", ""),
                capacity=room_data.get("capacity"),
                prompts=room_data.get("prompts"),
            )
            loaded.append(room)
    return event, loaded


def ensure_organiser(password: str | None):
    """The staff account `organisator`. Without a password an existing account keeps its own
    (running seed_demo again must not lock out whoever uses the first printed password)."""
    user, created = get_user_model().objects.get_or_create(
        username="organisator", defaults={"is_staff": True, "first_name": "Organisator"}
    )
    user.is_staff = True
    if password is not None:
        user.set_password(password)
    elif created:
        user.set_unusable_password()
    user.save()
    return user, created


def load_all(organiser) -> list[tuple[Event, list[Room]]]:
    from . import demo_methods  # issue 15: a room run in 5v and one with interviews

    return [*(load_event(data, organiser) for data in EVENTS), demo_methods.load(organiser)]
