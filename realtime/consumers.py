"""Sockets: parse, authorise, call a service, done. Broadcasting happens after the commit, in
realtime.broadcast; a consumer only forwards frames to its socket."""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from sessions_app import permissions
from sessions_app.identity import actor_for, refreshed
from sessions_app.services.errors import DomainError
from sessions_app.services.rooms import room_by_code

from . import broadcast, protocol
from .groups import FACILITATORS, PARTICIPANTS, participant_group, room_group
from .language import language_of
from .limits import TokenBucket

CLOSE_NOT_ALLOWED = 4403


class RoomConsumer(AsyncWebsocketConsumer):
    actor = None

    async def connect(self):
        self.language = language_of(self.scope)
        self.bucket = TokenBucket(settings.SOCKET_MESSAGES_PER_SECOND)
        await self.accept()
        try:
            self.actor = await database_sync_to_async(self.identify)()
        except DomainError as refusal:
            await self.send_error(refusal.message)
            await self.close(code=CLOSE_NOT_ALLOWED)
            return
        self.audience = FACILITATORS if self.actor.steers else PARTICIPANTS
        self.room_id = self.actor.room.pk
        self.groups = [room_group(self.room_id, self.audience, self.language)]
        if self.actor.participant:
            self.groups.append(participant_group(self.actor.participant.pk))
        for group in self.groups:
            await self.channel_layer.group_add(group, self.channel_name)
        await self.send_snapshot()

    def identify(self):
        room = room_by_code(self.scope["url_route"]["kwargs"]["code"])
        actor = actor_for(
            room, cookies=self.scope.get("cookies", {}), session=self.scope.get("session"), user=self.scope.get("user")
        )
        if actor.role == "removed":
            raise DomainError(_("De gespreksleider heeft je uit deze ruimte gehaald."))
        permissions.require(actor, "board.view")
        return actor

    async def disconnect(self, code):
        for group in getattr(self, "groups", []):
            await self.channel_layer.group_discard(group, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        if self.actor is None:
            return
        with translation.override(self.language):
            await self.handle(text_data, bytes_data)

    async def handle(self, text_data, bytes_data):
        if bytes_data is not None or text_data is None:
            return await self.send_error(_("Dit bericht begrijpen we niet. Stuur alleen tekst."))
        if len(text_data.encode("utf-8", "surrogatepass")) > settings.SOCKET_MAX_FRAME_BYTES:
            return await self.send_error(_("Dit bericht is te groot."))
        if not self.bucket.take():
            return await self.send_error(_("Je stuurt heel veel tegelijk. Wacht even."))
        try:
            command = protocol.parse(text_data)
            reply = await database_sync_to_async(self.perform)(command)
        except DomainError as refusal:
            return await self.send_error(refusal.message, refusal.client_id)
        if reply and reply.get("ack"):
            await self.send(text_data=render_to_string("partials/ack.html", {"client_id": reply["ack"]}))
        if getattr(command, "wants_snapshot", False):
            await self.send_snapshot()

    def perform(self, command):
        return command.perform(refreshed(self.actor))

    async def send_snapshot(self):
        viewer = self.actor.participant.pk if self.actor.participant else None
        html = await database_sync_to_async(broadcast.snapshot)(self.room_id, self.audience, self.language, viewer)
        await self.send(text_data=html)

    async def send_error(self, message: str, client_id: str = ""):
        html = render_to_string("partials/error.html", {"message": message, "client_id": client_id})
        await self.send(text_data=html)

    async def frame(self, event):
        await self.send(text_data=event["html"])

    async def personal_frame(self, event):
        """A frame for this phone only (e.g. its own notes before the reveal), in its language."""
        html = event["frames"].get(self.language)
        if html:
            await self.send(text_data=html)

    async def participant_event(self, event):
        """Only for this phone. Removal closes every socket it has in the room."""
        if event["kind"] == "removed":
            with translation.override(self.language):
                await self.send_error(_("De gespreksleider heeft je uit deze ruimte gehaald."))
            await self.close(code=CLOSE_NOT_ALLOWED)
