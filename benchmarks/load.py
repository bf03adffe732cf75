"""Load benchmark: the app in its production layout against a raw `websockets` server, same load.

    .venv/bin/python benchmarks/load.py                       # every scenario, uvicorn, daphne and raw
    .venv/bin/python benchmarks/load.py --scenarios 1x100 --duration 10 --servers uvicorn --proxy nginx
    .venv/bin/python benchmarks/load.py --scenarios join1000 --targets app   # 1,000 joins, 32 at a time

It creates a fresh PostgreSQL database (vierluik_bench), migrates it, and per scenario and server
starts fresh server processes on 127.0.0.1 with deploy/Procfile's own command (uvicorn, or daphne;
REDIS_URL with its own prefix, the production defaults otherwise; optionally nginx in front,
deploy/nginx.conf's layout). It creates rooms through the services, joins every phone over HTTP
as a phone does (GET the form, POST name and perspective, keep the cookies; --join-concurrency at
a time, spread over the processes), opens the sockets in 1-2 generator processes
(benchmarks/phones.py) and sends one note per phone per --interval seconds. Then the same phones
and notes against benchmarks/raw_server.py, and the app/raw ratios of p99 and of server CPU per
delivered frame. Traffic goes to 127.0.0.1 only; everything is stopped at the end. Figures are
printed; docs/performance.md keeps them."""

import argparse
import concurrent.futures
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
PYTHON = str(BASE / ".venv" / "bin" / "python")
sys.path.insert(0, str(BASE))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stack import SERVERS, AppStack, RawStack, cpu_seconds, redis_cpu_seconds, rss_kb  # noqa: E402

SCENARIOS = {
    # name: (rooms, phones per room, kind)
    "1x10": (1, 10, "steady"),  # a smoke test
    "1x100": (1, 100, "steady"),
    "4x100": (4, 100, "steady"),
    "10x100": (10, 100, "steady"),
    "1x500": (1, 500, "steady"),
    "reconnect500": (1, 500, "reconnect"),
    "abuse": (1, 100, "abuse"),
    "join1000": (10, 100, "join"),  # only the joins: an event's QR code scanned in one minute
}
PERSPECTIVES = ["ervaringsdeskundige", "beleid", "praktijk"]


def join_phone(base_url: str, code: str, number: int) -> str:
    """GET the join form, POST name and perspective with the CSRF token: the phone's cookies."""
    jar = http.cookiejar.CookieJar()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(f"{base_url}/j/{code}/", timeout=60).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "name": f"Telefoon {number}", "perspective": PERSPECTIVES[number % 3]}
    ).encode()
    request = urllib.request.Request(f"{base_url}/j/{code}/", data=body, headers={"Referer": f"{base_url}/j/{code}/"})
    try:
        opener.open(request, timeout=60)
    except urllib.error.HTTPError as answer:
        if answer.code != 302:
            raise
    cookies = {cookie.name: cookie.value for cookie in jar}
    assert "vierluik_device" in cookies, cookies
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


class ScenarioFailed(Exception):
    """One scenario on one server could not be measured; the run goes on with the next."""


def timed_join(base_url: str, code: str, number: int) -> tuple[str | None, float, str]:
    """(cookies or None, seconds, what went wrong): a failed join is counted, not fatal."""
    started = time.monotonic()
    try:
        return join_phone(base_url, code, number), time.monotonic() - started, ""
    except urllib.error.HTTPError as error:
        return None, time.monotonic() - started, f"HTTP {error.code}"
    except Exception as error:  # noqa: BLE001 - timeouts, resets: all count as a failed join
        return None, time.monotonic() - started, type(error).__name__


