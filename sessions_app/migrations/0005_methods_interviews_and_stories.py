# Issue 15: methods to choose (Event.method), interviews in tweetallen and stories.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('sessions_app', '0004_participant_number'),
    ]

    operations = [
        migrations.AddField(
            model_name='event',
            name='method',
            field=models.CharField(default='4v', max_length=20, verbose_name='werkvorm'),
        ),
        migrations.AddField(
            model_name='note',
            name='about',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='stories_about', to='sessions_app.participant'),
        ),
        migrations.AddField(
            model_name='note',
            name='about_perspective',
            field=models.CharField(blank=True, choices=[('ervaringsdeskundige', 'ervaringsdeskundige'), ('beleid', 'beleid'), ('praktijk', 'praktijk'), ('onderwijs', 'onderwijs of onderzoek'), ('inwoner', 'inwoner'), ('anders', 'anders')], max_length=30),
        ),
        migrations.AddField(
            model_name='note',
            name='corrected_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='note',
            name='kind',
            field=models.CharField(choices=[('note', 'briefje'), ('story', 'verhaal')], default='note', max_length=10),
        ),
        migrations.AddField(
            model_name='participant',
            name='interview_group',
            field=models.PositiveIntegerField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='participant',
            name='interview_seat',
            field=models.PositiveIntegerField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='room',
            name='interview_guide',
            field=models.TextField(blank=True, verbose_name='interviewvragen'),
        ),
        migrations.AddField(
            model_name='room',
            name='interview_turn',
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name='room',
            name='interviews_running',
            field=models.BooleanField(default=False),
        ),
    ]
