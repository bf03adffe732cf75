"""Who a board is rendered for. A StrEnum, so an audience is the same string in a channel-layer
group name (realtime/groups.py), in a template (`audience == "facilitators"`) and in Python."""

from enum import StrEnum


class Audience(StrEnum):
    PARTICIPANTS = "participants"  # the phones
    FACILITATORS = "facilitators"  # the console: sees hidden and private notes and every figure
    PRESENTERS = "presenters"  # the presenter view /p/<CODE>/: what the phones see, on one big screen
