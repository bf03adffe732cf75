"""Theming and the spotlight send the changed phase's section, not the whole board: and a screen
that applies those frames to its snapshot shows exactly what a fresh snapshot shows."""

import re
from html.parser import HTMLParser

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from realtime import broadcast
from sessions_app.audience import Audience
from sessions_app.reads import board as queries
from sessions_app.services import moderation, notes, themes, votes

pytestmark = pytest.mark.django_db(transaction=True)
AUDIENCES = tuple(Audience)


def write(room, name, text):
    participant = room.participants.get(name=name)
    return notes.add_note(room, participant, phase=room.phase, text=text, client_id=f"c-{text}")[0]


@pytest.fixture
def sent(monkeypatch):
    """Every frame the room's groups get, as (group, html)."""
    frames = []
    monkeypatch.setattr(broadcast, "publish", frames.extend)
    return frames


class _Finder(HTMLParser):
    """The outer HTML of the element with one id (nested elements of the same tag included)."""

    VOID = {"input", "br", "img", "meta", "link", "hr", "source", "col", "area", "base", "wbr", "embed", "track"}

    def __init__(self, html, element_id):
        super().__init__(convert_charrefs=False)
        self.html, self.element_id, self.start, self.end, self.depth, self.tag = html, element_id, None, None, 0, None
        self.lines = [0]
        for line in html.splitlines(keepends=True):
            self.lines.append(self.lines[-1] + len(line))
        self.feed(html)

    def position(self):
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if self.end is not None or tag in self.VOID:
            return
        if self.start is None and dict(attrs).get("id") == self.element_id:
            self.start, self.tag, self.depth = self.position(), tag, 1
        elif self.start is not None and tag == self.tag:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.start is not None and self.end is None and tag == self.tag:
            self.depth -= 1
            if self.depth == 0:
                self.end = self.position() + len(f"</{tag}>")


def element(html: str, element_id: str) -> str | None:
    found = _Finder(html, element_id)
    if found.start is None:
        return None
    return found.html[found.start:found.end].replace(' hx-swap-oob="true"', "")


class _TopLevel(HTMLParser):
    """The frame's top-level elements: (id, hx-swap-oob, outer HTML)."""

    def __init__(self, html):
        super().__init__(convert_charrefs=False)
        self.html, self.found, self.stack = html, [], []
        self.lines = [0]
        for line in html.splitlines(keepends=True):
            self.lines.append(self.lines[-1] + len(line))
        self.feed(html)

    def position(self):
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag in _Finder.VOID:
            return
        self.stack.append((tag, dict(attrs), self.position()))

    def handle_endtag(self, tag):
        opened, attrs, start = self.stack.pop()
        if not self.stack:
            end = self.position() + len(f"</{tag}>")
            self.found.append((attrs.get("id"), attrs.get("hx-swap-oob"), self.html[start:end]))


def apply(page: str, frame: str) -> str:
    """What htmx's ws extension does with a frame: each top-level element replaces the element
    with its id (or deletes it, with hx-swap-oob="delete")."""
    for element_id, oob, html in _TopLevel(frame).found:
        found = _Finder(page, element_id)
        if found.start is None:
            continue
        page = page[:found.start] + ("" if oob == "delete" else html.replace(' hx-swap-oob="true"', "")) + page[found.end:]
    return page


def fresh_snapshot(room, audience):
    context = queries.board(room.pk, audience)
    return render_to_string("partials/room_snapshot.html", {**context, "snapshot": True, "personal": False})


def last_frame(sent, room, audience, language="nl"):
    return [html for group, html in sent if group == f"room-{room.pk}-{audience}-{language}"][-1]


