"""The lost-property domain: found items, loss reports, vocabulary, matching and storage.

This package imports neither Flask nor twilio (a test checks it): it is used
alike by the phone line, the JSON API, the CLI, the benchmarks and scripts.
Functions that touch data take a SQLAlchemy session as their first argument
and never commit; the caller owns the transaction.
"""
