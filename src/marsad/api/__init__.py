"""The JSON API and web interface over a marsad store (`marsad serve`).

    >>> from marsad.api import create_app
    >>> app = create_app("marsad.sqlite")   # an ASGI app for uvicorn or TestClient

`create_app` is imported on first use so that `marsad.web` can import the API's
helpers without a cycle.
"""

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from marsad.api.app import create_app

        return create_app
    raise AttributeError(name)
