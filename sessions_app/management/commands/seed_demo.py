import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse

from sessions_app import demo, links


class Command(BaseCommand):
    help = "Loads the demo events from the sources (twice is the same as once) and prints their links."

    def add_arguments(self, parser):
        parser.add_argument("--password", help="password of the staff account 'organisator' (default: a random one, printed)")
        parser.add_argument("--base-url", default=settings.SITE_URL, help="where the app is reached (default: SITE_URL)")

    def handle(self, *args, password=None, base_url=None, **options):
        password = password or None
        if not password and not get_user_model().objects.filter(username="organisator").exists():
            password = secrets.token_urlsafe(12)
        with transaction.atomic():
            organiser, _created = demo.ensure_organiser(password)
            loaded = demo.load_all(organiser)
        for event, rooms in loaded:
            self.stdout.write(self.style.MIGRATE_HEADING(f"\n{event.title} — {event.subtitle}"))
            # The event's one join link (code and QR for everybody), then the organiser's overview.
            self.stdout.write(f"  bijeenkomst (code {event.code})")
            self.stdout.write(f"    deelnemen:      {links.event_join_url(event, base_url)}")
            self.stdout.write(f"    overzicht:      {links.event_overview_url(event, base_url)}")
            self.stdout.write(f"    plenair bord:   {links.absolute(reverse('event_plenary', args=[event.slug]), base_url)}")
            for room in rooms:
                self.stdout.write(f"  {room.title} (code {room.code})")
                self.stdout.write(f"    deelnemen:      {links.join_url(room, base_url)}")
                self.stdout.write(f"    gespreksleider: {links.facilitator_url(room, base_url)}")
        if password:
            self.stdout.write(f"\nOrganisator: gebruikersnaam 'organisator', wachtwoord: {password}")
        else:
            self.stdout.write("\nOrganisator: gebruikersnaam 'organisator', wachtwoord ongewijzigd (nieuw: --password)")
