"""The `flask` commands a maintainer runs."""

from __future__ import annotations

import threading
from datetime import timedelta
from wsgiref.simple_server import WSGIRequestHandler

import pytest
from sqlalchemy import func, select
from werkzeug.serving import make_server

from ivr.accounts import user_for_token
from ivr.db import get_session
from lost_items.models import FoundItem
from tests.conftest import today


def count_items(app) -> int:
    with app.app_context():
        return get_session().scalar(select(func.count()).select_from(FoundItem))


def test_init_db_can_run_again(runner):
    first = runner.invoke(args=["init-db"])
    second = runner.invoke(args=["init-db"])
    assert first.exit_code == 0 and second.exit_code == 0, second.output
    assert "Database ready" in second.output


@pytest.mark.parametrize("role", ["clerk", "agent", "admin"])
def test_users_create_prints_a_working_token_last(app, runner, client, role):
    result = runner.invoke(args=["users", "create", f"maria-{role}", "--role", role])
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    with app.app_context():
        user = user_for_token(get_session(), token)
        assert user is not None and user.role == role
        assert token not in (user.token_hash,)  # only a hash is stored
    answer = client.get(
        "/api/found-items/search?q=wallet&lang=en", headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 200


def test_a_lost_token_is_replaced_and_a_user_who_left_is_removed(runner, client):
    def search(token: str) -> int:
        headers = {"Authorization": f"Bearer {token}"}
        return client.get("/api/found-items/search?q=wallet&lang=en", headers=headers).status_code

    old = runner.invoke(args=["users", "create", "jo", "--role", "clerk"]).output.split()[-1]
    replaced = runner.invoke(args=["users", "new-token", "jo"])
    new = replaced.output.split()[-1]
    assert search(old) == 401 and search(new) == 200
    listed = runner.invoke(args=["users", "list"]).output
    assert "jo                       clerk  API only" in listed
    assert runner.invoke(args=["users", "remove", "jo"]).exit_code == 0
    assert search(new) == 401
    assert "no user is named 'jo'" in runner.invoke(args=["users", "remove", "jo"]).output


def test_users_create_refuses_a_duplicate_or_an_unknown_role(runner):
    assert runner.invoke(args=["users", "create", "jo", "--role", "clerk"]).exit_code == 0
    duplicate = runner.invoke(args=["users", "create", "jo", "--role", "clerk"])
    assert duplicate.exit_code != 0 and "already exists" in duplicate.output
    unknown = runner.invoke(args=["users", "create", "al", "--role", "boss"])
    assert unknown.exit_code != 0


@pytest.mark.parametrize("name", ["jo\x00", "jo\tbeth", "x" * 81])
def test_users_create_refuses_a_name_nobody_could_log_in_with(runner, name):
    refused = runner.invoke(args=["users", "create", name, "--role", "clerk"])
    assert refused.exit_code != 0 and "1 to 80 printable characters" in refused.output


def test_items_import_keeps_good_rows_and_reports_bad_ones_by_line(app, runner, tmp_path):
    yesterday = (today() - timedelta(days=1)).isoformat()
    csv_file = tmp_path / "items.csv"
    csv_file.write_text(
        "description,found_on,found_at,language,category,colors,brand\n"
        f"Portefeuille noir,{yesterday},Bus 38,fr,,,\n"
        f"Parapluie rouge,not-a-date,Bus 38,fr,,,\n"
        f"Black backpack,{yesterday},Gare du Nord,en,,black,Eastpak\n"
        f",{yesterday},Bus 38,fr,,,\n"
        f"Lunettes,{yesterday},Bus 38,xx,,,\n",
        encoding="utf-8",
    )
    result = runner.invoke(args=["items", "import", str(csv_file)])
    assert result.exit_code == 0, result.output
    assert "line 3: found_on" in result.output
    assert "line 5: description" in result.output
    assert "line 6: language" in result.output
    assert "Loaded 2 items; 3 rows rejected." in result.output
    assert count_items(app) == 2


def test_items_import_says_plainly_when_the_columns_are_separated_by_semicolons(
    app, runner, tmp_path
):
    csv_file = tmp_path / "excel.csv"  # Excel's "CSV UTF-8" in a French locale
    csv_file.write_text("description;found_on;found_at;language\nSac;20/11/2026;Bus 38;fr\n")
    result = runner.invoke(args=["items", "import", str(csv_file)])
    assert result.exit_code == 1
    assert "line 1: the columns are separated by semicolons: use commas instead" in result.output
    assert "Loaded 0 items; 1 row rejected." in result.output


def test_items_import_says_plainly_when_the_file_is_not_utf8(app, runner, tmp_path):
    yesterday = (today() - timedelta(days=1)).isoformat()
    csv_file = tmp_path / "excel.csv"  # Excel's default in France: Windows-1252
    csv_file.write_bytes(
        "description,found_on,found_at,language\n"
        f"Portefeuille noir,{yesterday},Bus 38,fr\n"
        f"Clés de voiture,{yesterday},Gare de l'Est,fr\n".encode("cp1252")
    )
    result = runner.invoke(args=["items", "import", str(csv_file)])
    assert result.exit_code == 1
    assert "is not UTF-8 text (line 3)" in result.output
    assert "Nothing was loaded." in result.output
    assert count_items(app) == 0


def test_demo_data_loads_once(app, runner):
    first = runner.invoke(args=["demo-data"])
    assert first.exit_code == 0 and "Loaded" in first.output
    loaded = count_items(app)
    assert loaded >= 20
    second = runner.invoke(args=["demo-data"])
    assert "already has found items" in second.output
    assert count_items(app) == loaded


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture
def live_server(app):
    """The app on a real socket, as `make run` serves it."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_call_phones_the_running_line_from_the_terminal(app, runner, live_server):
    runner.invoke(args=["demo-data"])
    typed = "\n".join(["2", "I lost my black leather wallet", "9", "hang up"]) + "\n"
    result = runner.invoke(args=["call", "--url", live_server], input=typed)
    assert result.exit_code == 0, result.output
    assert "English: press 2." in result.output
    assert "Welcome to the lost property office." in result.output
    assert "Please say what you lost." in result.output
    assert "This may be yours: a wallet" in result.output
    assert "Reference: 1" in result.output
    assert "You hung up." in result.output


def test_call_says_clearly_when_the_line_is_not_running(runner):
    result = runner.invoke(args=["call", "--url", "http://127.0.0.1:1"], input="\n")
    assert result.exit_code != 0
    assert "the call failed" in result.output


def test_items_reread_reads_stored_items_again_with_the_vocabulary_of_today(app, runner):
    from lost_items.items import get_found_item
    from lost_items.models import ItemContent
    from tests.web import add_item

    reference = add_item(app, "Portefeuille noir, sans carte Vitale", found_on=today())
    with app.app_context():
        session = get_session()
        item = get_found_item(session, reference)
        kept = (item.category, item.kind, item.colors)
        # As a vocabulary without negations read it: the card the clerk said was missing.
        item.search_text = "category:wallets_money kind:wallet color:black kind:health_card"
        session.add(ItemContent(item_id=item.id, kind="kind:health_card", found_on=today()))
        session.commit()

    result = runner.invoke(args=["items", "reread"])
    assert result.exit_code == 0, result.output
    assert "1 item changed" in result.output
    with app.app_context():
        session = get_session()
        item = get_found_item(session, reference)
        assert "kind:health_card" not in item.search_text.split()
        assert (item.category, item.kind, item.colors) == kept
        assert not session.scalars(select(ItemContent).where(ItemContent.item_id == item.id)).all()
    assert "0 items changed" in runner.invoke(args=["items", "reread"]).output
