"""The organiser's socket for a whole event: parse, authorise, call a service, done.

`/ws/event/<slug>/` is the live overview (it also takes the organiser's actions for all rooms);
`/ws/event/<slug>/plenair/` is the plenary board. Frames come from realtime.overview."""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sessions_app import frame_queries, permissions
from sessions_app.identity import event_actor
from sessions_app.services.errors import DomainError, NotFound

from . import overview, protocol
from .consumers import CLOSE_NOT_ALLOWED
from .groups import event_group, plenary_group
from .language import language_of
from .limits import TokenBucket


class EventConsumer(AsyncWebsocketConsumer):
    actor = None
    view = "overview"

    async def connect(self):
        self.language = language_of(self.scope)
        self.bucket = TokenBucket(settings.SOCKET_MESSAGES_PER_SECOND)
        self.view = self.scope["url_route"]["kwargs"].get("view") or "overview"
        await self.accept()
        try:
            with translation.override(self.language):
                self.actor = await database_sync_to_async(self.identify)()
        except DomainError as refusal:
            await self.send_error(refusal.message)
            await self.close(code=CLOSE_NOT_ALLOWED)
            return
        event_id = self.actor.event.pk
        group = plenary_group if self.view == "plenair" else event_group
        self.groups = [group(event_id, self.language)]
        for name in self.groups:
            await self.channel_layer.group_add(name, self.channel_name)
        await self.send_snapshot()

    def identify(self):
        event = frame_queries.event_by_slug(self.scope["url_route"]["kwargs"]["slug"])
        if event is None:
            raise NotFound(gettext_lazy("Deze bijeenkomst bestaat niet (meer)."))
        actor = event_actor(
            event, cookies=self.scope.get("cookies", {}), session=self.scope.get("session"), user=self.scope.get("user")
        )
        permissions.require(actor, "plenary.view" if self.view == "plenair" else "event.view")
        return actor

    async def disconnect(self, code):
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
            command = protocol.parse(text_data)
            await database_sync_to_async(self.perform)(command)
        except DomainError as refusal:
            return await self.send_error(refusal.message)
        if getattr(command, "wants_snapshot", False):
            await self.send_snapshot()

    def perform(self, command):
        event = frame_queries.event(self.actor.event.pk)
        if event is None:
            raise NotFound(gettext_lazy("Deze bijeenkomst bestaat niet (meer)."))
        from dataclasses import replace

        return command.perform(replace(self.actor, event=event))

    async def send_snapshot(self):
        render = overview.plenary_board if self.view == "plenair" else overview.overview_body
        html = await database_sync_to_async(render)(self.actor.event, self.language)
        await self.send(text_data=html)

    async def send_error(self, message: str):
        await self.send(text_data=render_to_string("partials/error.html", {"message": message}))

    async def frame(self, event):
        await self.send(text_data=event["html"])
