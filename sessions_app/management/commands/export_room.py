from django.core.management.base import CommandError
from django.utils import translation

from sessions_app import report
from sessions_app.reads.export import room_data
from sessions_app.report import cli
from sessions_app.report.builder import build_room
from sessions_app.report.jsonfmt import room_dict
from sessions_app.services.errors import DomainError
from sessions_app.services.rooms import room_by_code


class Command(cli.ExportCommand):
    help = "Prints a room (a deelsessie) with its phases and notes, or its verslag in another format."
    key = "code"

    def find(self, code):
        try:
            return room_by_code(code)
        except DomainError as refusal:
            raise CommandError(refusal.message)

    def export(self, room, fmt, language):
        return report.room_export(room, fmt, language=language)

    def contract(self, room, language):
        # The public contract (docs/protocol.md), plus the verslag structure (docs/verslag.md).
        data = room_data(room)
        with translation.override(language or room.language or "nl"):
            data["verslag"] = room_dict(build_room(room))
        return data
