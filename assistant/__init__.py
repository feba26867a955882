"""Kitchen Table's running service: the FastAPI gateway, its channels, the Rasa custom actions,
language extraction, storage and settings, plus the Rasa project files (domain, config,
credentials).

Nothing is imported here on purpose: the Rasa server (its own Python 3.10 environment) reads the
YAML files in this folder and must never need the gateway's libraries.
"""
