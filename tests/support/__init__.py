"""Helpers shared by several test folders: a browser with axe-core (`browser.py`) and signed SMS
requests (`sms.py`)."""
