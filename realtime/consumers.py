"""Sockets: parse, authorise, call a service, done (realtime/commands/). Broadcasting happens after the commit, in
realtime.broadcast; a consumer only forwards frames to its socket."""

import asyncio
import json
import logging
import time
from urllib.parse import parse_qs

from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sessions_app import permissions, throttle
from sessions_app.audience import Audience
from sessions_app.identity import ANONYMOUS, REMOVED, actor_for_code, refreshed
from sessions_app.services.errors import DomainError, NotAllowed, NotFound

from . import broadcast, commands, connected, fanout, timer_alarms
from .groups import participant_group, room_group, timer_group
from .hub import hub
from .language import language_of
from .limits import SOCKETS, NoteBudget, TokenBucket

logger = logging.getLogger(__name__)


class KeptOut(DomainError):
    """An unknown code, or a room this socket may not enter: one answer for both."""

    def __init__(self):
        super().__init__(gettext_lazy("Doe eerst mee met de code of de link."))


CLOSE_NOT_ALLOWED = 4403
CLOSE_TOO_MANY = 4429
FLOOD_QUIET_SECONDS = 5
PART_WAIT_SECONDS = 10  # how long a part of a big board waits for the phone to take the one before


def asks_for_snapshot(text_data) -> bool:
    """A `sync` frame (cheap to tell: small JSON). Repeated syncs are coalesced into one."""
    if not text_data or len(text_data) > 512:
        return False
    try:
        payload = json.loads(text_data)
    except ValueError:
        return False
    return isinstance(payload, dict) and payload.get("action") == "sync"


class AddressLimited:
    """SOCKETS_PER_ADDRESS for a socket consumer (room and event sockets alike): counted from
    the client's address as the app computes it (throttle.client_address), released on close."""

    counted = False

    async def admit_address(self) -> bool:
        self.address = throttle.client_address(self.scope)
        if not SOCKETS.acquire(self.address, settings.SOCKETS_PER_ADDRESS):
            await self.send_error(_("Er zijn te veel verbindingen vanaf dit adres. Probeer het later opnieuw."))
            await self.close(code=CLOSE_TOO_MANY)
            return False
        self.counted = True
        return True

    def release_address(self) -> None:
        if self.counted:
            SOCKETS.release(self.address)
            self.counted = False


