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
    with pytest.raises(SessionExpiredError, match="sign in again"):
        UserProfile.from_data(None, "/v1/user")


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"<html>", "not JSON"),
        (b"", "not JSON"),
        (b"[1, 2]", "a list, not an object"),
        (envelope_bytes(None, code="1"), "'code' is a string"),
        (envelope_bytes(None, success=1), "'success' is a number"),
        (envelope_bytes(None, time=None), "'time' is null"),
        (json.dumps({"code": 1, "msg": "", "data": None, "success": True}).encode(), "no 'time'"),
    ],
)
def test_malformed_envelopes_name_the_problem(body: bytes, fragment: str) -> None:
    with pytest.raises(MalformedResponseError, match=fragment):
        parse_envelope(body, "/v1/user")


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"kycLevel": 4}, "'kycLevel' is 4, outside 0 to 3"),
        ({"kycLevel": -1}, "outside 0 to 3"),
        ({"kycLevel": True}, "'kycLevel' is a boolean"),
        ({"kycLevel": 2.0}, "'kycLevel' is a number, expected a whole number"),
        ({"is2FA": "true"}, "'is2FA' is a string"),
        ({"username": None}, "'username' is null"),
        ({"allowTrade": 1}, "'allowTrade' is a number"),
    ],
)
def test_wrong_user_fields_are_malformed(change: dict[str, Any], fragment: str) -> None:
    with pytest.raises(MalformedResponseError, match=fragment):
        UserProfile.from_data({**SPEC_USER, **change}, "/v1/user")


def test_missing_user_field_is_malformed() -> None:
    data = dict(SPEC_USER)
    del data["email"]
    with pytest.raises(MalformedResponseError, match="has no 'email'"):
        UserProfile.from_data(data, "/v1/user")


def test_extra_fields_are_ignored_and_transfer_may_be_absent() -> None:
    data = {**SPEC_USER, "newField": [1]}
    del data["allowTransfer"]
    profile = UserProfile.from_data(data, "/v1/user")
    assert profile.allow_transfer is None
    transfer = [c for c in check_permissions(profile) if c.permission is Permission.TRANSFER]
    assert transfer[0].allowed is False
    assert transfer[0].mismatch is False


@pytest.mark.parametrize(
    ("vip", "fragment"),
    [
        ({"isVIP": True, "spread": "0.1"}, "'spread' is a string"),
        ({"isVIP": True, "spread": -1}, "outside 0 to 100"),
        ({"isVIP": 0, "spread": 0.1}, "'isVIP' is a number"),
        ({"isVIP": True}, "has no 'spread'"),
        ([], "'data' is a list"),
    ],
)
def test_wrong_vip_is_malformed(vip: Any, fragment: str) -> None:
    with pytest.raises(MalformedResponseError, match=fragment):
        VipInfo.from_data(vip, "/v1/user/vip_info")


def test_non_one_code_names_the_spec_meaning() -> None:
    env = parse_envelope(envelope_bytes(None, code=8, success=False), "/v1/user")
    with pytest.raises(ApiCodeError, match="Insufficient balance in account"):
        require_ok(env, "/v1/user")


def test_unknown_code_falls_back_to_the_server_message() -> None:
    env = parse_envelope(envelope_bytes(None, code=9999, msg="Odd", success=False), "/v1/user")
    with pytest.raises(ApiCodeError, match="code 9999: Odd"):
        require_ok(env, "/v1/user")


def test_success_false_with_code_one_is_its_own_error() -> None:
    env = parse_envelope(envelope_bytes(None, success=False, msg="Nope"), "/v1/user")
    with pytest.raises(UnsuccessfulError, match="Nope"):
        require_ok(env, "/v1/user")


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


def test_flags_that_disagree_with_the_rule_are_listed() -> None:
    profile = profile_with(kycLevel=1, allowFiatDeposit=True, allowCryptoDeposit=False)
    checks = {c.permission: c for c in check_permissions(profile)}
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
    checks = check_permissions(profile)
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
