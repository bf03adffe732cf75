"""The positive core and the droomzinnen over the room socket (issue 15): who may, refusals in
Dutch, stored once per client_id, "Dit wil ik ook" as a toggle, and every screen following."""

import pytest
from asgiref.sync import sync_to_async

from sessions_app.core_models import CoreMark, Endorsement, Proposition, PropositionLink
from sessions_app.models import Room, Theme
from sessions_app.services import phases
from tests.features.cast_b import awrite, participant

pytestmark = pytest.mark.django_db(transaction=True)


@sync_to_async
def to_phase(room, key):
    phases.set_phase(Room.objects.get(pk=room.pk), key)


@sync_to_async
def count(model, **filters) -> int:
    return model.objects.filter(**filters).count()


@sync_to_async
def first_proposition(room):
    return Proposition.objects.filter(room=room).order_by("pk").first()


async def test_the_facilitator_marks_the_core_and_every_screen_shows_the_band(armoede, anna, fatima, sockets):
    parel = await awrite(armoede, "Anna", "De buurtkamer is elke ochtend open")
    theme = await sync_to_async(Theme.objects.create)(room=armoede, phase="verkennen", title="Samen doen")
    phone = await sockets(armoede, anna)
    presenter = await sockets(armoede, fatima, path=f"/ws/room/{armoede.code}/presenter/")
    console = await sockets(armoede, fatima)
    assert 'id="core-band"' in phone.snapshot and "core-item" not in phone.snapshot

    await console.send("core.set", note_id=parel.pk, on=True)
    band = await phone.receive_until('id="core-band"')
    assert "De buurtkamer is elke ochtend open" in band and "Haal eruit" not in band
    assert "De buurtkamer is elke ochtend open" in await presenter.receive_until('id="core-band"')
    for_console = await console.receive_until('id="core-band"')
    assert "Haal eruit" in for_console and 'id="proposition-linker"' in for_console

    await console.send("core.set", theme_id=str(theme.pk), on="true")  # as a form sends it
    assert "Samen doen" in await phone.receive_until('id="core-band"')
    await console.send("core.set", note_id=parel.pk, on=True)  # already there: nothing new
    assert await phone.nothing_more()
    assert await count(CoreMark, room=armoede) == 2

    await console.send("core.set", note_id=parel.pk, on=False)
    band = await phone.receive_until('id="core-band"')
    assert "De buurtkamer" not in band and "Samen doen" in band


async def test_core_refusals_are_in_dutch(armoede, anna, fatima, sockets):
    parel = await awrite(armoede, "Anna", "De buurtkamer")
    phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)

    await phone.send("core.set", note_id=parel.pk, on=True)
    assert "Dat mag alleen de gespreksleider." in await phone.receive_until("messages")
    await console.send("core.set", on=True)
    assert "Kies één briefje of één thema." in await console.receive_until("messages")
    await console.send("core.set", note_id=parel.pk, theme_id=1, on=True)
    assert "Kies één briefje of één thema." in await console.receive_until("messages")
    await to_phase(armoede, "verbeelden")
    await console.send("core.set", note_id=parel.pk, on=True)
    assert "De positieve kern kies je in de fase Verkennen." in await console.receive_until("messages")
    assert await count(CoreMark) == 0


async def test_a_droomzin_is_stored_once_per_client_id_and_everyone_sees_it(armoede, anna, bram, fatima, sockets):
    await to_phase(armoede, "verbeelden")
    anna_phone = await sockets(armoede, anna)
    bram_phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)

    await anna_phone.send("proposition.add", text="Wij kennen elkaar bij naam", client_id="d-1")
    frame = await bram_phone.receive_until("Wij kennen elkaar bij naam")
    assert 'hx-swap-oob="beforeend:#proposition-list"' in frame and "Dit wil ik ook" in frame
    assert "0 mensen willen dit ook" in frame
    assert "Wij kennen elkaar bij naam" in await console.receive_until('id="proposition-linker"')
    await anna_phone.receive_until("Wij kennen elkaar bij naam")

    await anna_phone.send("proposition.add", text="Wij kennen elkaar bij naam", client_id="d-1")  # a resend
    assert 'data-client-id="d-1"' in await anna_phone.receive_until("acks")
    assert await bram_phone.nothing_more()
    assert await count(Proposition) == 1


