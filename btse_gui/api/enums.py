"""Codes and lists the API reference defines, as data."""

from __future__ import annotations

from enum import IntEnum

from btse_gui.api.i18n import QT_TRANSLATE_NOOP

CONTEXT = "BtseCode"


class BtseCode(IntEnum):
    """The spec's "BTSE Enum": number codes that represent states in BTSE."""

    MARKET_UNAVAILABLE = 1
    ORDER_INSERTED = 2
    ORDER_FULLY_TRANSACTED = 4
    ORDER_PARTIALLY_TRANSACTED = 5
    ORDER_CANCELLED = 6
    INSUFFICIENT_BALANCE = 8
    TRIGGER_INSERTED = 9
    TRIGGER_ACTIVATED = 10
    ERROR_UPDATE_RISK_LIMIT = 12
    ORDER_REJECTED = 15
    ORDER_NOTFOUND = 16
    TRANSFER_SUCCESSFUL = 27
    TRANSFER_UNSUCCESSFUL = 28
    ERROR_INVALID_RISK_LIMIT = 41
    STATUS_LIQUIDATION = 64
    FUTURES_ORDER_PRICE_OUTSIDE_LIQUIDATION_PRICE = 101
    ORDER_LIQUIDATION = 1003
    ORDER_ADL = 1004


#: The spec's description of each code, marked for translation.
CODE_MEANINGS: dict[BtseCode, str] = {
    BtseCode.MARKET_UNAVAILABLE: QT_TRANSLATE_NOOP("BtseCode", "Futures market is unavailable"),
    BtseCode.ORDER_INSERTED: QT_TRANSLATE_NOOP("BtseCode", "Order is inserted successfully"),
    BtseCode.ORDER_FULLY_TRANSACTED: QT_TRANSLATE_NOOP("BtseCode", "Order is fully transacted"),
    BtseCode.ORDER_PARTIALLY_TRANSACTED: QT_TRANSLATE_NOOP(
        "BtseCode", "Order is partially transacted"
    ),
    BtseCode.ORDER_CANCELLED: QT_TRANSLATE_NOOP("BtseCode", "Order is cancelled successfully"),
    BtseCode.INSUFFICIENT_BALANCE: QT_TRANSLATE_NOOP("BtseCode", "Insufficient balance in account"),
    BtseCode.TRIGGER_INSERTED: QT_TRANSLATE_NOOP(
        "BtseCode", "Trigger Order is inserted successfully"
    ),
    BtseCode.TRIGGER_ACTIVATED: QT_TRANSLATE_NOOP(
        "BtseCode", "Trigger Order is activated successfully"
    ),
    BtseCode.ERROR_UPDATE_RISK_LIMIT: QT_TRANSLATE_NOOP("BtseCode", "Error in updating risk limit"),
    BtseCode.ORDER_REJECTED: QT_TRANSLATE_NOOP("BtseCode", "Order is rejected"),
    BtseCode.ORDER_NOTFOUND: QT_TRANSLATE_NOOP(
        "BtseCode", "Order is not found with the order ID or clOrderID provided"
    ),
    BtseCode.TRANSFER_SUCCESSFUL: QT_TRANSLATE_NOOP(
        "BtseCode", "Transfer funds between futures and spot is successful"
    ),
    BtseCode.TRANSFER_UNSUCCESSFUL: QT_TRANSLATE_NOOP(
        "BtseCode", "Transfer funds between spot and futures is unsuccessful"
    ),
    BtseCode.ERROR_INVALID_RISK_LIMIT: QT_TRANSLATE_NOOP(
        "BtseCode", "Invalid risk limit was specified"
    ),
    BtseCode.STATUS_LIQUIDATION: QT_TRANSLATE_NOOP("BtseCode", "Account is undergoing liquidation"),
    BtseCode.FUTURES_ORDER_PRICE_OUTSIDE_LIQUIDATION_PRICE: QT_TRANSLATE_NOOP(
        "BtseCode", "Futures order is outside of liquidation price"
    ),
    BtseCode.ORDER_LIQUIDATION: QT_TRANSLATE_NOOP("BtseCode", "Order is undergoing liquidation"),
    BtseCode.ORDER_ADL: QT_TRANSLATE_NOOP("BtseCode", "Order is undergoing ADL"),
}

#: Crypto currencies the spec lists for address creation and withdrawals.
SUPPORTED_CURRENCIES: tuple[str, ...] = (
    "BTC",
    "BTC-LIQUID",
    "USDT-OMNI",
    "USDT-ERC20",
    "USDT-LIQUID",
    "ETH",
)


class UserStatus(IntEnum):
    """``userStatus`` in ``GET /v1/user``."""

    NORMAL = 1
    NOT_ACTIVATED = 4
    LOCKED = 7


USER_STATUS_NAMES: dict[UserStatus, str] = {
    UserStatus.NORMAL: QT_TRANSLATE_NOOP("UserStatus", "Normal"),
    UserStatus.NOT_ACTIVATED: QT_TRANSLATE_NOOP("UserStatus", "Not activated"),
    UserStatus.LOCKED: QT_TRANSLATE_NOOP("UserStatus", "Locked"),
}
