"""The gateway application: `uvicorn assistant.main:app` or `create_app(settings)` in tests."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from sqlmodel import Session, select
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant import actions
from assistant.api import actions as actions_api
from assistant.api import chat, health, sessions
from assistant.api.action_calls import ActionCallReader
from assistant.brokers import register
from assistant.brokers.models import Broker
from assistant.channels import sms
from assistant.conversation import pause_points, routing
from assistant.conversation.rasa_client import RasaClient, RasaServerHeader
from assistant.data_rights.retention import start_periodic_purge
from assistant.directory.server import create_directory_app
from assistant.directory.sync import start_periodic_sync
from assistant.http import security
from assistant.http.errors import (
    ApiError,
    api_error_handler,
    document_bad_requests_as_400,
    http_error_handler,
    validation_error_handler,
)
from assistant.http.limits import rate_limiter
from assistant.http.shared_limits import share_limits
from assistant.rasa_side import log_privacy
from assistant.settings import SAMPLE_DIRECTORY_PATH, Settings, get_settings
from assistant.storage.db import make_engine, migrate, startup_lock
from assistant.storage.tracker import TrackerStore
from assistant.web import pages as web
from assistant.web import plans as plan_pages


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    log_privacy.redact_access_log()  # addresses carry session tokens and plan keys

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        url = settings.effective_database_url
        app.state.engine = make_engine(url)
        with startup_lock(url, settings.var_dir):  # several workers start at once
            migrate(url)
            if settings.sample_brokers:
                with Session(app.state.engine) as db:
                    if db.exec(select(Broker)).first() is None:
                        register.seed(db)
        actions.configure(app.state.engine)
        # build the spaCy pipeline and word lists, and read the safety classifier from
        # models/safety (or fit it once), in the background (seconds), so the first answer does not
        # wait for them and start-up is not held up; then the safety decisions run on the loop
        threading.Thread(target=routing.warm_up, name="warm-up", daemon=True).start()
        app.state.rasa = RasaClient(
            settings.rasa_base_urls,
            token=settings.rasa_token,
            timeout=settings.rasa_timeout_seconds,
        )
        # Rasa's tracker store, for erasing conversations; idle ones are erased by this task
        app.state.tracker_store = TrackerStore(settings)
        app.state.purge = start_periodic_purge(app.state.engine, app.state.tracker_store, settings)
        # the council's directory of local services: read now and then in the background
        app.state.directory_sync = start_periodic_sync(app.state.engine, settings)
        try:
            yield
        finally:
            if app.state.directory_sync is not None:
                app.state.directory_sync.stop()
            if app.state.purge is not None:
                await app.state.purge.stop()
            await app.state.rasa.aclose()
            app.state.tracker_store.dispose()
            app.state.engine.dispose()

    app = FastAPI(
        title="Kitchen Table",
        summary="A planning assistant for people with a social-care personal budget.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.executor = actions_api.make_executor()
    app.state.action_calls = ActionCallReader()
    app.state.limits = {
        "client": rate_limiter(per_minute=settings.rate_limit_client_per_minute),
        "session": rate_limiter(per_minute=settings.rate_limit_session_per_minute),
    }
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    document_bad_requests_as_400(app)
    app.include_router(chat.router)
    app.include_router(sessions.router)
    app.include_router(health.router)
    app.include_router(actions_api.router)
    sms.register(app, settings)
    web.register(app)
    plan_pages.register(app)  # /plans/{plan_id}, /review, /static
    if settings.sample_directory:  # the fictional Fernvale feed, read by this gateway over HTTP
        app.mount(SAMPLE_DIRECTORY_PATH, create_directory_app())
    if settings.redis_url:  # several gateway workers: count rate limits together in Redis
        app.state.limits = share_limits(app.state.limits, settings.redis_url)

    pause_points.configure(settings.test_pause_dir)
    if settings.expose_rasa_server:
        app.add_middleware(RasaServerHeader)
    security.install(app, settings)  # outermost: headers on every response, CORS, body sizes
    return app


def app() -> FastAPI:
    """Factory for `uvicorn --factory assistant.main:app`."""
    return create_app()
