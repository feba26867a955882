"""Start, train and stop the whole stack: `python -m assistant.ops.launcher run|train|fingerprint`.

    make run ─► launcher run ─► ensure model (train only if its inputs changed)
                             ─► write var/endpoints.yml (tracker store, action endpoint + token)
                             ─► start Rasa (127.0.0.1) and the gateway, wait until both are ready
                             ─► print the address; on Ctrl-C / SIGTERM stop both, no orphans

The model is named `kt-<fingerprint>.tar.gz`, where the fingerprint is a hash of everything that
goes into training (config, domain, NLU data, stories and the Rasa lock file), so a second run with
nothing changed reuses it. The test suite uses the same `Stack` to start one stack per session.

The parts: training.py (the model), rasa_config.py (Rasa's environment, endpoints and logging),
stack.py (the processes), console.py (what is printed).
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import sys
import time

from assistant.ops.console import say
from assistant.ops.stack import Stack
from assistant.ops.training import ensure_model, fingerprint
from assistant.settings import ROOT, Settings

__all__ = ["main", "run", "settings_for_run"]


def run(settings: Settings) -> int:
    started = time.monotonic()
    # the demo shows the fictional sample register unless told otherwise
    os.environ.setdefault("KT_SAMPLE_BROKERS", "true")
    # ...and the fictional Fernvale directory of local services, when no council feed is set
    os.environ.setdefault("KT_SAMPLE_DIRECTORY", "true")
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    stack = Stack(settings)
    stack.check_scale_out()  # before any training: say at once what a scale-out run is missing
    model = ensure_model(settings)
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    parent = os.getppid()
    try:
        say("Starting Rasa (this takes about 45 seconds) and the gateway...")
        stack.start_rasa(model)
        # the safety classifier, fitted once into models/safety while Rasa starts, so the first
        # message is not kept waiting for it (a minute on a fresh machine)
        from assistant.safety.model import load_model

        load_model()
        stack.start_gateway()
        stack.wait_ready()
        say(f"Ready in {time.monotonic() - started:.0f} s.")
        say(f"Open {stack.gateway_url}/ (health: {stack.gateway_url}/health)")
        say(
            f"Try: curl -s -X POST {stack.gateway_url}/api/chat "
            "-H 'content-type: application/json' -d '{\"text\": \"hello\"}'"
        )
        say("Press Ctrl-C to stop.")
        while not stopping:
            stack.check_alive()
            if os.getppid() != parent:  # whoever started us has gone: stop too
                break
            time.sleep(0.5)
        return 0
    except (RuntimeError, TimeoutError) as exc:
        say(f"Could not start: {exc}")
        return 1
    finally:
        say("Stopping Rasa and the gateway...")
        stack.stop()
        say("Stopped.")


def settings_for_run() -> Settings:
    """Settings from the environment, with fresh secrets where none were given."""
    settings = Settings()
    updates: dict[str, str] = {}
    if not settings.rasa_token:
        updates["rasa_token"] = secrets.token_urlsafe(24)
    if not settings.actions_token:
        updates["actions_token"] = secrets.token_urlsafe(24)
    return settings.model_copy(update=updates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.ops.launcher")
    parser.add_argument("command", choices=["run", "train", "fingerprint"])
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.command == "fingerprint":
        print(fingerprint())
        return 0
    settings = settings_for_run()
    if args.command == "train":
        ensure_model(settings)
        from assistant.safety.model import load_model

        load_model()  # the safety classifier: fitted once into models/safety, read from there after
        return 0
    return run(settings)


if __name__ == "__main__":
    sys.exit(main())
