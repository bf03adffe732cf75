import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from sessions_app import report
from sessions_app.reads.export import room_data
from sessions_app.report import cli
from sessions_app.report.builder import build_room
from sessions_app.report.jsonfmt import room_dict
from sessions_app.services.errors import DomainError
from sessions_app.services.rooms import room_by_code


class Command(BaseCommand):
    help = "Prints a room (a deelsessie) with its phases and notes, or its verslag in another format."

    def add_arguments(self, parser):
        parser.add_argument("code")
        cli.add_arguments(parser)

    def handle(self, *args, code, format, output=None, language=None, **options):
        try:
            room = room_by_code(code)
        except DomainError as refusal:
            raise CommandError(refusal.message)
        if format != "json":
            cli.write(self, report.room_export(room, format, language=language), output)
            return
        # The public contract (docs/protocol.md), plus the verslag structure (docs/verslag.md).
        data = room_data(room)
        with translation.override(language or room.language or "nl"):
            data["verslag"] = room_dict(build_room(room))
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        else:
            self.stdout.write(text)
