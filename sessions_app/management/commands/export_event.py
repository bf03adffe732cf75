import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation

from sessions_app import report
from sessions_app.reads.export import room_data
from sessions_app.models import Event
from sessions_app.report import cli
from sessions_app.report.builder import build_event
from sessions_app.report.jsonfmt import event_dict


def _moment(value) -> str | None:
    """A round's start or end in the event's own time zone (settings.TIME_ZONE), ISO 8601."""
    return timezone.localtime(value).isoformat() if value else None


def event_data(event: Event) -> dict:
    """The event contract: slug, title, date, rounds[...] with each room as export_room prints it."""
    rooms = list(event.rooms.all().order_by("position", "id"))
    rounds = [
        {"title": round_.title, "position": round_.position,
         "starts_at": _moment(round_.starts_at), "ends_at": _moment(round_.ends_at),
         "rooms": [room_data(room) for room in rooms if room.round_id == round_.pk]}
        for round_ in event.rounds.all()
    ]
    loose = [room_data(room) for room in rooms if room.round_id is None]
    if loose:
        rounds.append({"title": "", "position": None, "starts_at": None, "ends_at": None, "rooms": loose})
    return {
        "slug": event.slug,
        "title": event.title,
        "date": event.date.isoformat() if event.date else None,
        "rounds": rounds,
    }


class Command(BaseCommand):
    help = "Prints an event with its rounds and rooms, or its krant in another format."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        cli.add_arguments(parser)

    def handle(self, *args, slug, format, output=None, language=None, **options):
        event = Event.objects.filter(slug=slug).first()
        if event is None:
            raise CommandError(f"Er is geen bijeenkomst met de korte naam '{slug}'.")
        if format != "json":
            cli.write(self, report.event_export(event, format, language=language), output)
            return
        data = event_data(event)
        with translation.override(language or "nl"):
            data["krant"] = event_dict(build_event(event))
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        else:
            self.stdout.write(text)
