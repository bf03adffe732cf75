"""The cast of the authorisation matrix: one event with a room (the scene), another event with
another room, and a browser (Django test Client) for every role, made the way real people get
their role: a join, a facilitator link, an organiser account, a staff account."""

import dataclasses
import typing
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User
from django.test import Client
from django.utils import timezone

from sessions_app.identity import actor_for, device_id_from, event_actor
from sessions_app.models import Participant
from sessions_app.services import events, rooms
from tests.helpers import join_as

ROLES = (
    "anonymous", "participant", "participant_other", "removed", "facilitator", "facilitator_other",
    "organiser", "organiser_other", "staff",
)


@dataclass
class Scene:
    event: object
    room: object
    other_event: object
    other_room: object
    clients: dict
    users: dict


def facilitator_client(room) -> Client:
    client = Client()
    client.get(f"/f/{room.code}/{room.facilitator_token}/")
    return client


def user_client(username: str, *, staff: bool = False, organises=None) -> tuple[Client, User]:
    user = User.objects.create(username=username, is_staff=staff)  # force_login needs no password
    if organises is not None:
        organises.organisers.add(user)
    client = Client()
    client.force_login(user)
    return client, user


def build_scene() -> Scene:
    event = events.create_event(slug="werkplaats", title="Werkplaats", date=timezone.localdate())
    room = rooms.create_room(title="Armoede", event=event)
    other_event = events.create_event(slug="ander", title="Andere bijeenkomst", date=timezone.localdate())
    other_room = rooms.create_room(title="Elders", event=other_event)
    removed = join_as(room, "Weg")
    Participant.objects.filter(name="Weg").update(removed_at=timezone.now())
    organiser, organiser_user = user_client("olga", organises=event)
    organiser_other, other_user = user_client("otto", organises=other_event)
    staff, staff_user = user_client("stafke", staff=True)
    clients = {
        "anonymous": Client(),
        "participant": join_as(room, "Anna"),
        "participant_other": join_as(other_room, "Cas"),
        "removed": removed,
        "facilitator": facilitator_client(room),
        "facilitator_other": facilitator_client(other_room),
        "organiser": organiser,
        "organiser_other": organiser_other,
        "staff": staff,
    }
    users = {"organiser": organiser_user, "organiser_other": other_user, "staff": staff_user}
    return Scene(event, room, other_event, other_room, clients, users)


def _cookies(client: Client) -> dict:
    return {key: morsel.value for key, morsel in client.cookies.items()}


def room_actor(scene: Scene, role: str):
    """The actor a socket of this role gets in the scene's room (identity.actor_for)."""
    client = scene.clients[role]
    return actor_for(
        scene.room, cookies=_cookies(client), session=client.session, user=scene.users.get(role, AnonymousUser())
    )


def event_actor_of(scene: Scene, role: str):
    client = scene.clients[role]
    return event_actor(
        scene.event, cookies=_cookies(client), session=client.session, user=scene.users.get(role, AnonymousUser())
    )


def dummy(command_class):
    """An instance of a socket command without parsing: every field gets a harmless value of its
    type. Permission is asked before perform(), so the values matter only to allowed roles."""
    hints = typing.get_type_hints(command_class)
    values = {}
    for field in dataclasses.fields(command_class):
        kind = hints.get(field.name, str)
        origin = typing.get_origin(kind)
        args = typing.get_args(kind)
        if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)) and type(None) in args:
            values[field.name] = None
        elif kind is bool:
            values[field.name] = False
        elif kind is int:
            values[field.name] = 0
        elif origin in (tuple, list) or kind in (tuple, list):
            values[field.name] = ()
        else:
            values[field.name] = ""
    command = object.__new__(command_class)
    for name, value in values.items():
        object.__setattr__(command, name, value)
    return command


def participant_of(scene: Scene, role: str):
    device = device_id_from(_cookies(scene.clients[role]))
    return Participant.objects.filter(device_id=device).first()
