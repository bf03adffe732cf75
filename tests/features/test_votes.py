"""Dot voting: the facilitator opens a vote, phones spend and take back their dots, the server
keeps the budget, and at the close every screen shows the ranking."""

import asyncio

import pytest
from asgiref.sync import sync_to_async

from sessions_app.reads.export import room_data
from sessions_app.models import Note, Participant, Room, Theme, Vote
from sessions_app.services import votes
from tests.helpers import SocketClient
from tests.features.cast_b import awrite, facilitator_of, participant, write

pytestmark = pytest.mark.django_db(transaction=True)


def count_is(kind, pk, text):
    return f'id="votes-{kind}-{pk}" class="vote-count">{text}<'


async def open_vote(console, **fields):
    await console.send("vote.open", **{"budget": "3", "max_per_item": "2", **fields})
    await console.receive_until('data-vote-open="true"')


async def test_a_phone_sees_its_own_dots_left(armoede, anna, bram, fatima, sockets):
    idea = await awrite(armoede, "Bram", "Een vaste contactpersoon")
    anna_phone = await sockets(armoede, anna)
    bram_phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await open_vote(console)
    opened = await anna_phone.receive_until('data-vote-open="true"')
    assert "Je hebt nog 3 stippen." in opened and "Geef een stip" in opened

    await anna_phone.send("vote.add", note_id=idea.pk)
    mine = await anna_phone.receive_until("Je hebt nog")
    assert "Je hebt nog 2 stippen." in mine
    assert "Een vaste contactpersoon · 1 stip" in mine and "Haal een stip weg" in mine

    counted = await bram_phone.receive_until(count_is("note", idea.pk, "1 stip"))
    assert "Je hebt nog" not in counted  # Anna's budget is hers alone
    assert await bram_phone.nothing_more()


async def test_a_vote_frame_is_a_count_not_a_board(armoede, anna, bram, fatima, sockets):
    idea = await awrite(armoede, "Bram", "Buurtkamer")
    anna_phone = await sockets(armoede, anna)
    bram_phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)
    await open_vote(console)

    await anna_phone.send("vote.add", note_id=idea.pk)

    for_phones = await bram_phone.receive_until(count_is("note", idea.pk, "1 stip"))
    for_console = await console.receive_until(count_is("note", idea.pk, "1 stip"))
    assert 'id="board"' not in for_phones and 'id="board"' not in for_console
    assert 'id="vote-results"' in for_console and "Buurtkamer" in for_console
    print(f"vote frame: {len(for_phones)} bytes to phones, {len(for_console)} bytes to the console")


async def test_a_phone_takes_a_dot_back(armoede, anna, fatima, sockets):
    idea = await awrite(armoede, "Anna", "Samen koken")
    anna_phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await open_vote(console)

    await anna_phone.send("vote.add", note_id=idea.pk)
    await anna_phone.receive_until("Je hebt nog 2 stippen.")
    await anna_phone.send("vote.remove", note_id=idea.pk)

    assert "Je hebt nog 3 stippen." in await anna_phone.receive_until("Je hebt nog")
    assert await Vote.objects.acount() == 0
    await anna_phone.send("vote.remove", note_id=idea.pk)
    assert "Je hebt hier geen stip op gezet." in await anna_phone.receive_until('id="messages"')


async def test_the_budget_and_the_maximum_per_note_hold(armoede, anna, bram, fatima, sockets):
    first = await awrite(armoede, "Bram", "Eerste idee")
    second = await awrite(armoede, "Bram", "Tweede idee")
    anna_phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await open_vote(console)

    for left in (2, 1):
        await anna_phone.send("vote.add", note_id=first.pk)
        await anna_phone.receive_until(f"Je hebt nog {left} stip")
    await anna_phone.send("vote.add", note_id=first.pk)
    assert "maximaal 2 stippen" in await anna_phone.receive_until('id="messages"')

    await anna_phone.send("vote.add", note_id=second.pk)
    await anna_phone.receive_until("Je hebt geen stippen meer.")
    await anna_phone.send("vote.add", note_id=second.pk)
    assert "Je stippen zijn op." in await anna_phone.receive_until('id="messages"')
    assert await Vote.objects.acount() == 3


async def test_two_tabs_of_one_phone_never_overspend(armoede, anna, bram, fatima, sockets):
    ideas = [await awrite(armoede, "Bram", f"Idee {n}") for n in range(4)]
    first_tab = await sockets(armoede, anna)
    second_tab = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await open_vote(console, max_per_item="3")

    await asyncio.gather(*(
        tab.send("vote.add", note_id=ideas[n % 4].pk) for n in range(10) for tab in (first_tab, second_tab)
    ))
    async def refusals_on(tab):
        found = 0
        while not await tab.nothing_more(timeout=3):  # a slow machine: wait until the tab is quiet
            found += "Je stippen zijn op." in await tab.receive()
        return found

    refusals = sum(await asyncio.gather(refusals_on(first_tab), refusals_on(second_tab)))

    anna_votes = await Vote.objects.filter(participant__name="Anna").acount()
    assert anna_votes == 3
    assert refusals == 20 - 3
    assert any("Je hebt geen stippen meer." in frame for frame in first_tab.frames)
    assert any("Je hebt geen stippen meer." in frame for frame in second_tab.frames)


