"""Reading, by noun: what a screen, a frame or an export shows. Nothing here writes, and nothing
here imports sessions_app.services (the services import the pure rules they share from here).

audience.py   who may see which note (the audiences, `visible_to`, what leaves a room)
board.py      a room's board as one consistent picture (`board`, `board_without_notes`)
votes.py      dots: the vote's scope, counts, rankings, a phone's own dots, `votable`
lens.py       the sociale-kwaliteit lens: notes grouped by condition
participants.py  people in a room: joined, ready, connected, perspectives
timer.py      the timer's state and what every screen shows of it
event.py      an event: the room choice, the organiser's overview, the plenary board
harvest.py    what each room brings to the plenary: picks by hand first, then its top-rated, its actions
export.py     a room as plain data (export_room, export_event)
interviews.py interviews in tweetallen: who is whose partner, a phone's panel, the groups (issue 15)
frames.py     the small reads realtime/ needs for one change's frames (it has no ORM of its own)
core.py       the positive core and the droomzinnen (band, card, frames, plenary, verslag, export)"""
