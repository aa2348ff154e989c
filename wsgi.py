"""Entry point for gunicorn and the `flask` command: `flask --app wsgi run`."""

from ivr import create_app

app = create_app()
