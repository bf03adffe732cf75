from django.core.management.base import BaseCommand

from sessions_app.services.privacy import purge_expired


class Command(BaseCommand):
    help = (
        "Deletes events past their retention period (Event.retention_days after the event date) "
        "and stand-alone rooms unused for ROOM_RETENTION_DAYS: rooms, notes, participants, votes, "
        "attendees. Run it daily (see docs/deploy.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only print what would be deleted")

    def handle(self, *args, dry_run=False, **options):
        deleted = purge_expired(dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb}: {deleted.events} events, {deleted.rooms} rooms, {deleted.participants} participants, "
            f"{deleted.attendees} attendees, {deleted.notes} notes, {deleted.votes} votes, "
            f"{deleted.themes} themes, {deleted.actions} actions."
        )
        for title in deleted.titles:
            self.stdout.write(f"  - {title}")
