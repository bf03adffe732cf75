"""One authorisation matrix: every socket action and every HTTP endpoint x every role.

The tables below say who may. The tests check that (1) every command the socket protocol knows has
a row in permissions.RULES and in ACTIONS_WHO here, and every URL has a row in ENDPOINTS_WHO (so a
new command or page without a row fails), (2) running each command (as the consumers do) really asks
permission for itself, with the answer the table expects, for a socket of every role, and (3) each page answers
every role as the table says. Roles are made the way people get them: a join, a facilitator
link, an organiser or staff account (tests/trust/matrix_cast.py)."""

from unittest import mock

import pytest
from django.db import transaction
from django.urls import URLResolver, get_resolver
from django.utils.encoding import force_str

from realtime import commands
from sessions_app import permissions
from sessions_app.identity import ANONYMOUS
from sessions_app.models import Room, Round
from sessions_app.services import report as report_service
from tests.trust.matrix_cast import ROLES, build_scene, dummy, event_actor_of, room_actor

pytestmark = pytest.mark.django_db

EVERYONE = frozenset(ROLES)
PHONE = frozenset({"participant"})
STEER = frozenset({"facilitator", "organiser", "staff"})
IN_ROOM = PHONE | STEER
EVENT = frozenset({"organiser", "staff"})  # organisers of THIS event, and staff
ACCOUNTS = frozenset({"organiser", "organiser_other", "staff"})
NOBODY = frozenset()

# Socket actions: who may, on the room's socket (room actors) and on the event's socket.
ROOM_SOCKET, EVENT_SOCKET = "room", "event"
ACTIONS_WHO = {
    "sync": {ROOM_SOCKET: IN_ROOM},
    "note.add": {ROOM_SOCKET: PHONE},
    "note.edit": {ROOM_SOCKET: IN_ROOM},  # the service lets a phone edit only its own notes
    "note.delete": {ROOM_SOCKET: PHONE},  # own notes only (service)
    "note.restore": {ROOM_SOCKET: PHONE},  # own notes only, within seconds of deleting them (service)
    "note.hide": {ROOM_SOCKET: STEER},
    "note.show": {ROOM_SOCKET: STEER},
    "note.tag": {ROOM_SOCKET: IN_ROOM},
    "note.untag": {ROOM_SOCKET: IN_ROOM},
    "notes.reveal": {ROOM_SOCKET: STEER},
    "phase.set": {ROOM_SOCKET: STEER},
    "prompt.set": {ROOM_SOCKET: STEER},
    "writing.set": {ROOM_SOCKET: STEER},
    "writing.mode": {ROOM_SOCKET: STEER},
    "ready.set": {ROOM_SOCKET: PHONE},
    "participant.remove": {ROOM_SOCKET: STEER},
    "participant.readmit": {ROOM_SOCKET: STEER},
    "spotlight.set": {ROOM_SOCKET: STEER},
    "highlight.set": {ROOM_SOCKET: STEER},
    "lens.set": {ROOM_SOCKET: STEER},
    "room.close": {ROOM_SOCKET: STEER},
    "room.reopen": {ROOM_SOCKET: STEER},
    "joining.set": {ROOM_SOCKET: STEER},
    "theme.add": {ROOM_SOCKET: STEER},
    "theme.create": {ROOM_SOCKET: STEER},
    "theme.dissolve": {ROOM_SOCKET: STEER},
    "theme.merge": {ROOM_SOCKET: STEER},
    "theme.remove": {ROOM_SOCKET: STEER},
    "theme.rename": {ROOM_SOCKET: STEER},
    "theme.proposals": {ROOM_SOCKET: STEER},
    "theme.propose": {ROOM_SOCKET: PHONE},
    "timer.start": {ROOM_SOCKET: STEER},
    "timer.stop": {ROOM_SOCKET: STEER},
    "timer.pause": {ROOM_SOCKET: STEER},
    "timer.resume": {ROOM_SOCKET: STEER},
    "timer.add": {ROOM_SOCKET: STEER},
    "timer.option": {ROOM_SOCKET: STEER},
    "vote.open": {ROOM_SOCKET: STEER},
    "vote.close": {ROOM_SOCKET: STEER},
    "vote.add": {ROOM_SOCKET: PHONE},
    "vote.remove": {ROOM_SOCKET: PHONE},
    "action.add": {ROOM_SOCKET: STEER},
    "action.edit": {ROOM_SOCKET: STEER},
    "action.delete": {ROOM_SOCKET: STEER},
    "phase.rename": {ROOM_SOCKET: STEER},
    "interviews.start": {ROOM_SOCKET: STEER},
    "interviews.swap": {ROOM_SOCKET: STEER},
    "interviews.stop": {ROOM_SOCKET: STEER},
    "story.add": {ROOM_SOCKET: PHONE},  # about the phone's current partner (service)
    "story.correct": {ROOM_SOCKET: PHONE},  # only by whom the story is about (service)
    "core.set": {ROOM_SOCKET: STEER},  # the positive core and droomzinnen (issue 15)
    "proposition.add": {ROOM_SOCKET: PHONE},
    "proposition.endorse": {ROOM_SOCKET: PHONE},
    "proposition.link": {ROOM_SOCKET: STEER},
    "event.message": {EVENT_SOCKET: EVENT},
    "event.timer": {EVENT_SOCKET: EVENT},
    "event.phase": {EVENT_SOCKET: EVENT},
    "event.close": {EVENT_SOCKET: EVENT},
    "event.round": {EVENT_SOCKET: EVENT},
    "event.spotlight": {EVENT_SOCKET: EVENT},
    "event.sync": {EVENT_SOCKET: EVENT},
}


