"""Channels other than the web API: SMS through Twilio (`sms.py`).

Each channel turns its own format into one `assistant.conversation.turns.take_turn` call and the
reply back into its own format; the conversation itself is the same whatever the channel. The
SMS tables are in assistant/storage/sms_models.py.
"""
