"""Signing: the spec's message layout, RFC 4231 vectors, and an independent HMAC."""

from __future__ import annotations

import hashlib
import hmac
import json
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from btse_gui.api.signing import compact_json, sign, signing_message


def test_message_layout_matches_the_spec_examples() -> None:
    assert signing_message("/api/v3.2/user/wallet", 1582258739280) == (
        b"/api/v3.2/user/wallet1582258739280"
    )
    body = compact_json(
        {"size": 0.002, "price": 8500, "side": "BUY", "type": "LIMIT", "symbol": "BTC-USD"}
    )
    assert signing_message("/api/v3.2/order", "1583833946481", body) == (
        b'/api/v3.2/order1583833946481{"size":0.002,"price":8500,"side":"BUY",'
        b'"type":"LIMIT","symbol":"BTC-USD"}'
    )


def test_signature_is_lowercase_hex_sha384() -> None:
    signature = sign("secret", "/v1/user", 1)
    assert len(signature) == 96
    assert signature == signature.lower()
    int(signature, 16)


# RFC 4231 section 4, HMAC-SHA-384 (case 5 is a truncated output and does not apply).
# The RFC's data is passed as the body with an empty path and nonce: sign() hashes
# path + nonce + body, so this checks the HMAC itself.
RFC4231 = [
    (
        b"\x0b" * 20,
        b"Hi There",
        "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c"
        "faea9ea9076ede7f4af152e8b2fa9cb6",
    ),
    (
        b"Jefe",
        b"what do ya want for nothing?",
        "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e"
        "8e2240ca5e69e2c78b3239ecfab21649",
    ),
    (
        b"\xaa" * 20,
        b"\xdd" * 50,
        "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b"
        "2a5ab39dc13814b94e3ab6e101a34f27",
    ),
    (
        bytes(range(1, 26)),
        b"\xcd" * 50,
        "3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e"
        "6801dd23c4a7d679ccf8a386c674cffb",
    ),
    (
        b"\xaa" * 131,
        b"Test Using Larger Than Block-Size Key - Hash Key First",
        "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c6"
        "0c2ef6ab4030fe8296248df163f44952",
    ),
    (
        b"\xaa" * 131,
        b"This is a test using a larger than block-size key and a larger than block-size "
        b"data. The key needs to be hashed before being used by the HMAC algorithm.",
        "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5"
        "a678cc31e799176d3860e6110c46523e",
    ),
]


@pytest.mark.parametrize(("key", "data", "expected"), RFC4231)
def test_rfc4231_vectors(key: bytes, data: bytes, expected: str) -> None:
    assert sign(key, "", "", data) == expected


def test_rfc4231_case2_split_across_path_nonce_and_body() -> None:
    assert sign("Jefe", "what do ya ", "", "want for nothing?") == RFC4231[1][2]


def test_compact_json_has_no_spaces_and_keeps_order() -> None:
    assert compact_json({"b": 1, "a": [1, 2], "c": "x y"}) == b'{"b":1,"a":[1,2],"c":"x y"}'
    assert json.loads(compact_json({"é": "台"})) == {"é": "台"}


@settings(max_examples=25, deadline=None)
@given(
    secret=st.text(
        alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=64
    ),
    path=st.from_regex(r"/[a-z0-9/_.]{0,40}", fullmatch=True),
    nonce=st.integers(min_value=0, max_value=10**14),
    body=st.binary(max_size=200),
)
def test_agrees_with_openssl(secret: str, path: str, nonce: int, body: bytes) -> None:
    message = path.encode() + str(nonce).encode() + body
    result = subprocess.run(
        ["openssl", "dgst", "-sha384", "-hmac", secret, "-r"],
        input=message,
        capture_output=True,
        check=True,
    )
    assert sign(secret, path, nonce, body) == result.stdout.split()[0].decode()


@given(secret=st.text(min_size=1), path=st.text(), nonce=st.integers(0), body=st.binary())
def test_agrees_with_stdlib_hmac_on_any_input(
    secret: str, path: str, nonce: int, body: bytes
) -> None:
    expected = hmac.new(
        secret.encode(), path.encode() + str(nonce).encode() + body, hashlib.sha384
    ).hexdigest()
    assert sign(secret, path, nonce, body) == expected
