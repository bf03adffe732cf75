import json

from django.core.management.base import BaseCommand, CommandError

from sessions_app.export import room_data
from sessions_app.services.errors import DomainError
from sessions_app.services.rooms import room_by_code


class Command(BaseCommand):
    help = "Prints a room (a deelsessie) with its phases and notes."

    def add_arguments(self, parser):
        parser.add_argument("code")
        parser.add_argument("--format", default="json", choices=["json"])
        parser.add_argument("-o", "--output", help="write to this file instead of standard output")

    def handle(self, *args, code, format, output=None, **options):
        try:
            room = room_by_code(code)
        except DomainError as refusal:
            raise CommandError(refusal.message)
        text = json.dumps(room_data(room), ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        else:
            self.stdout.write(text)
