"""FastAPI dependencies, as `Annotated` aliases so routes read plainly."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from assistant.rasa_client import RasaClient
from assistant.settings import Settings


def get_db(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


def get_rasa(request: Request) -> RasaClient:
    client: RasaClient = request.app.state.rasa
    return client


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SessionDep = Annotated[Session, Depends(get_db)]
RasaDep = Annotated[RasaClient, Depends(get_rasa)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