class RoomConsumer(AddressLimited, AsyncWebsocketConsumer):
    actor = None
    held = None
    last_dropped_at = float("-inf")
    snapshot_queued = False

    async def connect(self):
        self.language = language_of(self.scope)
        self.bucket = TokenBucket(settings.SOCKET_MESSAGES_PER_SECOND)
        self.note_budget = NoteBudget(settings.NOTES_PER_MINUTE)
        await self.accept()
        if not await self.admit_address():
            return
        try:
            self.actor = await database_sync_to_async(self.identify)()
        except DomainError as refusal:
            await self.refuse(refusal)
            return
        self.audience = Audience.FACILITATORS if self.actor.steers else Audience.PARTICIPANTS
        if self.presenter:
            self.audience = Audience.PRESENTERS
        self.room_id = self.actor.room.pk
        # The room's frames come through this process's hub (hub.py); what is only for this
        # socket (its phone, the timer's alarm) through its own channel.
        self.room_group = room_group(self.room_id, self.audience, self.language)
        self.groups = []
        if self.actor.participant:
            self.groups.append(participant_group(self.actor.participant.pk))
        if self.actor.steers:
            self.groups.append(timer_group(self.room_id))
        for group in self.groups:
            await self.channel_layer.group_add(group, self.channel_name)
        self.held = []  # frames that come before the snapshot wait for it (the page skips what it holds)
        await hub().join(self.room_group, self)
        await self.after_connect()
        await self.send_snapshot(self.actor.participant, known_version=self.page_version())

    @property
    def presenter(self) -> bool:
        return self.scope["url_route"]["kwargs"].get("view") == "presenter"

    async def after_connect(self):
        """Presence for phones; the timer's alarm for steering sockets."""
        ends_at = await database_sync_to_async(timer_alarms.on_connect)(self.room_id)
        if self.actor.steers:
            await timer_alarms.watch(self, ends_at)
        if self.actor.participant:
            await connected.joined(self)

    async def timer_watch(self, event):
        await timer_alarms.watch(self, event["ends_at"])

    def identify(self):
        """The actor, or a refusal. An outsider gets KeptOut, the same for an unknown code and a
        room it may not enter, so a socket cannot test codes; someone known in this room (a
        removed phone, a phone on the presenter socket) is told why."""
        try:
            actor = actor_for_code(
                self.scope["url_route"]["kwargs"]["code"],
                cookies=self.scope.get("cookies", {}), session=self.scope.get("session"), user=self.scope.get("user"),
            )
        except NotFound:
            raise KeptOut() from None
        if actor.role == ANONYMOUS:
            raise KeptOut()
        if actor.role == REMOVED:
            raise NotAllowed(gettext_lazy("De gespreksleider heeft je uit deze ruimte gehaald."))
        permissions.require(actor, "presenter.view" if self.presenter else "board.view")  # known here: may be told why
        return actor

    async def refuse(self, refusal: DomainError):
        """Every refusal of an outsider is a miss for its address; a suspect address (too many
        misses) hears that instead, whatever the code."""
        code = CLOSE_NOT_ALLOWED
        if isinstance(refusal, KeptOut):
            if await sync_to_async(throttle.suspect)(self.address):
                refusal = DomainError(gettext_lazy("Je hebt te vaak een code geprobeerd. Wacht een minuut en probeer het dan opnieuw."))
                code = CLOSE_TOO_MANY
            await sync_to_async(throttle.record_miss)(self.address)
        with translation.override(self.language):
            await self.send_error(refusal.message)
        await self.close(code=code)

    async def disconnect(self, code):
        timer_alarms.unwatch(self)
        if self.actor is not None and self.actor.participant:
            await connected.left(self)
        self.release_address()
        if getattr(self, "room_group", None):
            await hub().leave(self.room_group, self)
        for group in getattr(self, "groups", []):
            await self.channel_layer.group_discard(group, self.channel_name)

    async def __call__(self, scope, receive, send):
        """Frames are admitted as they arrive (a small reader task that never touches the
        database), then handled one by one as usual; so the flood check sees the phone's real
        sending rate, however long the work on each frame takes."""
        self.admitted = asyncio.Queue()

        async def reader():
            while True:
                message = await receive()
                if message["type"] != "websocket.receive" or await self.admit(message):
                    self.admitted.put_nowait(message)
                if message["type"] == "websocket.disconnect":
                    return

        reading = asyncio.ensure_future(reader())
        try:
            return await super().__call__(scope, self.admitted.get, send)
        finally:
            reading.cancel()

    async def admit(self, message) -> bool:
        bucket = getattr(self, "bucket", None)
        if bucket is None or self.actor is None:
            return True  # still connecting: handled (or ignored) once connect() is done
        is_sync = asks_for_snapshot(message.get("text"))
        if is_sync and self.snapshot_queued:
            return False  # a snapshot is already on its way, and it will be just as fresh
        if not bucket.take() or self.admitted.qsize() >= max(2, 2 * settings.SOCKET_MESSAGES_PER_SECOND):
            # Said once per flood (a flood ends after FLOOD_QUIET_SECONDS without a dropped
            # frame); the rest is dropped unread, so a flooding phone costs little and the
            # other phones in the room notice nothing.
            now = time.monotonic()
            if now - self.last_dropped_at > FLOOD_QUIET_SECONDS:
                with translation.override(self.language):
                    await self.send_error(_("Je stuurt heel veel tegelijk. Wacht even."))
            self.last_dropped_at = now
            return False
        self.snapshot_queued = self.snapshot_queued or is_sync
        return True

    async def receive(self, text_data=None, bytes_data=None):
        if self.actor is None:
            return
        if asks_for_snapshot(text_data):
            self.snapshot_queued = False  # answered now; a later sync asks again
        try:
            with translation.override(self.language):
                await self.handle(text_data, bytes_data)
        except Exception:  # the socket must stay usable whatever one message did
            logger.exception("Room socket: a message failed")
            with translation.override(self.language):
                await self.send_error(_("Dat lukte niet. Probeer het opnieuw."))

    async def handle(self, text_data, bytes_data):
        if bytes_data is not None or text_data is None:
            return await self.send_error(_("Dit bericht begrijpen we niet. Stuur alleen tekst."))
        if len(text_data.encode("utf-8", "surrogatepass")) > settings.SOCKET_MAX_FRAME_BYTES:
            return await self.send_error(_("Dit bericht is te groot."))
        try:
            command = commands.parse(text_data)
            if self.presenter and command.name != "sync":
                raise DomainError(_("Dit scherm is alleen om mee te kijken."))  # the presenter view is read-only
            live = getattr(command, "perform_live", None)  # note.add: written together with others (group commit)
            if live:
                commands.authorise(self.actor, command)
                reply = await live(self)
            else:
                reply = await database_sync_to_async(self.perform)(command)
        except DomainError as refusal:
            return await self.send_error(refusal.message, refusal.client_id)
        except (OperationalError, InterfaceError):
            # The database is briefly unavailable; the transaction rolled back, so nothing is
            # half-written. A note stays in the phone's outbox and is sent again (retry, not refusal).
            logger.warning("Room socket: database unavailable", exc_info=True)
            client_id = getattr(command, "client_id", "")
            if client_id:
                return await self.send_error(
                    _("Je briefje is nog niet bewaard. We proberen het opnieuw."), retry_client_id=client_id
                )
            return await self.send_error(_("Dat lukte nu even niet. Probeer het zo opnieuw."))
        if reply and reply.get("ack"):
            await self.send(text_data=render_to_string("partials/ack.html", {"client_id": reply["ack"]}))
        if getattr(command, "wants_snapshot", False):
            await self.send_snapshot()

    def perform(self, command):
        return commands.run(command, refreshed(self.actor))

    def page_version(self) -> int | None:
        """The version of the board the page itself shows (`?v=N` on the socket URL), if any."""
        values = parse_qs(self.scope.get("query_string", b"").decode("latin-1")).get("v") or [""]
        return int(values[0]) if values[0].isdigit() and len(values[0]) < 19 else None

    async def send_snapshot(self, viewer=None, known_version=None):
        """The board in parts (none over 256 KiB), each sent once the phone has taken half of what
        waits for it, so a big board is never mistaken for a frozen tab; room frames that come
        meanwhile wait and follow it (docs/protocol.md). `viewer`: the phone's Participant as
        identified on connect; on a `sync` it is read again."""
        if viewer is None and self.actor.participant:
            viewer = self.actor.participant.pk
        self.held = self.held if self.held is not None else []
        try:
            parts = await database_sync_to_async(broadcast.socket_snapshot_parts)(
                self.room_id, self.audience, self.language, viewer, known_version
            )
            for number, part in enumerate(parts):
                if number:
                    await self.taken_half()
                await self.send(text_data=part)
        finally:  # also when the snapshot failed: the room's frames must never stay held
            while self.held:
                await self.send(text_data=self.held.pop(0))  # in order, with any that come meanwhile
            self.held = None

    async def taken_half(self):
        protocol = fanout.protocol_for(self)
        deadline = time.monotonic() + PART_WAIT_SECONDS
        while protocol is not None and fanout.unsent_bytes(protocol) > fanout.limit() // 2:
            if time.monotonic() > deadline:
                return  # then the backpressure check in send() decides
            await asyncio.sleep(0.02)

    async def send_error(self, message: str, client_id: str = "", retry_client_id: str = ""):
        html = render_to_string(
            "partials/error.html", {"message": message, "client_id": client_id, "retry_client_id": retry_client_id}
        )
        await self.send(text_data=html)

    async def dispatch(self, message):
        """Frames go straight to the socket, and the phone's messages straight to receive();
        everything else through Channels' own dispatch (with its database clean-up). That
        clean-up is a hop into the database thread, queued behind every write: a note would
        wait for it before it could even join its room's batch (group_commit.py); and every
        database call made here cleans up in that thread anyway (database_sync_to_async).
        See realtime/fanout.py."""
        lean = message["type"] in fanout.FRAME_TYPES or message["type"] == "websocket.receive"
        if lean and fanout.LEAN:
            return await getattr(self, message["type"].replace(".", "_"))(message)
        return await super().dispatch(message)

    async def send(self, text_data=None, bytes_data=None, close=False):
        """Every frame checks the socket's backlog first: a phone that stopped reading is closed
        (it reconnects and resyncs) instead of piling up frames in the server's memory."""
        if getattr(self, "dropped", False):
            return
        if fanout.too_far_behind(self):
            self.dropped = True
            fanout.drop(self)
            return
        await super().send(text_data=text_data, bytes_data=bytes_data, close=close)

    async def frame(self, event):
        await self.send(text_data=event["html"])

    async def room_frame(self, html: str):
        """A frame of the room, from the hub: the same text every socket of the group gets."""
        if self.held is not None:
            self.held.append(html)
        else:
            await self.send(text_data=html)

    async def personal_frame(self, event):
        """A frame for this phone only (e.g. its own notes before the reveal), in its language."""
        html = event["frames"].get(self.language)
        if html:
            await self.send(text_data=html)

    async def access_check(self, event):
        """The facilitator link was renewed: a console that came in through the old one is closed."""
        try:
            await database_sync_to_async(refreshed)(self.actor)
        except DomainError as refusal:
            with translation.override(self.language):
                await self.send_error(refusal.message)
            await self.close(code=CLOSE_NOT_ALLOWED)

    async def participant_event(self, event):
        """Only for this phone. Removal closes every socket it has in the room."""
        if event["kind"] == "removed":
            with translation.override(self.language):
                await self.send_error(_("De gespreksleider heeft je uit deze ruimte gehaald."))
            await self.close(code=CLOSE_NOT_ALLOWED)