async def test_droomzin_refusals_are_in_dutch_and_give_the_text_back(armoede, anna, fatima, sockets):
    phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)

    await phone.send("proposition.add", text="Wij kennen elkaar", client_id="d-1")
    assert "Droomzinnen zijn er in de fase Verbeelden of Vormgeven." in await phone.receive_until("messages")
    await to_phase(armoede, "verbeelden")
    await phone.send("proposition.add", text="   ", client_id="d-2")
    refusal = await phone.receive_until("messages")
    assert "Je droomzin is nog leeg." in refusal and 'data-refused-client-id="d-2"' in refusal
    await phone.send("proposition.add", text="x" * 281, client_id="d-3")
    assert "Dat is iets te lang." in await phone.receive_until("messages")
    await console.send("proposition.add", text="Wij kennen elkaar", client_id="d-4")
    assert "Doe eerst mee met de code of de link." in await console.receive_until("messages")
    assert await count(Proposition) == 0


async def test_dit_wil_ik_ook_is_once_per_phone_and_again_takes_it_back(armoede, anna, bram, fatima, sockets):
    await to_phase(armoede, "verbeelden")
    anna_phone = await sockets(armoede, anna)
    bram_phone = await sockets(armoede, bram)
    console = await sockets(armoede, fatima)
    await anna_phone.send("proposition.add", text="Wij eten samen", client_id="d-1")
    for screen in (anna_phone, bram_phone, console):
        await screen.receive_until("Wij eten samen")
    droom = await first_proposition(armoede)
    bram_key = f"p{(await sync_to_async(participant)(armoede, 'Bram')).pk}"

    await bram_phone.send("proposition.endorse", proposition_id=droom.pk)
    frame = await anna_phone.receive_until(f'id="proposition-{droom.pk}"')
    assert "1 persoon wil dit ook" in frame and f'data-endorsers="{bram_key}"' in frame
    assert "1 persoon wil dit ook" in await console.receive_until(f'id="proposition-{droom.pk}"')
    assert await count(Endorsement) == 1

    await bram_phone.send("proposition.endorse", proposition_id=str(droom.pk))  # again: taken back
    frame = await anna_phone.receive_until(f'id="proposition-{droom.pk}"')
    assert "0 mensen willen dit ook" in frame and 'data-endorsers=""' in frame
    assert await count(Endorsement) == 0

    await anna_phone.send("proposition.endorse", proposition_id=droom.pk)
    assert "Dit is je eigen droomzin. Die telt al mee." in await anna_phone.receive_until("messages")
    await console.send("proposition.endorse", proposition_id=droom.pk)
    assert "Doe eerst mee met de code of de link." in await console.receive_until("messages")
    await bram_phone.send("proposition.endorse", proposition_id=droom.pk + 1000)
    assert "Die droomzin vinden we niet in deze deelsessie." in await bram_phone.receive_until("messages")


async def test_the_facilitator_links_a_droomzin_to_what_it_grew_from(armoede, anna, fatima, sockets):
    parel = await awrite(armoede, "Anna", "De buurtkamer is elke ochtend open")
    theme = await sync_to_async(Theme.objects.create)(room=armoede, phase="verkennen", title="Samen doen")
    await to_phase(armoede, "verbeelden")
    phone = await sockets(armoede, anna)
    console = await sockets(armoede, fatima)
    await phone.send("proposition.add", text="Wij eten samen", client_id="d-1")
    for screen in (phone, console):
        await screen.receive_until("Wij eten samen")
    droom = await first_proposition(armoede)

    await console.send("proposition.link", proposition_id=droom.pk, theme_id=theme.pk)
    frame = await phone.receive_until("Groeit uit:")
    assert "Samen doen" in frame and "Haal weg" not in frame
    assert "Haal weg" in await console.receive_until("Groeit uit:")
    await console.send("proposition.link", proposition_id=str(droom.pk), item=f"note:{parel.pk}")  # the console's form
    assert "De buurtkamer is elke ochtend open" in await phone.receive_until("Groeit uit:")
    await console.send("proposition.link", proposition_id=droom.pk, theme_id=theme.pk)  # again: nothing new
    assert await phone.nothing_more()
    assert await count(PropositionLink) == 2

    await console.send("proposition.link", proposition_id=droom.pk, theme_id=theme.pk, on=False)
    assert "Samen doen" not in await phone.receive_until(f'id="proposition-{droom.pk}"')

    await phone.send("proposition.link", proposition_id=droom.pk, note_id=parel.pk)
    assert "Dat mag alleen de gespreksleider." in await phone.receive_until("messages")
    await console.send("proposition.link", proposition_id=droom.pk, item="actie:3")
    assert "Kies één briefje of één thema." in await console.receive_until("messages")
    await console.send("proposition.link", proposition_id=droom.pk, note_id=parel.pk + 1000)
    assert "Dat briefje, thema of die actie staat niet (meer) in deze ruimte." in await console.receive_until("messages")
    assert await count(PropositionLink) == 1
