"""The HTTP service and the film office's web page."""

from service.app import create_app

__all__ = ["create_app"]
