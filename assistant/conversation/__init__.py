"""Where a turn is handled: the message stored, Rasa asked, the reply mended and returned."""
