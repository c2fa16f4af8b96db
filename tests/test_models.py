"""Strict parsing of the envelope and models; permissions from kycLevel and userStatus."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from btse_gui.api.enums import CODE_MEANINGS, SUPPORTED_CURRENCIES, BtseCode, UserStatus
from btse_gui.api.errors import (
    ApiCodeError,
    ApiError,
    MalformedResponseError,
    ServerWords,
    SessionExpiredError,
    UnsuccessfulError,
)
from btse_gui.api.models import (
    LoginStatus,
    Permission,
    UserProfile,
    VipInfo,
    check_permissions,
    kyc_permissions,
    parse_envelope,
    require_ok,
)

SPEC_USER = {
    "username": "chiakai5",
    "email": "chiakai.chenggga@nogle.com",
    "is2FA": True,
    "isKyc": True,
    "userStatus": 1,
    "kycLevel": 3,
    "allowCryptoDeposit": True,
    "allowCryptoWithdrawal": True,
    "allowFiatDeposit": True,
    "allowFiatWithdrawal": True,
    "allowTrade": True,
    "allowTransfer": True,
}


def envelope_bytes(data: Any, **overrides: Any) -> bytes:
    body = {"code": 1, "msg": "Success", "time": 1624415969731, "data": data, "success": True}
    body.update(overrides)
    return json.dumps(body).encode()


def test_spec_examples_parse() -> None:
    env = parse_envelope(envelope_bytes(SPEC_USER), "/v1/user")
    require_ok(env, "/v1/user")
    profile = UserProfile.from_data(env.data, "/v1/user")
    assert profile.username == "chiakai5"
    assert profile.kyc_level == 3
    assert profile.status is UserStatus.NORMAL
    assert env.time == 1624415969731
    vip = VipInfo.from_data({"isVIP": False, "spread": 0.1}, "/v1/user/vip_info")
    assert vip == VipInfo(is_vip=False, spread=0.1)
    assert LoginStatus.from_data({"isLogin": False}, "/v1/login_status").is_login is False


def test_data_null_on_user_is_session_expired() -> None:
    with pytest.raises(SessionExpiredError, match="new API key"):
        UserProfile.from_data(None, "/v1/user")


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"<html>", "not JSON"),
        (b"", "not JSON"),
        (b"[1, 2]", "a list, not an object"),
        (envelope_bytes(None, code="1"), "'code' is a string"),
        (envelope_bytes(None, success=1), "'success' is a number"),
        (envelope_bytes(None, code=10**400), "'code' is a number"),
    ],
)
def test_malformed_envelopes_name_the_problem(body: bytes, fragment: str) -> None:
    with pytest.raises(MalformedResponseError, match=fragment):
        parse_envelope(body, "/v1/user")


@pytest.mark.parametrize(
    "time_value", [None, "soon", 10**400, 1e308, -5, 0, 1.5, 9_999_999_999_999_999]
)
def test_an_absurd_or_missing_time_is_ignored_not_fatal(time_value: Any) -> None:
    env = parse_envelope(envelope_bytes({"isLogin": True}, time=time_value), "/v1/login_status")
    assert env.time is None
    assert LoginStatus.from_data(env.data, "/v1/login_status").is_login is True


def test_a_float_time_and_a_null_msg_are_read() -> None:
    env = parse_envelope(envelope_bytes(None, time=1624415969731.5, msg=None), "/v1/user")
    assert env.time == 1624415969731
    assert env.msg == ""


@pytest.mark.parametrize(
    ("change", "field", "kind", "kept"),
    [
        ({"kycLevel": 4}, "kycLevel", "unknown", ("kyc_level", 4)),
        ({"kycLevel": -1}, "kycLevel", "unknown", ("kyc_level", -1)),
        ({"kycLevel": True}, "kycLevel", "unreadable", ("kyc_level", None)),
        ({"kycLevel": 2.0}, "kycLevel", "unreadable", ("kyc_level", None)),
        ({"kycLevel": 10**400}, "kycLevel", "unreadable", ("kyc_level", None)),
        ({"userStatus": 9}, "userStatus", "unknown", ("user_status", 9)),
        ({"is2FA": "true"}, "is2FA", "unreadable", ("is_2fa", None)),
        ({"username": None}, "username", "unreadable", ("username", None)),
        ({"allowTrade": 1}, "allowTrade", "unreadable", ("allow_trade", None)),
    ],
)
def test_one_odd_user_field_is_noted_and_the_rest_still_reads(
    change: dict[str, Any], field: str, kind: str, kept: tuple[str, Any]
) -> None:
    profile = UserProfile.from_data({**SPEC_USER, **change}, "/v1/user")
    assert [(n.field, n.kind) for n in profile.notes] == [(field, kind)]
    assert getattr(profile, kept[0]) == kept[1]
    assert profile.email == SPEC_USER["email"]  # everything else still shows
    assert profile.allow_crypto_deposit is True


def test_missing_user_field_is_noted() -> None:
    data = dict(SPEC_USER)
    del data["email"]
    profile = UserProfile.from_data(data, "/v1/user")
    assert profile.email is None
    assert [(n.field, n.kind) for n in profile.notes] == [("email", "missing")]


def test_data_with_none_of_the_fields_is_not_this_api() -> None:
    with pytest.raises(MalformedResponseError, match="none of the fields"):
        UserProfile.from_data({"something": "else"}, "/v1/user")


def test_unknown_level_leaves_the_rule_unknown_and_shows_the_flag() -> None:
    profile = UserProfile.from_data({**SPEC_USER, "kycLevel": 4}, "/v1/user")
    checks = {c.permission: c for c in check_permissions(profile.flags, 4, profile.locked)}
    fiat = checks[Permission.FIAT_DEPOSIT]
    assert fiat.rule_allows is None
    assert fiat.rule_unknown
    assert fiat.allowed is True  # the server's flag, shown
    assert not any(c.mismatch for c in checks.values())


def test_extra_fields_are_ignored_and_transfer_may_be_absent() -> None:
    data = {**SPEC_USER, "newField": [1]}
    del data["allowTransfer"]
    profile = UserProfile.from_data(data, "/v1/user")
    assert profile.allow_transfer is None
    assert profile.notes == ()
    transfer = [c for c in checks_of(profile) if c.permission is Permission.TRANSFER]
    assert transfer[0].allowed is False
    assert transfer[0].mismatch is False


@pytest.mark.parametrize(
    ("vip", "is_vip", "spread", "notes"),
    [
        ({"isVIP": True, "spread": "0.1"}, True, None, [("spread", "unreadable")]),
        ({"isVIP": True, "spread": -1}, True, -1.0, [("spread", "unknown")]),
        ({"isVIP": True, "spread": 150}, True, 150.0, [("spread", "unknown")]),
        ({"isVIP": 0, "spread": 0.1}, None, 0.1, [("isVIP", "unreadable")]),
        ({"isVIP": True}, True, None, [("spread", "missing")]),
    ],
)
def test_odd_vip_values_are_noted(vip: Any, is_vip: Any, spread: Any, notes: Any) -> None:
    info = VipInfo.from_data(vip, "/v1/user/vip_info")
    assert (info.is_vip, info.spread) == (is_vip, spread)
    assert [(n.field, n.kind) for n in info.notes] == notes


def test_vip_data_that_is_not_an_object_is_malformed() -> None:
    with pytest.raises(MalformedResponseError, match="'data' is a list"):
        VipInfo.from_data([], "/v1/user/vip_info")


def test_a_non_one_code_is_not_an_order_state() -> None:
    env = parse_envelope(envelope_bytes(None, code=2, msg="Refused", success=False), "/v1/user")
    with pytest.raises(ApiCodeError) as caught:
        require_ok(env, "/v1/user")
    message = caught.value.user_message()
    assert "code 2" in message
    assert "Refused" in message
    assert "Order is inserted" not in message


def test_success_false_with_code_one_is_its_own_error() -> None:
    env = parse_envelope(envelope_bytes(None, success=False, msg="Nope"), "/v1/user")
    with pytest.raises(UnsuccessfulError, match="Nope"):
        require_ok(env, "/v1/user")


def test_server_words_are_sanitised_and_shortened() -> None:
    words = ServerWords.of(401, "\x1b]0;owned\x07" + "x" * 1000)
    assert words is not None
    assert "\x1b" not in words.msg
    assert "\\x1b]0;owned\\x07" in words.msg
    assert len(words.msg) <= 300


# --- permissions ---------------------------------------------------------------------------

EXPECTED_BY_LEVEL = {
    0: dict.fromkeys(("crypto_dep", "crypto_wd", "fiat_dep", "fiat_wd", "trade"), False),
    1: {
        "crypto_dep": True,
        "crypto_wd": False,
        "fiat_dep": False,
        "fiat_wd": False,
        "trade": False,
    },
    2: {"crypto_dep": True, "crypto_wd": True, "fiat_dep": False, "fiat_wd": False, "trade": True},
    3: dict.fromkeys(("crypto_dep", "crypto_wd", "fiat_dep", "fiat_wd", "trade"), True),
}
SHORT = {
    "crypto_dep": Permission.CRYPTO_DEPOSIT,
    "crypto_wd": Permission.CRYPTO_WITHDRAWAL,
    "fiat_dep": Permission.FIAT_DEPOSIT,
    "fiat_wd": Permission.FIAT_WITHDRAWAL,
    "trade": Permission.TRADE,
}


@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_kyc_rules_follow_the_spec(level: int) -> None:
    expected = {SHORT[k]: v for k, v in EXPECTED_BY_LEVEL[level].items()}
    assert kyc_permissions(level) == expected


def profile_with(**changes: Any) -> UserProfile:
    return UserProfile.from_data({**SPEC_USER, **changes}, "/v1/user")


def checks_of(profile: UserProfile) -> tuple[Any, ...]:
    return check_permissions(profile.flags, profile.kyc_level, profile.locked)


def test_flags_that_disagree_with_the_rule_are_listed() -> None:
    profile = profile_with(kycLevel=1, allowFiatDeposit=True, allowCryptoDeposit=False)
    checks = {c.permission: c for c in checks_of(profile)}
    mismatched = {p for p, c in checks.items() if c.mismatch}
    assert mismatched == {
        Permission.CRYPTO_DEPOSIT,
        Permission.CRYPTO_WITHDRAWAL,
        Permission.FIAT_DEPOSIT,
        Permission.FIAT_WITHDRAWAL,
        Permission.TRADE,
    }
    # The badge shows the server's flag; the mismatch is reported beside it.
    assert checks[Permission.FIAT_DEPOSIT].allowed is True
    assert checks[Permission.CRYPTO_DEPOSIT].allowed is False


def test_locked_account_blocks_everything_whatever_the_flags() -> None:
    profile = profile_with(userStatus=7)
    assert profile.locked
    checks = checks_of(profile)
    assert len(checks) == len(Permission)
    assert all(not c.allowed and c.locked for c in checks)
    assert not any(c.mismatch for c in checks)


def test_not_activated_and_unknown_status() -> None:
    assert profile_with(userStatus=4).status is UserStatus.NOT_ACTIVATED
    unknown = profile_with(userStatus=5)
    assert unknown.status is None
    assert not unknown.locked


def test_enum_codes_and_currencies_are_data() -> None:
    assert BtseCode(8) is BtseCode.INSUFFICIENT_BALANCE
    assert len(CODE_MEANINGS) == len(BtseCode) == 18
    assert CODE_MEANINGS[BtseCode.ORDER_ADL] == "Order is undergoing ADL"
    assert SUPPORTED_CURRENCIES == (
        "BTC",
        "BTC-LIQUID",
        "USDT-OMNI",
        "USDT-ERC20",
        "USDT-LIQUID",
        "ETH",
    )


def test_errors_never_show_params_they_were_not_given() -> None:
    err = SessionExpiredError(path="/v1/user")
    assert isinstance(err, ApiError)
    assert str(err) == err.user_message()
    assert "SessionExpiredError" in repr(err)


# --- property: the parser only ever raises ApiError -------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=20,
)
user_like = st.fixed_dictionaries({k: json_values | st.just(v) for k, v in SPEC_USER.items()})


@given(value=json_values | user_like)
def test_parsers_raise_only_api_errors_on_any_json(value: Any) -> None:
    body = json.dumps(value).encode()
    for parse in (
        lambda: parse_envelope(body, "/x"),
        lambda: UserProfile.from_data(value, "/v1/user"),
        lambda: VipInfo.from_data(value, "/v1/user/vip_info"),
        lambda: LoginStatus.from_data(value, "/v1/login_status"),
    ):
        with contextlib.suppress(ApiError):
            parse()


@given(body=st.binary(max_size=64))
def test_envelope_parser_raises_only_api_errors_on_any_bytes(body: bytes) -> None:
    with contextlib.suppress(ApiError):
        require_ok(parse_envelope(body, "/x"), "/x")
