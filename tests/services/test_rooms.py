"""Rooms: their codes, their prompts and the facilitator's secret link."""

import pytest

from sessions_app.models import Room
from sessions_app.services import codes, rooms
from sessions_app.services.errors import DomainError, NotFound

pytestmark = pytest.mark.django_db


def version(room) -> int:
    return Room.objects.get(pk=room.pk).version


def test_a_code_is_six_characters_without_look_alikes():
    for _ in range(200):
        code = codes.new_code(lambda code: False)
        assert len(code) == 6
        assert set(code) <= set(codes.ALPHABET)
    assert not set("0O1IL") & set(codes.ALPHABET)


def test_a_new_code_skips_codes_that_are_taken():
    seen = []

    def taken(code):
        seen.append(code)
        return len(seen) < 3

    assert codes.new_code(taken) == seen[-1] and len(seen) == 3


def test_every_room_gets_its_own_code(db):
    made = [rooms.create_room(title=f"Ruimte {n}") for n in range(20)]
    assert len({room.code for room in made}) == 20


@pytest.mark.parametrize("typed", ["{code}", "{lower}", " {lower} ", "{a} {b}", "{a}-{b}"])
def test_a_code_is_found_whatever_the_case_and_spaces(armoede, typed):
    code = armoede.code
    raw = typed.format(code=code, lower=code.lower(), a=code[:3].lower(), b=code[3:])

    assert rooms.room_by_code(raw) == armoede


@pytest.mark.parametrize("typed", ["", "ZZZZZZ", "abc", None])
def test_an_unknown_code_gets_a_dutch_message(armoede, typed):
    if typed == "ZZZZZZ" and armoede.code == "ZZZZZZ":
        typed = "YYYYYY"
    with pytest.raises(NotFound, match="Deze code kennen we niet"):
        rooms.room_by_code(typed)


def test_a_room_gets_the_four_phases_with_default_or_own_prompts(db):
    room = rooms.create_room(title="Armoede", prompts={"verbeelden": "Wat zie je over drie jaar?"})

    prompts = dict(room.phases.values_list("key", "prompt"))
    assert list(prompts) == ["verkennen", "verbeelden", "vormgeven", "verwezenlijken"]
    assert prompts["verbeelden"] == "Wat zie je over drie jaar?"
    assert all(prompts.values())


def test_the_facilitator_edits_a_prompt(armoede):
    before = version(armoede)

    rooms.set_prompt(armoede, "vormgeven", "  Wat heb je nodig van de gemeente?  ")

    assert armoede.phases.get(key="vormgeven").prompt == "Wat heb je nodig van de gemeente?"
    assert version(armoede) == before + 1


@pytest.mark.parametrize("prompt, phase", [("", "vormgeven"), ("   ", "vormgeven"), ("x" * 601, "vormgeven"),
                                           ("Goede vraag", "verdwalen"), ("\x00\x07", "vormgeven")])
def test_a_bad_prompt_is_refused_and_changes_nothing(armoede, prompt, phase):
    before = version(armoede)
    original = armoede.phases.get(key="vormgeven").prompt

    with pytest.raises(DomainError):
        rooms.set_prompt(armoede, phase, prompt)

    assert armoede.phases.get(key="vormgeven").prompt == original
    assert version(armoede) == before


def test_control_characters_in_a_prompt_are_dropped(armoede):
    rooms.set_prompt(armoede, "vormgeven", "Wat is\x00 er nodig?\nEn van wie?")
    assert armoede.phases.get(key="vormgeven").prompt == "Wat is er nodig?\nEn van wie?"


def test_saving_the_same_prompt_again_changes_nothing(armoede):
    rooms.set_prompt(armoede, "vormgeven", "Wat is er nodig?")
    before = version(armoede)

    rooms.set_prompt(armoede, "vormgeven", "Wat is er nodig?")

    assert version(armoede) == before


def test_renewing_the_facilitator_link_gives_a_new_secret(armoede):
    old = armoede.facilitator_token

    renewed = rooms.renew_facilitator_link(armoede)

    assert renewed.facilitator_token != old
    assert len(renewed.facilitator_token) >= 24
    assert Room.objects.get(pk=armoede.pk).facilitator_token == renewed.facilitator_token
