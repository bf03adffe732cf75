"""The organiser's socket for a whole event: parse, authorise, call a service, done.

`/ws/event/<slug>/` is the live overview (it also takes the organiser's commands for all rooms);
`/ws/event/<slug>/plenair/` is the plenary board. Frames come from realtime.overview."""

from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sessions_app import permissions, throttle
from sessions_app.reads import frames as frame_reads
from sessions_app.identity import event_actor
from sessions_app.services.errors import DomainError, NotAllowed, NotFound

from . import commands, overview
from .consumers import CLOSE_NOT_ALLOWED, AddressLimited
from .groups import event_group, plenary_group
from .language import language_of
from .limits import TokenBucket


class Revoked(NotAllowed):
    """The socket's user is no longer an organiser of this event (or no longer active)."""


class EventConsumer(AddressLimited, AsyncWebsocketConsumer):
    actor = None
    view = "overview"

    async def connect(self):
        self.language = language_of(self.scope)
        self.bucket = TokenBucket(settings.SOCKET_MESSAGES_PER_SECOND)
        self.view = self.scope["url_route"]["kwargs"].get("view") or "overview"
        await self.accept()
        if not await self.admit_address():
            return
        try:
            self.actor = await database_sync_to_async(self.identify)()
        except DomainError:
            # One answer for an unknown slug and an event this socket may not see; a miss either way.
            await sync_to_async(throttle.record_miss)(self.address)
            with translation.override(self.language):
                await self.send_error(_("Dat mag alleen de organisator van deze bijeenkomst."))
            await self.close(code=CLOSE_NOT_ALLOWED)
            return
        event_id = self.actor.event.pk
        group = plenary_group if self.view == "plenair" else event_group
        self.groups = [group(event_id, self.language)]
        for name in self.groups:
            await self.channel_layer.group_add(name, self.channel_name)
        await self.send_snapshot()

    def identify(self, event=None, user=None):
        """The organiser (or staff) this socket belongs to, as they are now: also asked again
        before every action, so someone removed from the event or deactivated stops steering."""
        event = event or frame_reads.event_by_slug(self.scope["url_route"]["kwargs"]["slug"])
        if event is None:
            raise NotFound(gettext_lazy("Deze bijeenkomst bestaat niet (meer)."))
        actor = event_actor(
            event, cookies=self.scope.get("cookies", {}), session=self.scope.get("session"), user=user or self.scope.get("user")
        )
        permissions.require(actor, "plenary.view" if self.view == "plenair" else "event.view")
        return actor

    async def disconnect(self, code):
        self.release_address()
        for name in getattr(self, "groups", []):
            await self.channel_layer.group_discard(name, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        if self.actor is None:
            return
        with translation.override(self.language):
            await self.handle(text_data, bytes_data)

    async def handle(self, text_data, bytes_data):
        if bytes_data is not None or text_data is None:
            return await self.send_error(_("Dit bericht begrijpen we niet. Stuur alleen tekst."))
        if len(text_data) > settings.SOCKET_MAX_FRAME_BYTES:
            return await self.send_error(_("Dit bericht is te groot."))
        if not self.bucket.take():
            return await self.send_error(_("Je stuurt heel veel tegelijk. Wacht even."))
        try:
            command = commands.parse(text_data)
            await database_sync_to_async(self.perform)(command)
        except Revoked as refusal:  # no longer an organiser of this event: the socket closes
            await self.send_error(refusal.message)
            return await self.close(code=CLOSE_NOT_ALLOWED)
        except DomainError as refusal:
            return await self.send_error(refusal.message)
        if getattr(command, "wants_snapshot", False):
            await self.send_snapshot()

    def perform(self, command):
        event = frame_reads.event(self.actor.event.pk)
        if event is None:
            raise NotFound(gettext_lazy("Deze bijeenkomst bestaat niet (meer)."))
        try:
            self.actor = self.identify(event, user=self.current_user())
        except NotAllowed as refusal:
            raise Revoked(refusal.lazy_message) from None
        return commands.run(command, self.actor)

    def current_user(self):
        """The socket's user as the database has it now (an account can be deactivated while its
        socket is open); anonymous once it is gone or inactive."""
        return frame_reads.active_user(self.scope.get("user"))

    async def send_snapshot(self):
        render = overview.plenary_board if self.view == "plenair" else overview.overview_body
        html = await database_sync_to_async(render)(self.actor.event, self.language)
        await self.send(text_data=html)

    async def send_error(self, message: str):
        await self.send(text_data=render_to_string("partials/error.html", {"message": message}))

    async def frame(self, event):
        await self.send(text_data=event["html"])
