"""Load-generator worker: drives a list of already-joined phones over websockets (asyncio, one
process) and writes what it saw as JSON. Started by benchmarks/load.py, never by hand:

    python benchmarks/phones.py spec.json result.json

Each note's client_id carries its sender and the wall-clock time it was sent, so a receipt on
any phone (in this worker or another) gives the latency without shared state."""

import asyncio
import json
import random
import re
import resource
import sys
import time

from websockets.asyncio.client import connect

CLIENT_ID = re.compile(r'data-client-id="(b[^"]+)"')
SNAPSHOT = 'data-snapshot="true"'


class Phone:
    def __init__(self, spec: dict, worker):
        self.id = spec["id"]
        self.room = spec["room"]
        self.url = spec["url"]
        self.cookie = spec.get("cookie", "")
        self.mode = spec.get("mode", "normal")  # normal | silent (never sends) | frozen | flood
        self.worker = worker
        self.socket = None
        self.seen: set[str] = set()
        self.snapshot_at = None
        self.sequence = 0

    async def open(self) -> float:
        started = time.monotonic()
        headers = {"Cookie": self.cookie} if self.cookie else {}
        self.socket = await connect(
            self.url, origin=self.worker.origin, additional_headers=headers, max_size=None,
            ping_interval=None, open_timeout=60, close_timeout=2,
        )
        first = await asyncio.wait_for(self.socket.recv(), 60)
        while SNAPSHOT not in first:  # e.g. an error frame before the close
            first = await asyncio.wait_for(self.socket.recv(), 60)
        self.snapshot_at = time.monotonic()
        if self.mode == "frozen":
            self.socket.transport.pause_reading()  # a frozen tab: the socket stays open, nobody reads
        return self.snapshot_at - started

    async def read(self):
        worker = self.worker
        try:
            async for frame in self.socket:
                now = time.time()
                worker.frames += 1
                if "hx-swap-oob=\"beforeend:#acks\"" in frame:
                    worker.acks += 1
                    continue
                if 'class="error' in frame or "role=\"alert\"" in frame:
                    worker.errors += 1
                if SNAPSHOT in frame:
                    worker.snapshots += 1
                    continue
                for client_id in CLIENT_ID.findall(frame):
                    sender = client_id.split("-", 2)[0][1:]
                    if sender == str(self.id):
                        continue
                    if client_id in self.seen:
                        worker.duplicates += 1
                        continue
                    self.seen.add(client_id)
                    sent = int(client_id.rsplit("-", 1)[1]) / 1e6
                    worker.latencies.append(now - sent)
                    worker.received[self.room] = worker.received.get(self.room, 0) + 1
        except Exception as error:  # noqa: BLE001 - a closed socket ends the reader
            worker.reader_errors.append(type(error).__name__)
        finally:
            worker.closed_codes.append(getattr(self.socket, "close_code", None))

    async def write(self, start_at: float, stop_at: float, interval: float, phase: str):
        if self.mode in ("silent", "frozen"):
            return
        if self.mode == "flood":
            await asyncio.sleep(max(0.0, start_at - time.time() + interval))
            frame = json.dumps({"action": "note.add", "text": "Zelfde briefje", "client_id": f"x{self.id}-flood", "phase": phase})
            for _ in range(self.worker.flood_count):
                try:
                    await self.socket.send(frame)
                except Exception:  # noqa: BLE001
                    return
            return
        await asyncio.sleep(max(0.0, start_at - time.time() + random.random() * interval))
        while time.time() < stop_at:
            self.sequence += 1
            client_id = f"b{self.id}-{self.sequence}-{int(time.time() * 1e6)}"
            payload = {"action": "note.add", "text": f"Briefje {self.sequence} van telefoon {self.id}", "client_id": client_id, "phase": phase}
            try:
                await self.socket.send(json.dumps(payload))
            except Exception:  # noqa: BLE001 - counted as not sent
                return
            self.worker.sent[self.room] = self.worker.sent.get(self.room, 0) + 1
            await asyncio.sleep(interval)


class Worker:
    def __init__(self, spec: dict):
        self.spec = spec
        self.origin = spec["origin"]
        self.flood_count = spec.get("flood_count", 1000)
        self.phones = [Phone(phone, self) for phone in spec["phones"]]
        self.latencies: list[float] = []
        self.sent: dict[str, int] = {}
        self.received: dict[str, int] = {}
        self.duplicates = self.frames = self.acks = self.errors = self.snapshots = 0
        self.reader_errors: list[str] = []
        self.closed_codes: list = []

    async def open_all(self, phones, concurrency: int = 64) -> list[float]:
        gate = asyncio.Semaphore(concurrency)

        async def one(phone):
            async with gate:
                return await phone.open()

        return await asyncio.gather(*(one(phone) for phone in phones))

    async def run(self) -> dict:
        spec = self.spec
        started = time.monotonic()
        connect_times = await self.open_all(self.phones)
        all_connected = time.monotonic() - started
        readers = [asyncio.ensure_future(phone.read()) for phone in self.phones]
        result = {"connect": connect_times, "all_connected": all_connected}
        spec["start_at"] = await self.ready_and_wait(spec["go"])
        if spec.get("reconnect"):
            result.update(await self.reconnect(readers, spec["start_at"]))
            readers = [asyncio.ensure_future(phone.read()) for phone in self.phones]
        else:
            stop_at = spec["start_at"] + spec["duration"]
            await asyncio.gather(*(
                phone.write(spec["start_at"], stop_at, spec["interval"], spec["phase"]) for phone in self.phones
            ))
            await asyncio.sleep(max(0.0, stop_at - time.time()) + spec.get("drain", 5))
        for phone in self.phones:
            await phone.socket.close() if phone.mode != "frozen" else phone.socket.transport.abort()
        await asyncio.wait(readers, timeout=5)
        result.update({
            "latencies": self.latencies, "sent": self.sent, "received": self.received, "duplicates": self.duplicates,
            "frames": self.frames, "acks": self.acks, "errors": self.errors, "snapshots": self.snapshots,
            "reader_errors": sorted(set(self.reader_errors)),
            "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        })
        return result

    async def ready_and_wait(self, go: str) -> float:
        """Tells load.py every phone is connected, then waits for its go (with the start time)."""
        with open(go + "." + str(id(self)) + ".ready", "w") as handle:
            handle.write("ready")
        while True:
            try:
                with open(go) as handle:
                    return float(json.load(handle)["start_at"])
            except (OSError, ValueError, KeyError):
                await asyncio.sleep(0.05)

    async def reconnect(self, readers, reconnect_at: float) -> dict:
        """The venue's wifi drops: every socket goes at once, and all come back at once."""
        await asyncio.sleep(max(0.0, reconnect_at - time.time()))
        for phone in self.phones:
            phone.socket.transport.abort()
        await asyncio.wait(readers, timeout=5)
        started = time.monotonic()
        times = await self.open_all(self.phones, concurrency=len(self.phones))
        return {"reconnect": times, "all_resynced": time.monotonic() - started}


def main(spec_path: str, result_path: str) -> None:
    with open(spec_path) as handle:
        spec = json.load(handle)
    result = asyncio.run(Worker(spec).run())
    with open(result_path, "w") as handle:
        json.dump(result, handle)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
