"""zh_TW ships complete: every string in the code is in the .ts, translated, with the
same {placeholders}; the window and the command line speak it when asked."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from btse_gui.core.session import SessionState
from tests.gui_helpers import run
from tests.test_window import sign_in

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "btse-gui_zh_TW.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            result.append((name, message.findtext("source") or "", translation))
    return result


def test_every_entry_is_translated_with_the_same_placeholders() -> None:
    entries = messages(TS)
    assert len(entries) > 150
    for context, source, translation in entries:
        where = f"{context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), where
        assert (translation.text or "").strip(), where
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text or "")
        ), where


def test_the_ts_file_holds_every_string_in_the_code(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = subprocess.run(
        ["git", "ls-files", "btse_gui/*.py", "btse_gui/**/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in messages(copy)
        if translation.get("type") == "unfinished"
    ]
    assert unfinished == [], "strings missing from the .ts (run make ts, then translate)"


def lookup_demo(account: str, **locale: str) -> subprocess.CompletedProcess[str]:
    """``btse-gui lookup --demo ACCOUNT`` with only the given locale variables set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    return subprocess.run(
        [sys.executable, "-m", "btse_gui", "lookup", "--demo", account],
        capture_output=True,
        text=True,
        env={**env, **locale},
        check=False,
    )


def test_cli_speaks_zh_tw_only_when_the_locale_says_so() -> None:
    chinese_run = lookup_demo("locked", LANG="zh_TW.UTF-8")
    assert chinese_run.returncode == 0, chinese_run.stderr
    chinese = chinese_run.stdout
    assert "封鎖（帳戶已鎖定）" in chinese
    assert "已鎖定" in chinese
    english_run = lookup_demo("locked", LANG="en_US.UTF-8")
    assert english_run.returncode == 0, english_run.stderr
    assert "blocked (account locked)" in english_run.stdout
    error = lookup_demo("expired", LC_ALL="zh_TW.UTF-8")
    assert error.returncode == 1
    assert error.stderr.strip().startswith("btse-gui: 此 API 金鑰的工作階段已過期（")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zh_TW.UTF-8"}, "zh_TW"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_TW:en"}, "zh_TW"),
        ({"LANG": "zh_TW.UTF-8", "LANGUAGE": "en:zh_TW"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:zh_HK"}, "zh_TW"),  # first one shipped
        ({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh_TW"),
        ({"LC_MESSAGES": "zh_Hant_MO", "LANG": "en_US.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_CN.UTF-8"}, "en"),  # Simplified Chinese is not shipped
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "zh_TW"}, "en"),  # gettext: not in the C locale
        ({"LANGUAGE": "zh_TW"}, "en"),
        ({}, "en"),
    ],
)
def test_cli_language_follows_language_then_the_locale(
    environ: dict[str, str], expected: str
) -> None:
    from btse_gui.api.i18n import from_environment

    assert from_environment(environ) == expected


def test_window_language_follows_the_desktop_s_languages_in_order() -> None:
    from btse_gui.api.i18n import first_shipped

    # what QLocale.system().uiLanguages() gives for LANG=fr_FR.UTF-8 LANGUAGE=fr:zh_TW
    qt = ["fr-Latn-FR", "fr-FR", "fr-Latn", "fr", "zh-Hant-TW", "zh-TW", "zh-Hant", "zh"]
    assert first_shipped(qt) == "zh_TW"
    assert first_shipped(["en-Latn-US", "en-US", "zh-Hant-TW"]) == "en"
    assert first_shipped(["de-DE", "zh"]) == "en"


@pytest.fixture
def chinese_settings(settings_file):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    QSettings(str(settings_file), QSettings.Format.IniFormat).setValue("language", "zh_TW")
    yield
    from btse_gui.gui import language

    language.install("en")


def test_window_in_zh_tw_with_translated_api_errors(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox_url, chinese_settings
) -> None:
    app = make_app()
    assert app.login.sign_in_button.text() == "登入"
    assert app.window.account.permissions.title() == "權限"
    run(qloop, sign_in(qtbot, app, sandbox_url, "kyc3", secret="wrong-secret"))
    assert app.login.message.text() == (
        "✖ 伺服器不接受此請求的金鑰、簽章或一次性序號（401）。請檢查金鑰與密鑰；"
        "若伺服器提到時間或一次性序號（nonce），請檢查這台電腦的時鐘。\n"
        "伺服器的回覆：代碼 401，「Invalid signature」"  # the server's words, as they came
    )


def test_switching_language_keeps_the_session(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox_url
) -> None:
    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, "kyc1"))
    window = app.window
    app.login.api_key.setText("typed, not yet used")  # what the person typed stays
    action = window.findChild(type(window.refresh_action), "action_language_zh_TW")
    action.trigger()
    try:
        # Re-rendered in place: the same window, its words in the new language.
        qtbot.waitUntil(lambda: window.account.refresh_button.text() == "重新整理")
        assert app.window is window
        assert app.login.api_key.text() == "typed, not yet used"
        assert window.account.permissions.title() == "權限"
        assert window.account.profile.title() == "個人資料"
        assert window.refresh_action.text() == "重新整理(&R)"
        assert app.login.sign_in_button.text() == "登入"
        # The plan's words (rendered again from the session's view) follow too, and
        # the snapshot's badges.
        qtbot.waitUntil(lambda: "已登入" in window.account.subtitle.text())
        verdicts = {b.verdict_text() for b in window.account.permissions.badges.values()}
        assert "允許" in verdicts
        assert app.session.state is SessionState.LOADED
        assert app.window.pages.currentWidget() is app.window.account
        assert app.window.account.profile.values["username"].text() == "kyc1demo"
        assert app.window.account.refresh_button.text() == "重新整理"
        badge = app.window.account.permissions.badges
        assert {b.state for b in badge.values()} == {"allowed", "blocked"}
        assert app.settings.language == "zh_TW"
    finally:
        app.set_language("en")
    qtbot.waitUntil(lambda: window.account.refresh_button.text() == "Refresh")
    assert window.account.profile.title() == "Profile"


def test_words_that_read_the_same_in_both_languages_are_kept(qapp) -> None:  # type: ignore[no-untyped-def]
    """ "KYC" and "VIP" are the same in zh_TW: the catalog's translator must not turn
    them (or any text it has no entry for) into an empty string."""
    from PySide6.QtCore import QCoreApplication

    from btse_gui.gui import language
    from btse_gui.gui.widgets.profile_pane import ProfilePane, VipPane

    language.install("zh_TW")
    try:
        assert ProfilePane().words()[1]["kyc"] == "KYC"
        assert VipPane().words()[0] == "VIP"
        assert QCoreApplication.translate("NoSuchContext", "Hello") == "Hello"
        assert ProfilePane().words()[1]["email"] == "電子郵件"
    finally:
        language.install("en")