def test_every_socket_action_has_a_rule_and_a_row():
    actions = set(commands.COMMANDS)
    assert actions - set(permissions.RULES) == set(), "actions without a row in permissions.RULES"
    assert actions - set(ACTIONS_WHO) == set(), "actions without a row in this matrix: add one"
    assert set(ACTIONS_WHO) - actions == set(), "rows for actions the protocol no longer knows"


def asked(actor, name):
    """Runs the command as the consumers do (commands.run) as `actor` (nothing it writes is kept)
    and returns the permission questions it asked, each with its answer."""
    questions, real_require = [], permissions.require

    def recording(who, action):
        try:
            real_require(who, action)
        except Exception:
            questions.append((action, False))
            raise
        questions.append((action, True))

    with mock.patch.object(permissions, "require", recording):
        try:
            with transaction.atomic():
                commands.run(dummy(commands.COMMANDS[name]), actor)
                transaction.set_rollback(True)
        except Exception:  # noqa: BLE001 - a refusal, or an allowed call with placeholder values
            pass
    return questions


@pytest.fixture
def scene():
    return build_scene()


@pytest.mark.parametrize("name", sorted(ACTIONS_WHO))
def test_each_socket_action_asks_permission_and_gets_the_answer_of_the_matrix(scene, name):
    for socket, make_actor in ((ROOM_SOCKET, room_actor), (EVENT_SOCKET, event_actor_of)):
        expected = ACTIONS_WHO[name].get(socket, NOBODY)
        allowed = set()
        for role in ROLES:
            questions = asked(make_actor(scene, role), name)
            assert questions, f"running {name} never asks permissions.require"
            if questions[0][1]:
                allowed.add(role)
        assert allowed == expected, f"{name} on the {socket} socket: allowed {sorted(allowed)}, matrix says {sorted(expected)}"


def test_who_can_open_the_room_socket_at_all(scene):
    """Before any action: a socket of another room's participant or facilitator, a removed
    participant, or an organiser of another event is not in this room (the consumer refuses it)."""
    in_room = {role for role in ROLES if room_actor(scene, role).role != ANONYMOUS and permissions.can(room_actor(scene, role), "board.view")}
    assert in_room == set(IN_ROOM)
    assert room_actor(scene, "removed").role == "removed"
    assert room_actor(scene, "organiser_other").role == ANONYMOUS  # organiser of ANOTHER event: nobody here


