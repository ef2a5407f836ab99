"""Schrijfhulp: a Dutch writing assistant for social-media posts."""

from importlib import metadata

try:
    __version__ = metadata.version("schrijfhulp")
except metadata.PackageNotFoundError:  # running from a source tree or a frozen build
    __version__ = "0.1.0"

APP_NAME = "Schrijfhulp"
