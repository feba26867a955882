#!/usr/bin/env bash
# Build (or check) both Python environments. Idempotent: each environment carries a stamp of the
# lock file and interpreter it was built from, and is rebuilt only when those change.
#   scripts/setup.sh        what running needs: the two environments (`make run`, `make train`)
#   scripts/setup.sh test   and what only the tests need: Chromium, axe-core, PostgreSQL, Redis
#   .venv       Python 3.11: gateway, planner, spaCy, tests       (requirements.lock)
#   .venv-rasa  Python 3.10: rasa==3.6.21                          (requirements-rasa.lock)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[kitchen-table] %s\n' "$*"; }
fail() { printf '[kitchen-table] ERROR: %s\n' "$*" >&2; exit 1; }

# this machine's pip configuration names local package folders that may not exist; pip warns
# about each one, which buries anything that matters
quiet_pip() { grep -v "is ignored: it is neither a file nor a directory" || true; }

find_python() {  # find_python 3.11 CANDIDATE...
    local want="$1"; shift
    for candidate in "$@"; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1; then
            local got
            got="$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)"
            if [ "$got" = "$want" ]; then command -v "$candidate"; return 0; fi
        fi
    done
    return 1
}

stamp_of() {  # stamp_of PYTHON FILE...
    { "$1" -c 'import sys; print(sys.version)'; shift; cat "$@"; } | sha256sum | cut -c1-32
}

build_env() {  # build_env DIR PYTHON STAMP LABEL INSTALL-ARGS...
    local dir="$1" python="$2" stamp="$3" label="$4"; shift 4
    if [ -f "$dir/.kt-stamp" ] && [ "$(cat "$dir/.kt-stamp")" = "$stamp" ] && [ -x "$dir/bin/python" ]; then
        say "$label environment is up to date ($dir)."
        return 0
    fi
    say "Building the $label environment in $dir (a few minutes the first time)..."
    rm -rf "$dir"
    "$python" -m venv "$dir"
    "$dir/bin/python" -m pip install --quiet --upgrade "pip<26" wheel 2> >(quiet_pip >&2)
    "$dir/bin/python" -m pip install --quiet "$@" 2> >(quiet_pip >&2)
    echo "$stamp" > "$dir/.kt-stamp"
    say "$label environment ready."
}

PY311="$(find_python 3.11 "${PYTHON:-}" python3.11 /root/.pyenv/versions/3.11.7/bin/python python3)" \
    || fail "Python 3.11 is needed for the gateway. Install it, or set PYTHON=/path/to/python3.11."
PY310="$(find_python 3.10 "${RASA_PYTHON:-}" /root/.pyenv/versions/3.10.13/bin/python python3.10)" \
    || fail "Python 3.10 is needed for Rasa 3.6 (it does not run on 3.11 or later). Looked for \
\$RASA_PYTHON, /root/.pyenv/versions/3.10.13/bin/python and python3.10 on PATH. \
Install Python 3.10 (for example 'pyenv install 3.10.13'), or set RASA_PYTHON=/path/to/python3.10."

build_env .venv "$PY311" "$(stamp_of "$PY311" requirements.lock)" "main (Python 3.11)" \
    -r requirements.lock
build_env .venv-rasa "$PY310" "$(stamp_of "$PY310" requirements-rasa.lock requirements-rasa.in)" \
    "Rasa (Python 3.10)" -c requirements-rasa.lock -r requirements-rasa.in

# Browser tests (tests/e2e/test_widget*.py): Chromium from Debian and axe-core 4 from npm, into
# node_modules/ (git-ignored). Playwright drives the system Chromium: `playwright install` cannot
# download browsers here. Skipped when both are present; KT_SKIP_BROWSER_SETUP=1 skips it always.
install_browser_tools() {
    if [ ! -x /usr/bin/chromium ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            say "Installing Chromium from Debian for the browser tests (a minute or two)..."
            { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
                >/tmp/kt-apt-chromium.log 2>&1 \
                || fail "Could not install Chromium (see /tmp/kt-apt-chromium.log). Install it with \
'apt-get install chromium', or set KT_SKIP_BROWSER_SETUP=1 to leave out the browser tests."
        else
            fail "The browser tests need Chromium at /usr/bin/chromium. Install it as root with \
'apt-get update && apt-get install chromium', or set KT_SKIP_BROWSER_SETUP=1 to leave them out."
        fi
        say "Chromium installed."
    fi
    if [ ! -f node_modules/axe-core/axe.min.js ]; then
        command -v npm >/dev/null 2>&1 \
            || fail "The accessibility tests need axe-core from npm, and npm is not installed \
('apt-get install npm'), or set KT_SKIP_BROWSER_SETUP=1 to leave them out."
        say "Installing axe-core 4 from npm into node_modules/..."
        npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
            --prefix "$PWD" "axe-core@4" >/tmp/kt-npm-axe.log 2>&1 \
            || fail "Could not install axe-core from npm (see /tmp/kt-npm-axe.log)."
        say "axe-core installed."
    fi
}

MODE="${1:-run}"
[ "$MODE" = run ] || [ "$MODE" = test ] || fail "usage: scripts/setup.sh [run|test]"

if [ "$MODE" = test ] && [ -z "${KT_SKIP_BROWSER_SETUP:-}" ]; then
    install_browser_tools
fi

# Scale-out tests (tests/scale) and `bench/journeys.py --services`: PostgreSQL and Redis from
# Debian, started per test session on free ports with throwaway data (bench/services.py), never
# as system services. Skipped when both are present; KT_SKIP_SCALE_SETUP=1 skips it always (then
# set KT_SKIP_SCALE=1 too, or tests/scale fails and says what is missing).
install_scale_services() {
    local wanted=()
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || wanted+=(postgresql)
    command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || wanted+=(redis-server)
    [ "${#wanted[@]}" -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing ${wanted[*]} from Debian for the scale-out tests (a minute or two)..."
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends "${wanted[@]}"; } >/tmp/kt-apt-services.log 2>&1 \
            || fail "Could not install ${wanted[*]} (see /tmp/kt-apt-services.log). Install them \
with 'apt-get install ${wanted[*]}', or set KT_SKIP_SCALE_SETUP=1 and KT_SKIP_SCALE=1 to leave \
out the scale-out tests."
        say "${wanted[*]} installed."
    else
        fail "The scale-out tests need ${wanted[*]}. Install as root with 'apt-get update && \
apt-get install ${wanted[*]}', or set KT_SKIP_SCALE_SETUP=1 and KT_SKIP_SCALE=1 to leave them out."
    fi
}

if [ "$MODE" = test ] && [ -z "${KT_SKIP_SCALE_SETUP:-}" ]; then
    install_scale_services
fi
