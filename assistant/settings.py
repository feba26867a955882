"""Settings, read once from environment variables (and an optional `.env` file).

Every value has a safe default so that `make run` works on a fresh machine with nothing set:
SQLite files under `var/`, both servers on 127.0.0.1, random secrets made per run by the launcher.
"""

from __future__ import annotations

import functools
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
#: where the gateway serves the fictional sample directory (assistant/directory/server.py)
SAMPLE_DIRECTORY_PATH = "/sample-directory"
SAMPLE_COUNCIL = "Fernvale County Council"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    # where things live
    var_dir: Path = Field(default=ROOT / "var", alias="KT_VAR_DIR")
    models_dir: Path = Field(default=ROOT / "models", alias="KT_MODELS_DIR")
    database_url: str = Field(default="", alias="DATABASE_URL")
    rasa_tracker_url: str = Field(default="", alias="RASA_TRACKER_URL")
    redis_url: str = Field(default="", alias="REDIS_URL")

    # the two servers
    gateway_port: int = Field(default=8000, alias="KT_GATEWAY_PORT", ge=1, le=65535)
    rasa_host: str = Field(default="127.0.0.1", alias="KT_RASA_HOST")
    rasa_port: int = Field(default=5005, alias="KT_RASA_PORT", ge=1, le=65535)
    # comma-separated base URLs of Rasa servers; empty means http://rasa_host:rasa_port
    rasa_urls: str = Field(default="", alias="RASA_URLS")
    # scale-out on one machine (assistant/ops/launcher.py): Rasa servers on KT_RASA_PORT, +1, ...
    # (they need RASA_TRACKER_URL on PostgreSQL and REDIS_URL), and uvicorn workers
    rasa_servers: int = Field(default=1, alias="KT_RASA_SERVERS", ge=1, le=16)
    gateway_workers: int = Field(default=1, alias="KT_GATEWAY_WORKERS", ge=1, le=64)
    # tests and benchmarks: name the Rasa server(s) of each turn in X-Kitchen-Table-Rasa-Server
    expose_rasa_server: bool = Field(default=False, alias="KT_EXPOSE_RASA_SERVER")
    rasa_token: str = Field(default="", alias="RASA_TOKEN")
    actions_token: str = Field(default="", alias="KT_ACTIONS_TOKEN")
    rasa_timeout_seconds: float = Field(default=10.0, alias="KT_RASA_TIMEOUT", gt=0)
    # a new Rasa session (slots and the open form carried over) once the current one holds this
    # many events, so a turn costs the same at turn 300 as at turn 5
    # (assistant/rasa_side/rasa_state.py,
    # issue 18); 0: never
    rasa_session_events: int = Field(default=150, alias="KT_RASA_SESSION_EVENTS", ge=0)
    public_base_url: str = Field(default="http://127.0.0.1:8000", alias="PUBLIC_BASE_URL")

    # SMS (assistant/channels/sms.py): with no Twilio auth token every SMS request gets 403.
    twilio_auth_token: str = Field(default="", alias="TWILIO_AUTH_TOKEN")
    # key for the HMAC of phone numbers; empty means a key generated once into var/secrets/
    phone_hash_key: str = Field(default="", alias="KT_PHONE_HASH_KEY")
    # Twilio's webhooks come from a few addresses shared by everyone who texts in
    rate_limit_sms_client_per_minute: int = Field(
        default=600, alias="KT_RATE_SMS_CLIENT_PER_MIN", ge=1
    )

    # limits on what people send
    max_text_chars: int = Field(default=2000, alias="KT_MAX_TEXT_CHARS", ge=2000)
    max_body_bytes: int = Field(default=16_384, alias="KT_MAX_BODY_BYTES", ge=1024)
    rate_limit_session_per_minute: int = Field(default=30, alias="KT_RATE_SESSION_PER_MIN", ge=1)
    rate_limit_client_per_minute: int = Field(default=120, alias="KT_RATE_CLIENT_PER_MIN", ge=1)
    # origins (scheme://host[:port], comma-separated) of other sites whose pages carry the widget
    # and may call /api/ from the browser; empty means this origin only (assistant/http/security.py)
    cors_origins: str = Field(default="", alias="KT_CORS_ORIGINS")

    # tests only: a folder of pause points (assistant/conversation/pause_points.py); empty, as in
    # every real
    # deployment, turns them off completely
    test_pause_dir: str = Field(default="", alias="KT_TEST_PAUSE_DIR")

    # cookies (plan pages and broker sign-in): Secure when PUBLIC_BASE_URL is https or this is set
    cookie_secure: bool = Field(default=False, alias="KT_COOKIE_SECURE")
    # load the fictional sample register (assistant/brokers/register.yaml) when no broker is
    # registered yet: on for `make run`, off by default so a real service starts empty
    sample_brokers: bool = Field(default=False, alias="KT_SAMPLE_BROKERS")

    # the council's directory of local services (assistant/directory, docs/DIRECTORY.md): an
    # Open Referral UK feed, read every KT_DIRECTORY_SYNC_HOURS (0: only by the command); with
    # no URL and KT_SAMPLE_DIRECTORY on (as `make run` sets it), the gateway serves the fictional
    # Fernvale sample feed at /sample-directory and reads it from there, over HTTP
    directory_url: str = Field(default="", alias="KT_DIRECTORY_URL")
    directory_council: str = Field(default="", alias="KT_DIRECTORY_COUNCIL")
    directory_sync_hours: float = Field(default=24, alias="KT_DIRECTORY_SYNC_HOURS", ge=0)
    sample_directory: bool = Field(default=False, alias="KT_SAMPLE_DIRECTORY")
    # politeness: at most this many requests a second to the feed
    directory_requests_per_second: float = Field(
        default=4.0, alias="KT_DIRECTORY_REQUESTS_PER_SECOND", gt=0, le=100
    )

    # data rights (assistant/data_rights/erasure.py): a conversation nobody has touched for this
    # many days is
    # erased; each gateway checks every KT_PURGE_INTERVAL_MINUTES (0: only the command does it)
    retention_days: int = Field(default=180, alias="KT_RETENTION_DAYS", ge=1)
    purge_interval_minutes: float = Field(default=60, alias="KT_PURGE_INTERVAL_MINUTES", ge=0)
    # Rasa's log level as the launcher starts it: DEBUG writes what people type into rasa.log
    rasa_log_level: str = Field(
        default="INFO", alias="KT_RASA_LOG_LEVEL", pattern="^(DEBUG|INFO|WARNING|ERROR)$"
    )

    @property
    def secure_cookies(self) -> bool:
        return self.cookie_secure or self.public_base_url.lower().startswith("https://")

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.var_dir / 'kitchen_table.db'}"

    @property
    def effective_directory_url(self) -> str:
        """The feed to read: KT_DIRECTORY_URL, else this gateway's own sample feed when
        KT_SAMPLE_DIRECTORY is on, else none."""
        if self.directory_url:
            return self.directory_url.rstrip("/")
        if self.sample_directory:
            return f"http://127.0.0.1:{self.gateway_port}{SAMPLE_DIRECTORY_PATH}"
        return ""

    @property
    def effective_directory_council(self) -> str:
        if self.directory_council:
            return self.directory_council
        return SAMPLE_COUNCIL if self.sample_directory and not self.directory_url else ""

    @property
    def rasa_base_urls(self) -> list[str]:
        urls = [u.strip().rstrip("/") for u in self.rasa_urls.split(",") if u.strip()]
        return urls or [
            f"http://{self.rasa_host}:{self.rasa_port + i}" for i in range(self.rasa_servers)
        ]


@functools.lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