def join_all(stack, jobs, concurrency: int) -> tuple[list, dict]:
    """Joins (code, number) phones, `concurrency` at a time: their cookies and the join figures."""
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(lambda job: timed_join(stack.http_url(job[1]), job[0], job[1]), jobs))
    wall = time.monotonic() - started
    errors: dict[str, int] = {}
    for _cookie, _seconds, error in results:
        if error:
            errors[error] = errors.get(error, 0) + 1
    seconds = [result[1] * 1000 for result in results]
    figures = {
        "joins": len(jobs), "join_concurrency": concurrency, "join_wall_s": wall,
        "join_p50_ms": percentile(seconds, 0.5), "join_p99_ms": percentile(seconds, 0.99),
        "join_max_ms": max(seconds, default=0), "join_errors": sum(errors.values()), "join_error_kinds": errors,
    }
    return [result[0] for result in results], figures


def print_joins(name: str, target: str, figures: dict) -> None:
    print(
        f"{name:<13} {target:<13} joins={figures['joins']} at {figures['join_concurrency']} at a time: "
        f"all in {figures['join_wall_s']:.1f} s, per join p50={figures['join_p50_ms']:.0f} "
        f"p99={figures['join_p99_ms']:.0f} max={figures['join_max_ms']:.0f} ms, "
        f"errors={figures['join_errors']} {figures['join_error_kinds'] or ''}",
        flush=True,
    )


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def run_workers(phones, args, target_url, origin, scenario_kind, tmp: Path, pids) -> dict:
    """Phones split over 1-2 generator processes; returns their merged results and server figures."""
    workers = args.workers or (2 if len(phones) > 500 else 1)
    go = tmp / f"go-{time.time_ns()}"
    specs = []
    for index in range(workers):
        share = phones[index::workers]
        spec = {
            "origin": origin, "phones": [{**phone, "url": target_url(phone)} for phone in share],
            "duration": args.duration, "interval": args.interval, "phase": "verkennen", "go": str(go),
            "reconnect": scenario_kind == "reconnect", "drain": args.drain, "flood_count": 1000,
        }
        spec_path, result_path = tmp / f"spec-{index}.json", tmp / f"result-{index}.json"
        spec_path.write_text(json.dumps(spec))
        result_path.unlink(missing_ok=True)
        specs.append((spec_path, result_path))
    rss_before = sum(rss_kb(pid) for pid in pids)
    processes = [subprocess.Popen([PYTHON, str(Path(__file__).parent / "phones.py"), str(s), str(r)]) for s, r in specs]
    deadline = time.monotonic() + 300
    while len(list(tmp.glob(go.name + ".*.ready"))) < workers:
        if time.monotonic() > deadline or any(p.poll() not in (None, 0) for p in processes):
            for process in processes:
                process.kill()
            raise ScenarioFailed("the phones did not all connect")
        time.sleep(0.1)
    rss_connected = sum(rss_kb(pid) for pid in pids)
    cpu_start, redis_start, wall_start = sum(cpu_seconds(pid) for pid in pids), redis_cpu_seconds(), time.monotonic()
    start_at = time.time() + 1
    go.write_text(json.dumps({"start_at": start_at}))
    for process in processes:
        process.wait(timeout=args.duration + args.drain + 300)
    wall = time.monotonic() - wall_start
    cpu = sum(cpu_seconds(pid) for pid in pids) - cpu_start
    redis_cpu = redis_cpu_seconds() - redis_start
    results = [json.loads(r.read_text()) for _s, r in specs]
    merged = {"connect": [], "latencies": [], "sent": {}, "received": {}, "reconnect": []}
    for result in results:
        merged["connect"] += result["connect"]
        merged["latencies"] += result["latencies"]
        merged["reconnect"] += result.get("reconnect", [])
        for key in ("sent", "received"):
            for room, count in result[key].items():
                merged[key][room] = merged[key].get(room, 0) + count
        for key in ("duplicates", "frames", "errors", "snapshots"):
            merged[key] = merged.get(key, 0) + result[key]
        merged["all_resynced"] = max(merged.get("all_resynced", 0), result.get("all_resynced", 0))
        merged["reader_errors"] = sorted(set(merged.get("reader_errors", [])) | set(result["reader_errors"]))
    merged.update({
        "wall": wall, "cpu": cpu, "redis_cpu": redis_cpu, "rss_before_kb": rss_before,
        "rss_connected_kb": rss_connected, "workers": workers,
    })
    return merged


