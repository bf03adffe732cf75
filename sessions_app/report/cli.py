"""What export_room and export_event share: the format choice and writing bytes out."""

import sys

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
