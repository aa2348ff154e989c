"""The Flask application: Twilio webhooks for the phone line, the JSON API, the web pages."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from ivr import config


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(config.defaults(app.instance_path))
    if test_config is None:
        app.config.from_mapping(config.from_environment())
    else:
        app.config.from_mapping(test_config)
    config.check(app.config)
    config.enforce_production(app.config)  # APP_ENV=production: real secrets or no start
    if not (app.config.get("SECRET_KEY") and app.config.get("TWILIO_AUTH_TOKEN")):
        for name, value in config.development_secrets(app.instance_path).items():
            app.config[name] = app.config.get(name) or value
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=app.config["SESSION_HOURS"])
    if app.config["PROXY_HOPS"]:
        hops = app.config["PROXY_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)

    from ivr import (
        account,
        admin,
        api,
        auth,
        clerks,
        cli,
        console,
        db,
        health,
        i18n,
        logs,
        metrics,
        outages,
        owners,
        pages,
        webhooks,
    )
    from ivr.line import prompts, twilio_gateway

    app.json = api.JSONProvider(app)
    logs.init_app(app)
    metrics.init_app(app)
    db.init_app(app)
    prompts.init_app(app)
    twilio_gateway.init_app(app)
    app.register_blueprint(webhooks.bp)
    app.register_blueprint(api.bp)
    app.register_error_handler(404, api.unrouted)
    app.register_error_handler(405, api.unrouted)
    app.register_blueprint(health.bp)
    outages.init_app(app)
    pages.init_app(app)
    i18n.init_app(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(clerks.bp)
    app.register_blueprint(console.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(account.bp)
    app.register_blueprint(owners.bp)
    cli.init_app(app)
    return app
