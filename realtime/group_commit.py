"""Group commit: the notes waiting for one room are written together.

Every database call of a process runs on Channels' one database thread, and every note of a
room waits for that room's row lock. Written one by one, notes queue there, and under load the
queue is the delay (docs/performance.md). Here the first note for a room starts a write; notes
for that room that arrive while it runs wait in the room's batch and go together in the next
write: one transaction, one version, one frame (services/notes.add_notes). The more notes
arrive at once, the more each write carries, so throughput grows with load instead of queueing.
Each phone still gets its own answer (stored, already stored, or refused)."""

import asyncio
from dataclasses import dataclass, field

from channels.db import database_sync_to_async

from sessions_app.services import notes


@dataclass
class RoomBatch:
    loop: asyncio.AbstractEventLoop
    waiting: list = field(default_factory=list)  # (draft, future) for the next write
    writing: bool = False


_batches: dict[int, RoomBatch] = {}  # room id -> its batch in this process
counts = {"writes": 0, "notes": 0}  # for tests and benchmarks: how many notes each write carried


async def add(room_id: int, draft: notes.Draft) -> notes.Result:
    """Stores the note with whatever else waits for this room; returns (note, created) or the refusal."""
    loop = asyncio.get_running_loop()
    batch = _batches.get(room_id)
    if batch is None or batch.loop is not loop:  # a test's fresh event loop starts afresh
        batch = _batches[room_id] = RoomBatch(loop)
    answer = loop.create_future()
    batch.waiting.append((draft, answer))
    if not batch.writing:
        batch.writing = True
        loop.create_task(_write(room_id, batch))
    return await answer


async def _write(room_id: int, batch: RoomBatch) -> None:
    try:
        while batch.waiting:
            taken, batch.waiting = batch.waiting, []
            try:
                results = await database_sync_to_async(notes.add_notes)(room_id, [draft for draft, _ in taken])
            except Exception as error:  # noqa: BLE001 - e.g. the database is away: each phone is told
                results = [error] * len(taken)
            counts["writes"] += 1
            counts["notes"] += len(taken)
            for (_draft, answer), result in zip(taken, results):
                if answer.done():
                    continue
                if isinstance(result, Exception) and not isinstance(result, notes.DomainError):
                    answer.set_exception(result)
                else:
                    answer.set_result(result)
    finally:
        batch.writing = False
        if _batches.get(room_id) is batch and not batch.waiting:
            del _batches[room_id]