def summarise(name: str, target: str, phones, merged: dict, sending_seconds: float) -> dict:
    room_size: dict[str, int] = {}
    for phone in phones:
        if phone.get("mode", "normal") in ("normal", "silent"):
            room_size[phone["room"]] = room_size.get(phone["room"], 0) + 1
    expected = sum(count * (room_size[room] - 1) for room, count in merged["sent"].items())
    received = sum(merged["received"].values())
    latencies_ms = [value * 1000 for value in merged["latencies"]]
    sockets = len(phones)
    summary = {
        "scenario": name, "target": target, "phones": sockets, "notes": sum(merged["sent"].values()),
        "deliveries": received, "expected": expected,
        "loss_pct": 100.0 * (expected - received) / expected if expected else 0.0,
        "duplicates": merged["duplicates"],
        "p50": percentile(latencies_ms, 0.50), "p95": percentile(latencies_ms, 0.95),
        "p99": percentile(latencies_ms, 0.99), "max": max(latencies_ms, default=float("nan")),
        "deliveries_per_s": received / sending_seconds if sending_seconds else 0.0,
        "connect_p50_ms": percentile(merged["connect"], 0.5) * 1000,
        "connect_max_ms": max(merged["connect"], default=0) * 1000,
        "server_cpu_pct": 100.0 * merged["cpu"] / merged["wall"],
        "cpu_us_per_delivery": 1e6 * merged["cpu"] / received if received else float("nan"),
        "redis_cpu_pct": 100.0 * merged["redis_cpu"] / merged["wall"],
        "kb_per_socket": (merged["rss_connected_kb"] - merged["rss_before_kb"]) / sockets,
        "errors": merged["errors"], "reader_errors": merged["reader_errors"], "workers": merged["workers"],
    }
    if merged.get("reconnect"):
        summary["all_resynced_s"] = merged["all_resynced"]
        summary["reconnect_p99_ms"] = percentile(merged["reconnect"], 0.99) * 1000
    return summary


def print_summary(summary: dict) -> None:
    line = (
        f"{summary['scenario']:<13} {summary['target']:<13} phones={summary['phones']:<5} notes={summary['notes']:<5} "
        f"p50={summary['p50']:.0f} p95={summary['p95']:.0f} p99={summary['p99']:.0f} max={summary['max']:.0f} ms "
        f"loss={summary['loss_pct']:.2f}% dup={summary['duplicates']} deliv/s={summary['deliveries_per_s']:.0f} "
        f"connect p50={summary['connect_p50_ms']:.0f} max={summary['connect_max_ms']:.0f} ms "
        f"cpu={summary['server_cpu_pct']:.0f}% ({summary['cpu_us_per_delivery']:.0f} us/delivery) redis={summary['redis_cpu_pct']:.0f}% "
        f"mem/socket={summary['kb_per_socket']:.0f} KB"
    )
    for key in ("all_resynced_s", "reconnect_p99_ms", "snapshot_renders", "snapshot_hits", "normal_p99"):
        if key in summary:
            line += f" {key}={summary[key]:.2f}" if isinstance(summary[key], float) else f" {key}={summary[key]}"
    if summary["reader_errors"]:
        line += f" reader_errors={summary['reader_errors']}"
    print(line, flush=True)


def scenario_phones(stack, name: str, rooms: int, per_room: int, kind: str, concurrency: int) -> tuple[list[dict], dict]:
    codes = stack.create_rooms(name, rooms)
    jobs = [(code, room * per_room + index) for room, code in enumerate(codes) for index in range(per_room)]
    cookies, joins = join_all(stack, jobs, concurrency)
    if not any(cookies):
        raise ScenarioFailed(f"no phone could join: {joins['join_error_kinds']}")
    phones = [
        {"id": number, "room": code, "cookie": cookie, "mode": "normal"}
        for (code, number), cookie in zip(jobs, cookies) if cookie is not None
    ]
    if kind == "reconnect":
        stack.seed_notes(codes[0], 200)
        for phone in phones:
            phone["mode"] = "silent"
    return phones, joins


