"""What export_room and export_event share: the format choice, writing out, and the command."""

import json
import sys

from django.core.management.base import BaseCommand

from . import FORMATS

FORMAT_HELP = "json (the contract, with the verslag under 'verslag'/'krant'), html, pdf, docx, md, csv or xlsx"


def add_arguments(parser) -> None:
    parser.add_argument("--format", default="json", choices=list(FORMATS), help=FORMAT_HELP)
    parser.add_argument("-o", "--output", help="write to this file instead of standard output")
    parser.add_argument("--language", choices=["nl", "en"], help="language of headings and labels (default: the room's)")


def write(command, data: bytes, output: str | None) -> None:
    if output:
        with open(output, "wb") as handle:
            handle.write(data)
        return
    command.stdout.flush()
    stream = getattr(command.stdout, "_out", sys.stdout)
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        buffer.write(data)
        buffer.flush()
    else:  # a text stream (as in tests): text formats only
        stream.write(data.decode("utf-8"))


class ExportCommand(BaseCommand):
    """A manage.py export of one thing found by `key`: json is the public contract with its
    verslag (or krant) in it (`contract`), every other format the verslag's bytes (`export`)."""

    key = ""

    def find(self, value):
        raise NotImplementedError

    def export(self, found, fmt, language) -> bytes:
        raise NotImplementedError

    def contract(self, found, language) -> dict:
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument(self.key)
        add_arguments(parser)

    def handle(self, *args, format, output=None, language=None, **options):
        found = self.find(options[self.key])
        if format != "json":
            write(self, self.export(found, format, language), output)
            return
        text = json.dumps(self.contract(found, language), ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        else:
            self.stdout.write(text)
