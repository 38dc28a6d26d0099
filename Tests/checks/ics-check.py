#!/usr/bin/env python3
"""Every iCalendar file of a built site (`nhiem-vu/lich.ics`, the English edition's too) read by
the `icalendar` package, as a calendar program would: it must parse, have CRLF line ends and no
line longer than 75 octets (RFC 5545 §3.1), and each event must have a UID, a DTSTAMP and an
all-day DTSTART before its DTEND, with UIDs unique in the file.

With a second site folder (`ics-check.py SITE OTHER`), each file must also be byte-identical to
the same file of the other build: nothing in it comes from the clock.

usage: ics-check.py SITE [OTHER_SITE]
"""
import datetime
import pathlib
import sys

import icalendar


def check(path: pathlib.Path) -> list[str]:
    problems = []
    data = path.read_bytes()
    lines = data.split(b"\r\n")
    if lines[-1] != b"":
        problems.append("does not end with CRLF")
    for number, line in enumerate(lines[:-1], 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: a bare LF or CR")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets, more than 75")
    try:
        calendar = icalendar.Calendar.from_ical(data.decode("utf-8"))
    except Exception as error:  # noqa: BLE001 - any parse failure is the finding
        return problems + [f"does not parse: {error}"]
    for key in ("VERSION", "PRODID"):
        if key not in calendar:
            problems.append(f"the calendar has no {key}")
    events = list(calendar.walk("VEVENT"))
    if not events:
        problems.append("no event")
    seen = set()
    for event in events:
        uid = str(event.get("UID", ""))
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if key not in event:
                problems.append(f"event {uid or '?'}: no {key}")
        if uid in seen:
            problems.append(f"event {uid}: UID used twice")
        seen.add(uid)
        start = event.get("DTSTART")
        end = event.get("DTEND")
        if start is not None:
            start = start.dt
            if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
                problems.append(f"event {uid}: DTSTART is not an all-day date")
            elif end is not None and not start < end.dt:
                problems.append(f"event {uid}: DTEND is not after DTSTART")
    return problems


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 64
    site = pathlib.Path(sys.argv[1])
    other = pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else None
    files = sorted(site.rglob("*.ics"))
    if not files:
        print(f"ics-check: no .ics file in {site}", file=sys.stderr)
        return 1
    failed = False
    events = 0
    for path in files:
        problems = check(path)
        if other is not None:
            twin = other / path.relative_to(site)
            if not twin.exists() or twin.read_bytes() != path.read_bytes():
                problems.append(f"differs from {twin}")
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        failed = failed or bool(problems)
        if not problems:
            events += len(icalendar.Calendar.from_ical(path.read_bytes().decode("utf-8")).walk("VEVENT"))
    if failed:
        return 1
    same = " and byte-identical to the second build" if other is not None else ""
    print(f"icalendar: {len(files)} calendar file(s), {events} events, valid{same}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
