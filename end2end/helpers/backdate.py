"""Moves a complaint's history back in time, for browser tests of deadlines that have passed.

Usage: backdate.py DATABASE_PATH REFERENCE DAYS

Every event of the complaint (and when it was received) is moved DAYS calendar days earlier;
their order is kept, so the complaint folds as before, with every deadline derived again from
the new dates by the server on its next read. Only tests use this: the server never moves
what happened, and the database refuses to change an event (a trigger), so the trigger is
set aside inside the same transaction and put back before it commits.
"""

import json
import sqlite3
import sys
from datetime import datetime, timedelta


def shifted(text: str, days: int, stamp: bool = False) -> str:
    when = datetime.fromisoformat(text.replace("Z", "+00:00")) - timedelta(days=days)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ") if stamp else when.isoformat()


def main() -> None:
    path, reference, days = sys.argv[1], sys.argv[2], int(sys.argv[3])
    db = sqlite3.connect(path, timeout=10, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    try:
        (guard,) = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger'"
            " AND name = 'complaint_events_are_never_changed'"
        ).fetchone()
        db.execute("DROP TRIGGER complaint_events_are_never_changed")
        row = db.execute(
            "SELECT id, received_at FROM complaints WHERE reference = ?", (reference,)
        ).fetchone()
        if row is None:
            sys.exit(f"no complaint {reference}")
        complaint, received = row
        db.execute(
            "UPDATE complaints SET received_at = ? WHERE id = ?",
            (shifted(received, days, stamp=True), complaint),
        )
        events = db.execute(
            "SELECT id, event, occurred_at FROM complaint_events WHERE complaint_id = ?",
            (complaint,),
        ).fetchall()
        for event_id, event, occurred in events:
            value = json.loads(event)
            value["at"] = shifted(value["at"], days)
            db.execute(
                "UPDATE complaint_events SET event = ?, occurred_at = ? WHERE id = ?",
                (json.dumps(value), shifted(occurred, days, stamp=True), event_id),
            )
        db.execute(guard)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


if __name__ == "__main__":
    main()
