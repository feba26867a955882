"""`python -m assistant.data_rights.erasure purge-idle [--dry-run] [--days N]`.

The command line of the retention purge (docs/OPERATIONS.md, *Data rights*), kept under this name
for cron jobs and the docs. The work is in the modules beside it:

    erase.py      erase_session: one conversation, from Rasa's tracker store and the gateway's
                  database, with one anonymous audit line left
    retention.py  purge_idle, the periodic purge of the gateway's lifespan, and `main`

Rasa's tracker store itself is reached through assistant/storage/tracker.py.
"""

from __future__ import annotations

import sys

from assistant.data_rights.retention import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
