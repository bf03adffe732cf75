"""Interviews in tweetallen: unlikely pairs first, one trio when odd, stories about the partner."""

from types import SimpleNamespace

import pytest

from sessions_app.models import Note, Participant, new_device_id
from sessions_app.reads import interviews as interview_reads
from sessions_app.services import interviews, pairing, rooms
from sessions_app.services.errors import DomainError, NotAllowed
from sessions_app.services.participants import join_room

pytestmark = pytest.mark.django_db


def person(name, perspective):
    return SimpleNamespace(name=name, perspective=perspective)


def names(groups):
    return [[member.name for member in group] for group in groups]


def test_pairs_join_different_perspectives_before_same_ones():
    people = [person("a", "beleid"), person("b", "beleid"), person("c", "inwoner"), person("d", "inwoner")]

    made = pairing.groups(people)

    assert all(len({member.perspective for member in group}) == 2 for group in made)
    assert sorted(name for group in names(made) for name in group) == ["a", "b", "c", "d"]


def test_an_odd_number_makes_exactly_one_trio_and_the_rest_pairs():
    people = [person(str(n), perspective) for n, perspective in enumerate(["beleid"] * 3 + ["inwoner", "praktijk"])]

    made = pairing.groups(people)

    assert sorted(len(group) for group in made) == [2, 3]


def test_the_same_perspective_only_meets_when_nothing_else_is_left():
    people = [person(str(n), "beleid") for n in range(4)] + [person("x", "inwoner")]

    made = pairing.groups(people)

    mixed = [group for group in made if {"beleid", "inwoner"} <= {m.perspective for m in group}]
    assert len(mixed) == 1 and sorted(len(group) for group in made) == [2, 3]


def test_fewer_than_two_people_make_no_groups():
    assert pairing.groups([person("a", "beleid")]) == []


def test_roles_move_one_seat_on_per_turn():
    assert [interview_reads.roles(2, turn) for turn in range(3)] == [(0, 1), (1, 0), (0, 1)]
    assert [interview_reads.roles(3, turn)[0] for turn in range(3)] == [0, 1, 2]


@pytest.fixture
def room(db):
    return rooms.create_room(title="Armoede")


def phone(room, name, perspective):
    return join_room(room, new_device_id(), name=name, perspective=perspective)


def test_starting_pairs_the_phones_and_each_sees_the_other_as_partner(room):
    anna, bram = phone(room, "Anna", "ervaringsdeskundige"), phone(room, "Bram", "beleid")

    room = interviews.start(room)

    anna.refresh_from_db(), bram.refresh_from_db()
    assert room.interviews_running and anna.interview_group == bram.interview_group
    assert interviews.seats(room, anna)["partner"].pk == bram.pk
    assert interviews.seats(room, bram)["partner"].pk == anna.pk
    assert {interviews.seats(room, anna)["role"], interviews.seats(room, bram)["role"]} == {"tells", "asks"}
    assert room.timer_ends_at is not None  # a timer per turn


def test_start_needs_two_phones_and_says_so_in_dutch(room):
    phone(room, "Anna", "beleid")

    with pytest.raises(DomainError, match="te weinig deelnemers"):
        interviews.start(room)


def test_a_story_is_about_the_current_partner_and_carries_their_perspective(room):
    anna, bram = phone(room, "Anna", "ervaringsdeskundige"), phone(room, "Bram", "beleid")
    room = interviews.start(room)

    story, created = interviews.add_story(room, bram, text="Anna vond steun bij de buurvrouw.", client_id="s-1")

    assert created and story.kind == "story"
    assert (story.about_id, story.about_perspective, story.participant_id) == (anna.pk, "ervaringsdeskundige", bram.pk)
    assert story.phase == room.phase and not story.private


def test_a_story_is_stored_once_per_client_id(room):
    anna, bram = phone(room, "Anna", "ervaringsdeskundige"), phone(room, "Bram", "beleid")
    room = interviews.start(room)

    first, _ = interviews.add_story(room, bram, text="Eerste", client_id="s-1")
    again, created = interviews.add_story(room, bram, text="Eerste", client_id="s-1")

    assert not created and again.pk == first.pk and Note.objects.count() == 1


def test_a_story_without_a_partner_is_refused_in_dutch(room):
    anna = phone(room, "Anna", "ervaringsdeskundige")

    with pytest.raises(NotAllowed, match="geen partner") as refusal:
        interviews.add_story(room, anna, text="Iets", client_id="s-1")
    assert refusal.value.client_id == "s-1"  # the phone gets its text back


def test_after_wissel_the_story_is_about_the_other_one(room):
    anna, bram = phone(room, "Anna", "ervaringsdeskundige"), phone(room, "Bram", "beleid")
    room = interviews.start(room)
    before = interviews.seats(room, anna)["role"]

    room = interviews.swap(room)

    assert interviews.seats(room, anna)["role"] != before
    story, _ = interviews.add_story(room, anna, text="Bram leerde van bewoners.", client_id="s-2")
    assert story.about_id == bram.pk and story.about_perspective == "beleid"


def test_in_a_trio_everyone_has_a_partner(room):
    people = [phone(room, name, p) for name, p in (("A", "beleid"), ("B", "inwoner"), ("C", "praktijk"))]
    room = interviews.start(room)

    partners = [interviews.seats(room, p)["partner"] for p in people]

    assert all(partner is not None for partner in partners)
    assert sorted(interviews.seats(room, p)["role"] for p in people) == ["asks", "listens", "tells"]


def test_stop_ends_the_pairs_and_keeps_the_stories(room):
    anna, bram = phone(room, "Anna", "ervaringsdeskundige"), phone(room, "Bram", "beleid")
    room = interviews.start(room)
    interviews.add_story(room, bram, text="Verhaal", client_id="s-1")

    room = interviews.stop(room)

    assert not room.interviews_running
    assert not Participant.objects.filter(interview_group__isnull=False).exists()
    assert Note.objects.filter(kind="story").count() == 1
    with pytest.raises(NotAllowed):
        interviews.add_story(room, bram, text="Nog een", client_id="s-2")


def test_only_the_partner_the_story_is_about_may_correct_it(room):
    anna, bram = phone(room, "Anna", "ervaringsdeskundige"), phone(room, "Bram", "beleid")
    room = interviews.start(room)
    story, _ = interviews.add_story(room, bram, text="Anna vond steun.", client_id="s-1")

    with pytest.raises(NotAllowed):
        interviews.correct_story(room, bram, story.pk, "Anders")
    corrected = interviews.correct_story(room, anna, story.pk, "Ik vond steun bij mijn buurvrouw.")

    assert corrected.text == "Ik vond steun bij mijn buurvrouw." and corrected.corrected_at is not None


def test_the_guide_is_the_methods_until_the_room_has_its_own(room):
    phone(room, "Anna", "beleid"), phone(room, "Bram", "inwoner")
    assert interviews.guide(room)[0].startswith("Vertel over een moment waarop het echt goed ging")

    room = interviews.start(room, guide_text="Wat ging goed?\nWie hielp?")

    assert interviews.guide(room) == ["Wat ging goed?", "Wie hielp?"]


def test_a_guide_of_five_questions_is_refused(room):
    phone(room, "Anna", "beleid"), phone(room, "Bram", "inwoner")

    with pytest.raises(DomainError, match="hoogstens 4"):
        interviews.start(room, guide_text="\n".join(f"Vraag {n}?" for n in range(5)))