# HTTP: who may, per URL name: (method, roles). POST endpoints are posted empty; pages that
# delete on POST are checked with their GET (the confirmation page asks the same question).
ENDPOINTS_WHO = {
    "home": ("GET", EVERYONE),
    "join": ("GET", EVERYONE),
    "room": ("GET", IN_ROOM),  # steering roles are sent on to their console
    "note_add": ("POST", PHONE),
    "console": ("GET", STEER),
    "presenter": ("GET", STEER),
    "facilitator_link_renew": ("POST", STEER),
    "room_language": ("POST", STEER),
    "facilitator_link": ("GET", EVERYONE),  # the secret token in the link is the credential
    "room_delete": ("GET", STEER),
    "room_leave": ("GET", PHONE | {"removed"}),  # a removed phone may still leave and delete its notes
    "event_delete": ("GET", EVENT),
    "privacy": ("GET", EVERYONE),
    "health": ("GET", EVERYONE),
    "report": ("GET", STEER),
    "report_download": ("GET", STEER),
    "report_edit": ("POST", STEER),
    "report_share": ("POST", STEER),
    "report_names": ("POST", STEER),
    "report_shared": ("GET", EVERYONE),  # with the share link switched on
    "report_shared_download": ("GET", EVERYONE),
    "krant": ("GET", EVENT),
    "krant_download": ("GET", EVENT),
    "organiser_login": ("GET", EVERYONE),
    "organiser_logout": ("POST", EVERYONE),  # logging out is harmless; anyone gets "uitgelogd"
    "event_list": ("GET", ACCOUNTS),
    "event_new": ("GET", ACCOUNTS),  # anyone who organises an event (or staff) may start another
    "event_edit": ("GET", EVENT),
    "event_round_add": ("POST", EVENT),
    "event_round_edit": ("GET", EVENT),
    "event_rooms_add": ("POST", EVENT),
    "event_round_delete": ("GET", EVENT),  # the question; POST deletes
    "event_room_edit": ("GET", EVENT),
    "event_room_delete": ("GET", EVENT),  # the question; POST deletes
    "event_choose": ("GET", NOBODY),  # only attendees of the event (none of these roles joined it)
    "event_overview": ("GET", EVENT),
    "event_assign": ("POST", EVENT),
    "event_plenary": ("GET", EVENT),
    "event_plenary_presenter": ("GET", EVENT),
}
SKIPPED_PREFIXES = ("admin/", "i18n/")  # Django's own: admin behind its login (tests/trust/test_deploy.py)


def urlconf():
    def walk(patterns, prefix=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if route.startswith(SKIPPED_PREFIXES):
                continue
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            else:
                yield route, pattern.name

    return list(walk(get_resolver().url_patterns))


def test_every_endpoint_has_a_row():
    names = {name for _, name in urlconf()}
    assert None not in names, "an unnamed URL pattern"
    assert names - set(ENDPOINTS_WHO) == set(), "endpoints without a row in this matrix: add one"
    assert set(ENDPOINTS_WHO) - names == set(), "rows for endpoints that no longer exist"


REFUSALS = {force_str(message) for message in permissions.REFUSALS.values()}


def refused(response) -> bool:
    if response.status_code in (401, 403, 404, 405):
        return True
    location = response.get("Location", "")
    if response.status_code in (301, 302) and (
        "/inloggen/" in location or "/admin/login/" in location or location.startswith("/j/") or location == "/"
    ):
        return True
    body = response.content.decode(errors="replace") if response.status_code != 302 else ""
    return any(message in body for message in REFUSALS)


def path_for(route: str, name: str, scene) -> str:
    token = scene.room.facilitator_token if name == "facilitator_link" else scene.room.share_token
    if "<int:round_id>" in route:  # the setup page's rounds: the scene's room goes into one
        round_ = Round.objects.get_or_create(event=scene.event, title="Ronde 1")[0]
        Room.objects.filter(pk=scene.room.pk).update(round=round_)
        route = route.replace("<int:round_id>", str(round_.pk))
    return "/" + (
        route.replace("<str:code>", scene.room.code).replace("<slug:slug>", scene.event.slug)
        .replace("<str:fmt>", "json").replace("<str:token>", token).replace("<int:room_id>", str(scene.room.pk))
    )


@pytest.mark.parametrize("route,name", urlconf(), ids=lambda value: str(value))
def test_each_endpoint_answers_every_role_as_the_matrix_says(route, name):
    scene = build_scene()
    report_service.set_sharing(scene.room, True)
    scene.room = Room.objects.get(pk=scene.room.pk)
    method, expected = ENDPOINTS_WHO[name]
    allowed = set()
    # The refused roles go first, so an allowed POST (a renewed link) cannot spoil a later check.
    for role in sorted(ROLES, key=lambda role: role in expected):
        client = scene.clients[role]
        path = path_for(route, name, scene)
        response = client.post(path, {}) if method == "POST" else client.get(path)
        if not refused(response):
            allowed.add(role)
    assert allowed == set(expected), f"{name} ({method} {route}): allowed {sorted(allowed)}, matrix says {sorted(expected)}"
