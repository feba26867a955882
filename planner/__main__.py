"""`python -m planner draft PROFILE.json --format json|html|text|sms [--rates FILE]`."""

import sys

from planner.cli import main

sys.exit(main())