def test_theming_and_the_spotlight_send_sections_that_match_a_fresh_snapshot(armoede, anna, bram, sent):
    first = write(armoede, "Anna", "De buurtkamer is elke ochtend open")
    second = write(armoede, "Bram", "Eén loket voor alles")
    third = write(armoede, "Anna", "Koken met de buren <b>samen</b>")
    moderation.set_hidden(armoede, third.pk, True)  # the phones do not see it; the console does
    steps = [
        lambda: themes.create_theme(armoede, "Dichtbij", [first.pk, second.pk]),
        lambda: themes.create_theme(armoede, "Thuis", []),
        lambda: themes.add_to_theme(armoede, theme_id(armoede, "Thuis"), [third.pk]),
        lambda: themes.set_room_spotlight(armoede, theme_id=theme_id(armoede, "Dichtbij")),
        lambda: themes.add_to_theme(armoede, theme_id(armoede, "Thuis"), [first.pk]),  # from theme to theme
        lambda: themes.add_to_theme(armoede, theme_id(armoede, "Dichtbij"), [first.pk]),  # and back
        lambda: themes.remove_from_theme(armoede, second.pk),
        lambda: themes.rename_theme(armoede, theme_id(armoede, "Dichtbij"), "Dichtbij huis"),
        lambda: themes.merge_themes(armoede, theme_id(armoede, "Thuis"), theme_id(armoede, "Dichtbij huis")),
        lambda: themes.set_room_spotlight(armoede, note_id=second.pk),
        lambda: themes.dissolve_theme(armoede, theme_id(armoede, "Dichtbij huis")),
        lambda: themes.set_room_spotlight(armoede),
    ]
    with translation.override("nl"):
        pages = {audience: fresh_snapshot(armoede, audience) for audience in AUDIENCES}
    for number, step in enumerate(steps):
        sent.clear()
        step()
        with translation.override("nl"):
            for audience in AUDIENCES:
                frame, snapshot = last_frame(sent, armoede, audience), fresh_snapshot(armoede, audience)
                assert 'id="board"' not in frame and "data-snapshot" not in frame  # not a whole board
                assert len(frame) < len(snapshot)
                pages[audience] = apply(pages[audience], frame)
                assert tidy(element(pages[audience], "board")) == tidy(element(snapshot, "board")), (number, audience)


def tidy(html: str) -> str:
    """Whitespace between tags does not show (a deleted note leaves its line break behind)."""
    return re.sub(r">\s+<", "><", html)


def theme_id(room, title):
    return room.themes.get(title=title).pk


def test_the_section_carries_the_version_it_was_read_at(armoede, anna, sent):
    note = write(armoede, "Anna", "De buurtkamer")
    themes.create_theme(armoede, "Dichtbij", [note.pk])

    armoede.refresh_from_db()
    frame = last_frame(sent, armoede, "participants")
    assert frame.startswith(f'<div id="room-version" hidden data-room-version="{armoede.version}">')
    assert 'id="phase-notes-verkennen"' in frame and "Dichtbij" in frame and "De buurtkamer" in frame


def test_the_console_section_has_one_theme_list_however_many_notes(armoede, anna, sent):
    made = [write(armoede, "Anna", f"Briefje {number}") for number in range(6)]
    for number in range(3):
        themes.create_theme(armoede, f"Thema {number}", [made[number].pk])

    console = element(last_frame(sent, armoede, "facilitators"), "phase-notes-verkennen")
    assert element(console, "theme-pick-theme-verkennen").count("<option") == 3  # the bar: choose a theme, "Voeg toe"
    assert 'id="note-theme-' not in console  # no theme list on each note
    assert console.count('form="theme-pick-verkennen"') == 6  # a checkbox on every note


def test_with_dots_on_themes_a_theme_change_still_refreshes_the_board(armoede, anna, sent):
    note = write(armoede, "Anna", "De buurtkamer")
    themes.create_theme(armoede, "Wijk", [])
    votes.open_vote(armoede, budget=3, target="themes")
    sent.clear()

    themes.create_theme(armoede, "Dichtbij", [note.pk])

    assert 'data-snapshot="true"' in last_frame(sent, armoede, "participants")
