"""`python -m assistant.directory sync|snapshot|gaps` (see assistant/directory/cli.py)."""

import sys

from assistant.directory.cli import main

sys.exit(main())
