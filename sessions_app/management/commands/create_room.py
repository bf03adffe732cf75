from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sessions_app import links
from sessions_app.methods import CHOOSABLE, DEFAULT_METHOD
from sessions_app.models import Event
from sessions_app.services import rooms
from sessions_app.services.errors import DomainError


class Command(BaseCommand):
    help = "Makes a room (a deelsessie) with the phases of a method and prints its join link, then its facilitator link."

    def add_arguments(self, parser):
        parser.add_argument("--title", required=True)
        parser.add_argument("--method", choices=CHOOSABLE, help="4v (default; with --event: the event's method), 5v, soar or gesprek")
        parser.add_argument("--event", help="the slug of the event the room belongs to (in its current round)")
        parser.add_argument("--base-url", default=settings.SITE_URL, help="where the app is reached (default: SITE_URL)")

    def handle(self, *args, title, method=None, event=None, base_url=None, **options):
        fields = {}
        if event:
            found = Event.objects.filter(slug=event).first()
            if found is None:
                raise CommandError(f"Geen bijeenkomst met de korte naam {event!r}.")
            fields = {"event": found, "round": found.current_round, "position": found.rooms.count()}
            method = method or found.method
        try:
            room = rooms.create_room(title=title.strip() or "Deelsessie", method=method or DEFAULT_METHOD, **fields)
        except DomainError as refusal:
            raise CommandError(refusal.message)
        self.stdout.write(f"{room.title} (code {room.code})")
        self.stdout.write(f"  deelnemen:      {links.join_url(room, base_url)}")
        self.stdout.write(f"  gespreksleider: {links.facilitator_url(room, base_url)}")
