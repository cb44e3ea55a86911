"""The JSON API and web interface over a marsad store (`marsad serve`).

    >>> from marsad.api import create_app
    >>> app = create_app("marsad.sqlite")   # an ASGI app for uvicorn or TestClient
"""

from marsad.api.app import create_app

__all__ = ["create_app"]