def abusive_phones(stack, code: str, first_id: int, concurrency: int, frozen: int) -> list[dict]:
    """One address: a phone that sends the same note 1,000 times, and `frozen` sockets (joined like
    phones) that never read."""
    numbers = range(first_id, first_id + frozen + 1)
    cookies, _joins = join_all(stack, [(code, number) for number in numbers], concurrency)
    phones = [{"id": first_id, "room": code, "cookie": cookies[0], "mode": "flood"}]
    phones += [{"id": number, "room": code, "cookie": cookie, "mode": "frozen"} for number, cookie in zip(numbers[1:], cookies[1:])]
    return [phone for phone in phones if phone["cookie"] is not None]


def run_app(app, server: str, name: str, args, tmp: Path) -> list[dict]:
    """One scenario on fresh processes of one server: the joins, then the sockets."""
    rooms, per_room, kind = SCENARIOS[name]
    app.start_servers(server)
    phones, joins = scenario_phones(app, name, rooms, per_room, kind, args.join_concurrency)
    target = f"app[{server}]"
    print_joins(name, target, joins)
    if kind == "join":
        return [{"scenario": name, "target": target, **joins}]
    runs = [(target, phones)]
    if kind == "abuse":
        abuser = abusive_phones(app, phones[0]["room"], rooms * per_room, args.join_concurrency, args.frozen)
        runs = [(target, phones), (f"{target}+abuser", phones + abuser)]
    summaries = []
    for label, crowd in runs:
        before = app.stats()  # the processes' counts since they started
        merged = run_workers(crowd, args, app.ws_url, app.origin, kind, tmp, app.pids())
        summary = {**summarise(name, label, crowd, merged, args.duration), **joins, "server": server}
        summary.update({key: value - before[key] for key, value in app.stats().items()})
        if label.endswith("+abuser"):
            summary["normal_p99"] = summary["p99"]
            summary["phones"] = sum(phone["mode"] == "normal" for phone in crowd)
        summaries.append(summary)
        print_summary(summary)
    return summaries


