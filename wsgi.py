"""Entry point for gunicorn and the `flask` command: `flask --app wsgi run`."""

import sys

from ivr import create_app
from ivr.config import UnsafeConfiguration

try:
    app = create_app()
except UnsafeConfiguration as error:  # say what to fix, not a traceback
    sys.exit(f"Cannot start: {error}")
