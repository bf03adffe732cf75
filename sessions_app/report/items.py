"""The verslag's data: plain dataclasses that every format renders (schema in docs/verslag.md).
Properties (Dutch dates, the phases worth printing) are for the formats and stay out of the JSON."""

from dataclasses import asdict, dataclass, field

from .dates import long_date


@dataclass
class NoteItem:
    id: int
    text: str
    perspective: str  # key, "" when the writer gave none
    perspective_label: str
    ervaringsdeskundige: bool
    votes: int
    tags: list[str]
    tag_labels: list[str]
    highlighted: bool
    theme: str  # the theme's title, "" when not in a theme
    kind: str = "note"  # or "story": what an interviewer heard from their partner (issue 15)
    kind_label: str = ""  # shown beside a story in every format; "" for a plain note


@dataclass
class ThemeItem:
    id: int
    title: str
    votes: int  # dots on the theme itself plus dots on its notes
    highlighted: bool
    notes: list[NoteItem] = field(default_factory=list)


@dataclass
class VoteResult:
    kind: str  # "note" or "theme"
    text: str
    votes: int
    rank: int = 0  # 1, 2, 2, 4: items with as many dots share a rank; 0 = not ranked (no vote)
    phase: str = ""  # the phase's title


@dataclass
class PhaseReport:
    key: str
    title: str
    prompt: str
    themes: list[ThemeItem] = field(default_factory=list)
    loose_notes: list[NoteItem] = field(default_factory=list)  # notes not in a theme
    highlights: list[str] = field(default_factory=list)  # spotlighted or highlighted notes and themes
    vote_results: list[VoteResult] = field(default_factory=list)
    note_count: int = 0
    voted: bool = False  # a vote was held in this phase (someone put a dot on one of its items)
    about: str = ""  # what the group did in this phase, in plain words ("Zo werkten we")

    @property
    def notes(self) -> list[NoteItem]:
        return [note for theme in self.themes for note in theme.notes] + self.loose_notes

    @property
    def is_empty(self) -> bool:
        return not self.note_count and not self.themes


@dataclass
class PerspectiveCount:
    key: str
    label: str
    count: int
    names: list[str] = field(default_factory=list)  # always []: names are listed apart (RoomReport.names)


@dataclass
class TagCount:
    key: str
    label: str
    count: int


@dataclass
class ActionItem:
    what: str
    who: str
    when: str  # ISO date or ""
    highlighted: bool
    room: str = ""

    @property
    def when_label(self) -> str:
        return long_date(self.when)


@dataclass
class RoomReport:
    code: str
    event: str
    round: str
    title: str
    subtitle: str
    date: str  # ISO date: the day the session ran
    facilitator: str
    language: str
    closed: bool
    participant_count: int
    perspectives: list[PerspectiveCount]
    phases: list[PhaseReport]
    lens_used: bool
    tags: list[TagCount]
    actions: list[ActionItem]
    summary: str  # typed by the facilitator
    quotes: list[str]
    names_shown: bool = False  # Room.report_names: the facilitator switched names on
    names: list[str] = field(default_factory=list)  # the names people gave, only when names_shown
    organiser: str = ""  # the event's organisers (or the facilitator), for the document's properties
    method: str = ""  # the method's title ("Waarderend veranderen (de vier V's)")
    composed_summary: str = ""  # made from the most-voted themes and notes when nothing was typed
    top_ideas: list[VoteResult] = field(default_factory=list)
    # The positive core and the droomzinnen (issue 15; reads/core.py: Item, ReportProposition)
    positive_core: list = field(default_factory=list)
    propositions: list = field(default_factory=list)

    @property
    def note_count(self) -> int:
        return sum(phase.note_count for phase in self.phases)

    @property
    def is_empty(self) -> bool:
        return not self.note_count and not self.actions and not self.summary and not self.quotes

    @property
    def filled_phases(self) -> list[PhaseReport]:
        return [phase for phase in self.phases if not phase.is_empty]

    @property
    def date_label(self) -> str:
        return long_date(self.date)

    @property
    def top_themes(self) -> list[ThemeItem]:
        themes = [theme for phase in self.phases for theme in phase.themes]
        return sorted(themes, key=lambda theme: -theme.votes)[:3]

    @property
    def header(self) -> str:
        """The running header of every page: event and room."""
        return " · ".join(part for part in (self.event, self.title) if part)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class RoundItem:
    title: str
    rooms: list[str]


@dataclass
class OverviewRoom:
    code: str
    title: str
    round: str
    participant_count: int
    note_count: int
    top_themes: list[str]


@dataclass
class EventReport:
    slug: str
    title: str
    subtitle: str
    date: str
    location: str
    programme: str
    language: str
    rounds: list[RoundItem]
    overview: list[OverviewRoom]
    perspectives: list[PerspectiveCount]
    actions: list[ActionItem]
    rooms: list[RoomReport]
    organiser: str = ""

    @property
    def date_label(self) -> str:
        return long_date(self.date)

    @property
    def filled_rooms(self) -> list[RoomReport]:
        """The rooms the krant prints: a room where nothing was written is only named on the cover."""
        return [room for room in self.rooms if not room.is_empty]

    def to_dict(self) -> dict:
        return asdict(self)