def print_ratios(app_run: dict, raw_run: dict) -> None:
    """What the app costs over a bare server on the same load: p99 and CPU per delivered frame."""
    def ratio(a, b):
        return f"x{a / b:.1f}" if b and b == b and a == a else "n/a"

    if "all_resynced_s" in app_run:  # reconnect: no notes, the storm is the figure
        line = (
            f"{app_run['scenario']:<13} {app_run['target']}/raw: all {app_run['phones']} boards back in "
            f"{app_run['all_resynced_s']:.1f}/{raw_run.get('all_resynced_s', 0):.1f} s, reconnect p99 "
            f"{app_run['reconnect_p99_ms']:.0f}/{raw_run.get('reconnect_p99_ms', 0):.0f} ms "
            f"{ratio(app_run['reconnect_p99_ms'], raw_run.get('reconnect_p99_ms', 0))}"
        )
    else:
        line = (
            f"{app_run['scenario']:<13} {app_run['target']}/raw: p99 {app_run['p99']:.0f}/{raw_run['p99']:.0f} ms "
            f"{ratio(app_run['p99'], raw_run['p99'])}, CPU per delivery {app_run['cpu_us_per_delivery']:.0f}/"
            f"{raw_run['cpu_us_per_delivery']:.0f} us {ratio(app_run['cpu_us_per_delivery'], raw_run['cpu_us_per_delivery'])}, "
            f"deliveries/s {ratio(app_run['deliveries_per_s'], raw_run['deliveries_per_s'])}"
        )
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scenarios", default="join1000,1x100,4x100,10x100,1x500,reconnect500,abuse")
    parser.add_argument("--servers", default="uvicorn,daphne", help=f"app servers, side by side: {','.join(SERVERS)}")
    parser.add_argument("--duration", type=float, default=30, help="seconds of sending per scenario")
    parser.add_argument("--interval", type=float, default=10, help="seconds between two notes of one phone")
    parser.add_argument("--drain", type=float, default=5)
    parser.add_argument("--processes", "--daphnes", type=int, default=2, help="server processes (one per core)")
    parser.add_argument("--join-concurrency", type=int, default=32, help="phones joining over HTTP at once")
    parser.add_argument("--proxy", choices=["none", "nginx"], default="none")
    parser.add_argument("--workers", type=int, default=0, help="generator processes (default: 2 above 500 phones)")
    parser.add_argument("--targets", default="app,raw")
    parser.add_argument("--frozen", type=int, default=50, help="never-reading sockets in the abuse scenario")
    parser.add_argument("--database", default="vierluik_bench", help="dropped and created for the run")
    parser.add_argument("--base-port", type=int, default=8100, help="nginx; servers from +1, the raw server at +90")
    parser.add_argument("--json", help="also write every summary to this file")
    args = parser.parse_args()
    servers = args.servers.split(",")
    if not set(servers) <= set(SERVERS):
        parser.error(f"--servers: choose from {', '.join(SERVERS)}")
    load = os.getloadavg()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=BASE, capture_output=True, text=True).stdout.strip()
    print(f"commit {commit}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {os.cpu_count()} cores", flush=True)
    summaries = []
    targets = args.targets.split(",")
    with tempfile.TemporaryDirectory(prefix="vierluik-bench-") as tmpdir:
        tmp = Path(tmpdir)
        app = AppStack(tmp, processes=args.processes, proxy=args.proxy, database=args.database, base_port=args.base_port)
        raw = RawStack(tmp, port=args.base_port + 90)
        try:
            app.start()
            if "raw" in targets:
                raw.start()
            for name in args.scenarios.split(","):
                kind = SCENARIOS[name][2]
                app_runs = []
                for server in servers:
                    try:
                        app_runs += run_app(app, server, name, args, tmp)
                    except ScenarioFailed as failure:
                        print(f"{name:<13} app[{server}]  NOT MEASURED: {failure}", flush=True)
                        for log in sorted(tmp.glob(f"{server}-*.log")):
                            print(f"--- last lines of {log.name}:\n" + "\n".join(log.read_text().splitlines()[-8:]), flush=True)
                        summaries.append({"scenario": name, "target": f"app[{server}]", "failed": str(failure)})
                    app.stop()
                summaries += app_runs
                if "raw" in targets and kind not in ("abuse", "join"):
                    phones = raw_phones(name, kind)
                    merged = run_workers(phones, args, raw.ws_url, raw.origin, kind, tmp, raw.pids())
                    raw_run = summarise(name, "raw", phones, merged, args.duration)
                    summaries.append(raw_run)
                    print_summary(raw_run)
                    for app_run in app_runs:
                        if "+abuser" not in app_run["target"] and "p99" in app_run:
                            print_ratios(app_run, raw_run)
        except BaseException:
            for log in sorted(tmp.glob("*.log")):
                print(f"--- last lines of {log.name}:\n" + "\n".join(log.read_text().splitlines()[-30:]), file=sys.stderr)
            raise
        finally:
            raw.stop()
            app.stop()
    load = os.getloadavg()
    print(f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(summaries, indent=1))


def raw_phones(name: str, kind: str) -> list[dict]:
    """The scenario's phones for the raw server: the same rooms and numbers, no cookies needed."""
    rooms, per_room, _kind = SCENARIOS[name]
    return [
        {"id": room * per_room + index, "room": f"raw{room}", "cookie": "", "mode": "silent" if kind == "reconnect" else "normal"}
        for room in range(rooms) for index in range(per_room)
    ]


if __name__ == "__main__":
    main()