async def test_hidden_counts_show_up_when_the_vote_closes(armoede, anna, bram, fatima, sockets):
    idea = await awrite(armoede, "Bram", "Een eigen plek")
    other = await awrite(armoede, "Bram", "Een vast spreekuur")
    anna_phone = await sockets(armoede, anna)
    bram_phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)
    await open_vote(console, counts_visible="false")

    await anna_phone.send("vote.add", note_id=idea.pk)
    await anna_phone.receive_until("Je hebt nog 2")
    await bram_phone.send("vote.add", note_id=idea.pk)
    await bram_phone.receive_until("Je hebt nog 2")
    await bram_phone.send("vote.add", note_id=other.pk)
    await bram_phone.receive_until("Je hebt nog 1")

    assert "2 stippen" in await console.receive_until("2 stippen")  # the console sees the count live
    assert not any("1 stip" in frame or "2 stippen" in frame for frame in anna_phone.frames if "Je hebt" not in frame)

    await console.send("vote.close")
    closed = await anna_phone.receive_until("Uitslag van het stemmen")
    assert closed.index("Een eigen plek") < closed.index("Een vast spreekuur")  # ranked, most dots first
    assert "2 stippen" in closed and "Geef een stip" not in closed


@pytest.mark.parametrize("case", ["other room", "hidden note", "voting closed", "other phase"])
async def test_a_dot_on_what_is_not_on_the_ballot_is_refused(case, armoede, sociale_basis, anna, cas, fatima, sockets):
    idea = await awrite(armoede, "Anna", "Mijn idee")
    elsewhere = await awrite(sociale_basis, "Cas", "Idee van Cas")
    anna_phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await open_vote(console)
    target = idea
    if case == "other room":
        target = elsewhere
    elif case == "hidden note":
        await Note.objects.filter(pk=idea.pk).aupdate(hidden=True)
    elif case == "voting closed":
        await console.send("vote.close")
        await anna_phone.receive_until('data-vote-open="false"')
    elif case == "other phase":
        await Room.objects.filter(pk=armoede.pk).aupdate(vote_phase="verbeelden")

    await anna_phone.send("vote.add", note_id=target.pk)

    refusal = await anna_phone.receive_until('id="messages"')
    assert "Stemmen is nu dicht." in refusal or "geen stip zetten" in refusal
    assert await Vote.objects.acount() == 0


async def test_only_participants_vote_and_only_the_facilitator_opens(armoede, sociale_basis, anna, fatima, sockets):
    idea = await awrite(armoede, "Anna", "Idee")
    anna_phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)

    await anna_phone.send("vote.open", budget="3")
    assert "Dat mag alleen de gespreksleider." in await anna_phone.receive_until('id="messages"')
    await open_vote(console)
    await console.send("vote.add", note_id=idea.pk)
    assert "Doe eerst mee" in await console.receive_until('id="messages"')
    await anna_phone.send("vote.close")
    assert "Dat mag alleen de gespreksleider." in await anna_phone.receive_until('id="messages"')
    assert (await Room.objects.aget(pk=armoede.pk)).vote_open is True
    assert await Vote.objects.acount() == 0


async def test_a_removed_phone_cannot_vote(armoede, anna, fatima, sockets):
    from django.utils import timezone

    idea = await awrite(armoede, "Anna", "Idee")
    anna_phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await open_vote(console)
    await Participant.objects.filter(room=armoede, name="Anna").aupdate(removed_at=timezone.now())

    await anna_phone.send("vote.add", note_id=idea.pk)

    assert "Doe eerst mee" in await anna_phone.receive_until('id="messages"')
    assert await Vote.objects.acount() == 0


async def test_a_vote_on_themes_needs_themes(armoede, fatima, sockets):
    console = await sockets(armoede, fatima)
    await console.send("vote.open", budget="3", target="themes")
    assert "Er zijn nog geen thema&#x27;s in deze fase." in await console.receive_until('id="messages"')
    assert (await Room.objects.aget(pk=armoede.pk)).vote_open is False


async def test_a_facilitator_of_another_room_cannot_steer_this_vote(armoede, sociale_basis, sockets):
    other_facilitator = await sync_to_async(facilitator_of)(sociale_basis)
    own_console = await sockets(sociale_basis, other_facilitator)
    await own_console.send("vote.open", budget="3")
    await own_console.receive_until('data-vote-open="true"')

    intruder = SocketClient(armoede, other_facilitator)
    connected, _ = await intruder.communicator.connect()
    assert connected
    await intruder.receive()
    assert await intruder.closed() == 4403
    assert (await Room.objects.aget(pk=armoede.pk)).vote_open is False


