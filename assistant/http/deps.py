"""FastAPI dependencies, as `Annotated` aliases so routes read plainly.

They are `async def` on purpose: FastAPI runs a plain `def` dependency in its thread pool, and
three thread hops a request (session, Rasa client, settings) cost the chat turn time on a busy
event loop. None of them waits on anything: a Session connects only when first used."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from assistant.conversation.rasa_client import RasaClient
from assistant.settings import Settings


async def get_db(request: Request) -> AsyncIterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


async def get_rasa(request: Request) -> RasaClient:
    client: RasaClient = request.app.state.rasa
    return client


async def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SessionDep = Annotated[Session, Depends(get_db)]
RasaDep = Annotated[RasaClient, Depends(get_rasa)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
