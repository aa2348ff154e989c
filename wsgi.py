"""Entry point for gunicorn and the `flask` command: `flask --app wsgi run`."""

import sys

from ivr import create_app
from ivr.config import UnsafeConfiguration

try:
    app = create_app()
except UnsafeConfiguration as error:  # say what to fix, not a traceback
    print(f"Cannot start: {error}", file=sys.stderr)
    sys.exit(4)  # gunicorn's "app failed to load": it stops instead of restarting workers