async def test_bad_vote_input_gets_a_dutch_sentence(armoede, anna, fatima, sockets):
    console = await sockets(armoede, fatima)
    anna_phone = await sockets(armoede, anna)

    await console.send("vote.open", budget="0")
    assert "Dat getal klopt niet." in await console.receive_until('id="messages"')
    await console.send("vote.open", budget="3", max_per_item="5")
    assert "maximum per briefje" in await console.receive_until('id="messages"')
    await open_vote(console)
    await anna_phone.send("vote.add")
    assert "Kies één briefje of één thema." in await anna_phone.receive_until('id="messages"')
    await anna_phone.send("vote.add", note_id="abc")
    assert "Dat getal klopt niet." in await anna_phone.receive_until('id="messages"')


async def test_voting_on_themes(armoede, anna, fatima, sockets):
    theme = await Theme.objects.acreate(room=armoede, phase="verkennen", title="Ontmoeting")
    anna_phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await open_vote(console, target="themes")
    opened = await anna_phone.receive_until('data-vote-open="true"')
    assert "Ontmoeting" in opened and f'name="theme_id" value="{theme.pk}"' in opened

    await anna_phone.send("vote.add", theme_id=theme.pk)
    assert "Ontmoeting · 1 stip" in await anna_phone.receive_until("Je hebt nog 2")
    await console.receive_until(count_is("theme", theme.pk, "1 stip"))
    await anna_phone.send("vote.add", note_id=1)
    assert "geen stip zetten" in await anna_phone.receive_until('id="messages"')


async def test_a_reconnecting_phone_gets_its_own_budget_back(armoede, anna, bram, fatima, sockets):
    idea = await awrite(armoede, "Bram", "Idee")
    console = await sockets(armoede, fatima)
    await open_vote(console)
    anna_phone = await sockets(armoede, anna)
    await anna_phone.send("vote.add", note_id=idea.pk)
    await anna_phone.receive_until("Je hebt nog 2")
    await anna_phone.disconnect()

    again = await sockets(armoede, anna)
    assert "Je hebt nog 2 stippen." in again.snapshot
    bram_phone = await sockets(armoede, bram)
    assert "Je hebt nog 3 stippen." in bram_phone.snapshot


def test_export_lists_votes(armoede, anna, bram):
    idea = write(armoede, "Bram", "Idee")
    votes.open_vote(armoede, budget=3)
    votes.add_vote(armoede, participant(armoede, "Anna"), note_id=idea.pk)
    votes.add_vote(armoede, participant(armoede, "Bram"), note_id=idea.pk)

    data = room_data(armoede)
    assert data["vote_open"] is True
    assert data["phases"][0]["notes"][0]["votes"] == 2


def test_parallel_dots_from_many_threads_stop_at_the_budget(armoede, anna, bram):
    """The same race without sockets: eight threads, each its own database connection, all
    adding dots for Anna at the same moment. The room's row lock lets exactly three through."""
    import threading

    from django.db import connection

    from sessions_app.services.errors import DomainError

    ideas = [write(armoede, "Bram", f"Idee {n}") for n in range(4)]
    votes.open_vote(armoede, budget=3, max_per_item=3)
    anna_now = participant(armoede, "Anna")
    start = threading.Barrier(8)
    outcomes = []

    def click(n):
        try:
            start.wait()
            votes.add_vote(armoede, anna_now, note_id=ideas[n % 4].pk)
            outcomes.append("stored")
        except DomainError as refusal:
            outcomes.append(refusal.message)
        finally:
            connection.close()

    threads = [threading.Thread(target=click, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("stored") == 3, outcomes
    assert outcomes.count("Je stippen zijn op. Haal eerst ergens een stip weg.") == 5
    assert Vote.objects.filter(participant=anna_now).count() == 3


async def test_a_vote_opened_again_keeps_the_dots_given(armoede, anna, bram, fatima, sockets):
    idea = await awrite(armoede, "Bram", "Idee")
    anna_phone = await sockets(armoede, anna)
    bram_phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)
    await open_vote(console)
    await anna_phone.send("vote.add", note_id=idea.pk)
    await anna_phone.receive_until("Je hebt nog 2 stippen.")
    await console.send("vote.close")
    for screen in (console, anna_phone, bram_phone):
        await screen.receive_until('data-vote-open="false"')

    await open_vote(console)

    reopened = await bram_phone.receive_until('data-vote-open="true"')
    assert "Je hebt nog 3 stippen." in reopened
    await anna_phone.receive_until('data-vote-open="true"')
    assert "Je hebt nog 2 stippen." in await anna_phone.receive_until("Je hebt nog 2")  # her own count follows
    assert await bram_phone.nothing_more()
