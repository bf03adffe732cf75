from django.db import migrations, models


def number_the_participants(apps, schema_editor):
    """Who joined earlier gets the lower number, per room."""
    Participant = apps.get_model("sessions_app", "Participant")
    counters: dict[int, int] = {}
    for participant in Participant.objects.order_by("room_id", "joined_at", "id").only("pk", "room_id"):
        counters[participant.room_id] = counters.get(participant.room_id, 0) + 1
        Participant.objects.filter(pk=participant.pk).update(number=counters[participant.room_id])


class Migration(migrations.Migration):

    dependencies = [
        ("sessions_app", "0003_trust_room_flags"),
    ]

    operations = [
        migrations.AddField(
            model_name="participant",
            name="number",
            field=models.PositiveIntegerField(blank=True, null=True),
        ),
        migrations.RunPython(number_the_participants, migrations.RunPython.noop),
    ]
