"""Fills resources/translations/btse-gui_zh_TW.ts from the table below (a maintainer's
tool: after `make ts` adds new strings, add their translations here and run it; Qt
Linguist works too). Every message ends up finished; tests/test_translations.py fails on
any unfinished or missing entry."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "btse-gui_zh_TW.ts"

ZH_TW: dict[tuple[str, str], str] = {
    ("AccountPage", "Account"): "帳戶",
    ("AccountPage", "Profile, sign-in state and data time"): "設定檔、登入狀態與資料時間",
    ("AccountPage", "Retry"): "重試",
    ("AccountPage", "Why the permissions look like this"): "權限為何如此",
    ("BusyRow", "Cancel"): "取消",
    ("BusyRow", "Working"): "處理中",
    ("BusyRow", "Stop waiting for the server"): "停止等待伺服器",
    ("FormPane", "{title} (old data)"): "{title}（舊資料）",
    ("KycLadder", "KYC levels"): "KYC 等級",
    ("KycLadder", "0: nothing"): "0：無",
    ("KycLadder", "1: + USDT deposit"): "1：＋存入 USDT",
    ("KycLadder", "2: + USDT withdrawal, trade USDT-TWD"): "2：＋提取 USDT、交易 USDT-TWD",
    ("KycLadder", "3: + TWD deposit and withdrawal"): "3：＋存入與提取 TWD",
    ("KycLadder", "KYC"): "KYC",
    ("KycLadder", "{rung} (this account)"): "{rung}（此帳戶）",
    ("KycLadder", "This account is KYC level {level}."): "此帳戶為 KYC 等級 {level}。",
    ("LoginPane", "Back to last data"): "回到上次的資料",
    (
        "LoginPane",
        "Leave the sign-in form and show the account data still held",
    ): "離開登入表單，顯示仍保留的帳戶資料",
    (
        "LoginPane",
        "The key and secret will be saved in {keychain} when you sign in.",
    ): "登入時會將金鑰與密鑰儲存在{keychain}。",
    (
        "LoginPane",
        "Not saved: you will be signed in for this session only. Tick Remember to keep the key and secret in {keychain}.",
    ): "不會儲存：本次登入僅在此工作階段有效。勾選「記住」即可將金鑰與密鑰保存在{keychain}。",
    ("PermissionBadge", "{verdict} (old data)"): "{verdict}（舊資料）",
    (
        "PermissionsPane",
        "⚠ The server's flag disagrees with the KYC rule for this level; the badge shows the server's flag.",
    ): "⚠ 伺服器的旗標與此等級的 KYC 規則不符；標章顯示的是伺服器的旗標。",
    ("PermissionsPane", "Permissions (old data)"): "權限（舊資料）",
    (
        "Render",
        "The profile could not be read, so permissions are unknown.",
    ): "無法讀取個人資料，因此權限不明。",
    (
        "Render",
        "This account is locked: nothing is allowed, whatever its KYC level. Ask BTSE support why it was locked.",
    ): "此帳戶已鎖定：不論 KYC 等級，所有權限都被封鎖。請向 BTSE 客服詢問鎖定原因。",
    (
        "Render",
        "This account is not activated yet: the owner has to finish activating it before anything is allowed.",
    ): "此帳戶尚未啟用：帳戶持有人完成啟用前，所有權限都不開放。",
    (
        "Render",
        "The account's status {code} is not one the API documents: check it with BTSE.",
    ): "帳戶狀態 {code} 不是 API 文件記載的值：請向 BTSE 確認。",
    (
        "Render",
        "KYC level 0: nothing is allowed until the owner passes KYC level 1 (USDT deposit), 2 (USDT withdrawal, trading) or 3 (TWD).",
    ): "KYC 等級 0：帳戶持有人通過 KYC 等級 1（存入 USDT）、2（提取 USDT、交易）或 3（TWD）之前，所有權限都不開放。",
    (
        "Render",
        "KYC level {level} is not in the documented rules: the badges show the server's flags, unchecked.",
    ): "KYC 等級 {level} 不在文件記載的規則中：標章顯示的是未經核對的伺服器旗標。",
    (
        "Render",
        "{n} of the server's permission flags disagree with the KYC rules for level {level} (marked ⚠). The badges show what the server says; report it to BTSE.",
    ): "伺服器有 {n} 個權限旗標與等級 {level} 的 KYC 規則不符（標示 ⚠）。標章顯示伺服器的說法；請回報 BTSE。",
    ("Render", "signed in: unknown"): "登入狀態：不明",
    ("Render", "signed in"): "已登入",
    ("Render", "not signed in (isLogin false)"): "未登入（isLogin 為 false）",
    ("Render", "Signing in…"): "登入中…",
    ("Render", "Refreshing…"): "重新整理中…",
    ("Render", "Checking…"): "檢查中…",
    (
        "Render",
        "The server says this key's session has expired (it answered the profile with no data). Signing in again with the same key will not help: create a new API key on the exchange.",
    ): "伺服器表示此金鑰的工作階段已過期（個人資料回應沒有資料）。用同一把金鑰重新登入沒有幫助：請在交易所建立新的 API 金鑰。",
    (
        "Render",
        "The session expired. Enter the secret again to sign in; the data from {time} is still there (Back to last data).",
    ): "工作階段已過期。請再次輸入密鑰以登入；{time} 的資料仍保留著（回到上次的資料）。",
    ("Render", "Showing data from {time} ({age})."): "顯示的是 {time}（{age}）的資料。",
    (
        "Render",
        "The session expired: sign in again to see current data.",
    ): "工作階段已過期：請重新登入以查看最新資料。",
    ("Render", "The last refresh failed."): "上次重新整理失敗。",
    ("Render", "fetched {time} ({age})"): "取得於 {time}（{age}）",
    ("LoginPane", "Server convention"): "伺服器慣例",
    ("LoginPane", "Convention"): "慣例",
    ("PresetBox", "Custom (set the prefixes below)"): "自訂（於下方設定前綴）",
    ("ProfilesDialog", "Server convention"): "伺服器慣例",
    ("ProfilesDialog", "Convention"): "慣例",
    ("AccountPage", "Values the API does not document"): "API 文件未記載的值",
    ("ApiError", "code {code}"): "代碼 {code}",
    ("ApiError", "code {code}, “{msg}”"): "代碼 {code}，「{msg}」",
    ("ApiError", "The server said: {words}"): "伺服器的回覆：{words}",
    (
        "ApiError",
        "The server did not accept the request's key, signature or nonce (401). Check the key and secret; if the server mentions the time or the nonce, check this computer's clock.",
    ): "伺服器不接受此請求的金鑰、簽章或 nonce（401）。請檢查金鑰與密鑰；若伺服器提到時間或 nonce，請檢查這台電腦的時鐘。",
    (
        "ApiError",
        "The server refused {path} with code {code}.",
    ): "伺服器以代碼 {code} 拒絕 {path}。",
    ("ApiError", "The server reported that {path} did not succeed."): "伺服器回報 {path} 未成功。",
    (
        "Cli",
        "No profiles yet: btse-gui profiles add NAME --server URL",
    ): "尚無設定檔：btse-gui profiles add 名稱 --server 網址",
    ("Cli", "unreadable profile {name!r}: {reason}"): "無法讀取的設定檔 {name!r}：{reason}",
    (
        "Cli",
        "'btse-gui profiles check --repair' removes them.",
    ): "「btse-gui profiles check --repair」會移除它們。",
    (
        "Cli",
        "Profile {name!r} saved; its key and secret are in the keychain.",
    ): "已儲存設定檔 {name!r}；其金鑰與密鑰存放在鑰匙圈中。",
    (
        "Cli",
        "Profile {name!r} removed, with its saved key.",
    ): "已移除設定檔 {name!r} 及其已儲存的金鑰。",
    ("Cli", "Profile {old!r} is now {new!r}."): "設定檔 {old!r} 已更名為 {new!r}。",
    (
        "Cli",
        "Profiles and keychain agree: nothing to repair.",
    ): "設定檔與鑰匙圈一致：沒有需要修復的項目。",
    (
        "Cli",
        "Run 'btse-gui profiles check --repair' to fix this.",
    ): "執行「btse-gui profiles check --repair」來修復。",
    (
        "Keychain",
        "The keychain could not be loaded ({reason}; PYTHON_KEYRING_BACKEND={setting!r}). Nothing can be saved; you are signed in for this session only.",
    ): "無法載入鑰匙圈（{reason}；PYTHON_KEYRING_BACKEND={setting!r}）。無法儲存任何東西；本次登入僅在此工作階段有效。",
    ("Permission", "USDT deposit"): "存入 USDT",
    ("Permission", "USDT withdrawal"): "提取 USDT",
    ("Permission", "TWD deposit"): "存入 TWD",
    ("Permission", "TWD withdrawal"): "提取 TWD",
    ("Permission", "Trade USDT-TWD"): "交易 USDT-TWD",
    (
        "PermissionBadge",
        "{rule}; this account's level ({level}) is not in the documented rules, so the rule's verdict is unknown. The server's flag is shown.",
    ): "{rule}；此帳戶的等級（{level}）不在文件記載的規則中，因此無法判斷規則的結果。顯示的是伺服器的旗標。",
    ("Preset", "This API (/v1 paths, btse- headers)"): "本 API（/v1 路徑，btse- 標頭）",
    (
        "Preset",
        "BTSE spot (/spot, /api/v3.2, request- headers)",
    ): "BTSE 現貨（/spot、/api/v3.2、request- 標頭）",
    (
        "Preset",
        "BTSE futures (/futures, /api/v2.1, request- headers)",
    ): "BTSE 期貨（/futures、/api/v2.1、request- 標頭）",
    ("ProfilePane", "Signed in"): "登入狀態",
    ("FormPane", "Yes"): "是",
    ("FormPane", "No"): "否",
    (
        "Profiles",
        "A profile name must be 1 to {limit} characters, with no control characters.",
    ): "設定檔名稱必須為 1 到 {limit} 個字元，且不含控制字元。",
    ("Profiles", "key saved"): "已儲存金鑰",
    ("Profiles", "key missing from the keychain"): "鑰匙圈中找不到金鑰",
    ("Profiles", "no key saved"): "未儲存金鑰",
    ("Profiles", "key unreadable"): "金鑰無法讀取",
    ("Profiles", "keychain unavailable"): "鑰匙圈無法使用",
    (
        "Profiles",
        "The profiles could not be saved to {path}: {reason}. Nothing was changed.",
    ): "無法將設定檔儲存到 {path}：{reason}。未做任何變更。",
    (
        "Profiles",
        "The profiles file {path} is damaged ({reason}). Nothing was changed; 'btse-gui profiles check --repair' restores the last good copy.",
    ): "設定檔檔案 {path} 已損壞（{reason}）。未做任何變更；「btse-gui profiles check --repair」會還原最後一份完好的副本。",
    (
        "Profiles",
        "Another btse-gui is changing the profiles ({path} is locked). Try again in a moment.",
    ): "另一個 btse-gui 正在變更設定檔（{path} 已鎖定）。請稍後再試。",
    (
        "Report",
        "[rule unknown: {rule}; this account's level is {level}]",
    ): "[規則未知：{rule}；此帳戶為{level}]",
    ("Report", "KYC level"): "KYC 等級",
    ("Report", "status"): "狀態",
    ("Report", "spread"): "價差",
    (
        "Report",
        "{field} {value} is not a value the API documents",
    ): "{field} {value} 不是 API 文件記載的值",
    ("Report", "{field} could not be read ({value})"): "無法讀取{field}（{value}）",
    ("Report", "{field} is missing from the answer"): "回應中缺少{field}",
    ("Report", "could not be read: {error}"): "無法讀取：{error}",
    ("Report", "status {code} (unknown)"): "狀態 {code}（未知）",
    (
        "Report",
        "level {level} (not in the documented rules)",
    ): "等級 {level}（不在文件記載的規則中）",
    ("Report", "level {level}"): "等級 {level}",
    ("Report", "{spread:g}% (outside 0–100%)"): "{spread:g}%（超出 0–100%）",
    ("Report", "{vip}, spread {spread}"): "{vip}，價差 {spread}",
    ("Report", "Warning"): "警告",
    ("Session", "The demo does not save profiles or keys."): "示範模式不會儲存設定檔或金鑰。",
    ("Session", "Could not reach the API at {host}: {error}"): "無法連上 {host} 的 API：{error}",
    (
        "Session",
        "The server at {host} answered ({ms:.0f} ms).",
    ): "{host} 的伺服器已回應（{ms:.0f} 毫秒）。",
    ("Session", "Enter a key and secret to sign in."): "請輸入金鑰與密鑰以登入。",
    ("Session", "The key was not accepted:"): "金鑰未被接受：",
    ("Session", "The key and secret are accepted."): "金鑰與密鑰已被接受。",
    (
        "Session",
        "The server did not say whether it is signed in.",
    ): "伺服器沒有說明是否為登入狀態。",
    ("Session", "Signed in: yes."): "登入狀態：是。",
    (
        "Session",
        "Signed in: no (the server says isLogin is false).",
    ): "登入狀態：否（伺服器回報 isLogin 為 false）。",
    ("AccountPage", "Refresh"): "重新整理",
    ("AccountPage", "Fetch the account again (F5)"): "重新取得帳戶資料 (F5)",
    ("AccountPage", "Copy summary"): "複製摘要",
    (
        "AccountPage",
        "Copy a summary for a support ticket, without key or secret (Ctrl+Shift+C)",
    ): "複製給客服工單用的摘要，不含金鑰或密鑰 (Ctrl+Shift+C)",
    ("AccountPage", "Sign out"): "登出",
    ("AccountPage", "Account notice"): "帳戶通知",
    ("AccountPage", "Sign in again"): "重新登入",
    ("ApiError", "The request failed."): "請求失敗。",
    (
        "ApiError",
        "Refusing to send credentials to {url}: the server must use HTTPS (plain HTTP is allowed only for this computer, e.g. the local sandbox).",
    ): "拒絕將憑證傳送至 {url}：伺服器必須使用 HTTPS（純 HTTP 只允許用於本機，例如本機沙盒）。",
    (
        "ApiError",
        "The server address '{url}' is not valid: {reason}",
    ): "伺服器位址「{url}」無效：{reason}",
    (
        "ApiError",
        "The API key or secret is empty or contains spaces or characters an API key cannot have. Copy both again from the exchange.",
    ): "API 金鑰或密鑰是空的，或含有空白或 API 金鑰不該有的字元。請從交易所重新複製兩者。",
    ("ApiError", "An API key and secret are needed for {path}."): "{path} 需要 API 金鑰與密鑰。",
    (
        "ApiError",
        "Could not connect to {host}: {reason}. Check the server address and your network.",
    ): "無法連線至 {host}：{reason}。請檢查伺服器位址與網路。",
    (
        "ApiError",
        "The server at {host} did not answer within {seconds:g} seconds. Try again in a moment.",
    ): "{host} 的伺服器在 {seconds:g} 秒內沒有回應。請稍後再試。",
    (
        "ApiError",
        "The connection to {host} was lost before the answer was complete. Try again.",
    ): "與 {host} 的連線在回應完成前中斷。請再試一次。",
    (
        "ApiError",
        "The server answered {path} with a redirect ({status}); credentials are never sent on to another address. Check the server address in the profile.",
    ): "伺服器對 {path} 回應了重新導向（{status}）；憑證絕不會轉送到其他位址。請檢查設定檔中的伺服器位址。",
    (
        "ApiError",
        "The server answered {path} with an unexpected status {status}.",
    ): "伺服器對 {path} 回應了非預期的狀態 {status}。",
    (
        "ApiError",
        "The server rejected the request to {path} as malformed (400). This is a problem in btse-gui or a server change; please report it.",
    ): "伺服器認為對 {path} 的請求格式錯誤而拒絕（400）。這是 btse-gui 的問題或伺服器有所變更，請回報。",
    (
        "ApiError",
        "The API key was rejected (401). Check the key and secret, or create a new key.",
    ): "API 金鑰遭拒（401）。請檢查金鑰與密鑰，或建立新的金鑰。",
    (
        "ApiError",
        "This API key is not allowed to read {path} (403). Give the key read permission on the exchange, or use another key.",
    ): "此 API 金鑰無權讀取 {path}（403）。請在交易所為金鑰開啟讀取權限，或改用其他金鑰。",
    (
        "ApiError",
        "The server has no {path} (404). Check the profile's base URL and API prefix.",
    ): "伺服器沒有 {path}（404）。請檢查設定檔的基本網址與 API 前綴。",
    (
        "ApiError",
        "The server does not accept this kind of request on {path} (405). Check the profile's base URL and API prefix.",
    ): "伺服器在 {path} 不接受這種請求（405）。請檢查設定檔的基本網址與 API 前綴。",
    (
        "ApiError",
        "The server gave up on the request to {path} (408, its limit is 30 seconds). Try again in a moment.",
    ): "伺服器放棄了對 {path} 的請求（408，上限為 30 秒）。請稍後再試。",
    (
        "ApiError",
        "Too many requests: the server asked to wait {retry_after:g} seconds (429). btse-gui waits and retries by itself; try again shortly.",
    ): "請求過於頻繁：伺服器要求等待 {retry_after:g} 秒（429）。btse-gui 會自行等待並重試；請稍後再試。",
    (
        "ApiError",
        "The server had an internal error answering {path} (500). This is on the server's side; try again later.",
    ): "伺服器回應 {path} 時發生內部錯誤（500）。這是伺服器端的問題，請稍後再試。",
    (
        "ApiError",
        "The server's answer to {path} could not be read: {reason}. The server may be misconfigured, or not a BTSE API server.",
    ): "無法讀取伺服器對 {path} 的回應：{reason}。伺服器可能設定錯誤，或不是 BTSE API 伺服器。",
    (
        "ApiError",
        "The server refused {path} with code {code}: {meaning}",
    ): "伺服器以代碼 {code} 拒絕 {path}：{meaning}",
    (
        "ApiError",
        "The server reported that {path} did not succeed: {msg}",
    ): "伺服器回報 {path} 未成功：{msg}",
    (
        "ApiError",
        "The session for this API key has expired. Please sign in again.",
    ): "此 API 金鑰的工作階段已過期。請重新登入。",
    ("ApiError", "no explanation given"): "未提供說明",
    ("BtseCode", "Futures market is unavailable"): "期貨市場無法使用",
    ("BtseCode", "Order is inserted successfully"): "訂單已成功送出",
    ("BtseCode", "Order is fully transacted"): "訂單已全部成交",
    ("BtseCode", "Order is partially transacted"): "訂單已部分成交",
    ("BtseCode", "Order is cancelled successfully"): "訂單已成功取消",
    ("BtseCode", "Insufficient balance in account"): "帳戶餘額不足",
    ("BtseCode", "Trigger Order is inserted successfully"): "觸發單已成功送出",
    ("BtseCode", "Trigger Order is activated successfully"): "觸發單已成功啟動",
    ("BtseCode", "Error in updating risk limit"): "更新風險限額時發生錯誤",
    ("BtseCode", "Order is rejected"): "訂單遭拒",
    (
        "BtseCode",
        "Order is not found with the order ID or clOrderID provided",
    ): "找不到所提供訂單編號或 clOrderID 的訂單",
    (
        "BtseCode",
        "Transfer funds between futures and spot is successful",
    ): "期貨與現貨之間的資金劃轉成功",
    (
        "BtseCode",
        "Transfer funds between spot and futures is unsuccessful",
    ): "現貨與期貨之間的資金劃轉失敗",
    ("BtseCode", "Invalid risk limit was specified"): "指定的風險限額無效",
    ("BtseCode", "Account is undergoing liquidation"): "帳戶正在強制平倉",
    ("BtseCode", "Futures order is outside of liquidation price"): "期貨訂單超出強平價格",
    ("BtseCode", "Order is undergoing liquidation"): "訂單正在強制平倉",
    ("BtseCode", "Order is undergoing ADL"): "訂單正在自動減倉（ADL）",
    ("Keychain", "the system keyring (Secret Service)"): "系統金鑰圈（Secret Service）",
    ("Keychain", "KWallet"): "KWallet",
    ("Keychain", "the macOS Keychain"): "macOS 鑰匙圈",
    ("Keychain", "Windows Credential Manager"): "Windows 認證管理員",
    (
        "Keychain",
        "No keychain is available on this computer, so the secret cannot be saved. You are signed in for this session only.",
    ): "這台電腦沒有可用的鑰匙圈，因此無法儲存密鑰。您僅在本次工作階段中登入。",
    (
        "Keychain",
        "The keychain refused the request ({reason}). It may be locked: unlock it and try again. Nothing was written anywhere else.",
    ): "鑰匙圈拒絕了請求（{reason}）。它可能已鎖定：請解鎖後再試。沒有任何資料寫入其他地方。",
    (
        "Keychain",
        "The saved credentials for profile {profile!r} could not be read. Enter the key and secret again.",
    ): "無法讀取設定檔 {profile!r} 已儲存的憑證。請重新輸入金鑰與密鑰。",
    ("LoginPane", "Remember in keychain"): "記住於鑰匙圈",
    ("LoginPane", "Looking for a keychain…"): "正在尋找鑰匙圈…",
    ("LoginPane", "Sign in"): "登入",
    ("LoginPane", "Check connection"): "檢查連線",
    ("LoginPane", "Demo account"): "示範帳戶",
    ("LoginPane", "Profile name"): "設定檔名稱",
    ("LoginPane", "Server address"): "伺服器位址",
    ("LoginPane", "Signed API prefix"): "簽章 API 前綴",
    ("LoginPane", "Header prefix"): "標頭前綴",
    ("LoginPane", "API key"): "API 金鑰",
    ("LoginPane", "API secret"): "API 密鑰",
    ("LoginPane", "Show secret"): "顯示密鑰",
    ("LoginPane", "Keychain status"): "鑰匙圈狀態",
    ("LoginPane", "Sign-in message"): "登入訊息",
    ("LoginPane", "Default"): "預設",
    ("LoginPane", "empty for /v1/… paths"): "/v1/… 路徑請留空",
    ("LoginPane", "Show"): "顯示",
    ("LoginPane", "Profile"): "設定檔",
    ("LoginPane", "Server"): "伺服器",
    ("LoginPane", "API prefix"): "API 前綴",
    ("LoginPane", "Sign in to a BTSE account"): "登入 BTSE 帳戶",
    (
        "LoginPane",
        "Not saved: no keychain is available. You will be signed in for this session only; the secret is never written to a file.",
    ): "不會儲存：沒有可用的鑰匙圈。您僅會在本次工作階段中登入；密鑰絕不會寫入檔案。",
    ("LoginPane", "Saved in {keychain}."): "儲存於{keychain}。",
    ("LoginPane", "Hide"): "隱藏",
    ("LoginPane", "Checking…"): "檢查中…",
    ("MainWindow", "btse-gui"): "btse-gui",
    ("MainWindow", "btse-gui — demo"): "btse-gui — 示範",
    ("MainWindow", "&Refresh"): "重新整理(&R)",
    ("MainWindow", "&Copy summary"): "複製摘要(&C)",
    ("MainWindow", "Sign &out"): "登出(&O)",
    ("MainWindow", "Sign out and &forget saved key…"): "登出並忘記已儲存的金鑰(&F)…",
    ("MainWindow", "&Close window"): "關閉視窗(&C)",
    ("MainWindow", "&Quit"): "結束(&Q)",
    ("MainWindow", "&About btse-gui"): "關於 btse-gui(&A)",
    ("MainWindow", "&File"): "檔案(&F)",
    ("MainWindow", "&Edit"): "編輯(&E)",
    ("MainWindow", "&View"): "檢視(&V)",
    ("MainWindow", "&Language"): "語言(&L)",
    ("MainWindow", "System language"): "系統語言",
    ("MainWindow", "&Help"): "說明(&H)",
    ("MainWindow", "Showing data from {time} ({age})."): "顯示的是 {time} 的資料（{age}）。",
    ("MainWindow", "Summary copied (no key or secret)"): "已複製摘要（不含金鑰或密鑰）",
    ("MainWindow", "Forget saved key"): "忘記已儲存的金鑰",
    (
        "MainWindow",
        "Sign out and remove the key and secret of {name} from the keychain?",
    ): "要登出並從鑰匙圈移除 {name} 的金鑰與密鑰嗎？",
    ("MainWindow", "About btse-gui"): "關於 btse-gui",
    (
        "MainWindow",
        "btse-gui {version}\nA desktop viewer for a BTSE account.",
    ): "btse-gui {version}\nBTSE 帳戶桌面檢視器。",
    ("Permission", "Crypto deposit"): "加密貨幣入金",
    ("Permission", "Crypto withdrawal"): "加密貨幣出金",
    ("Permission", "Fiat (TWD) deposit"): "法幣（新台幣）入金",
    ("Permission", "Fiat (TWD) withdrawal"): "法幣（新台幣）出金",
    ("Permission", "Trade (USDT-TWD)"): "交易（USDT-TWD）",
    ("Permission", "Transfer"): "轉帳",
    ("Permission", "Requires KYC level {level}"): "需要 KYC 等級 {level}",
    ("Permission", "Requires KYC level {level} or higher"): "需要 KYC 等級 {level} 以上",
    ("PermissionBadge", "Not reported"): "未回報",
    ("PermissionBadge", "Allowed"): "允許",
    ("PermissionBadge", "Blocked"): "封鎖",
    ("PermissionBadge", "Blocked: this account is locked."): "封鎖：此帳戶已鎖定。",
    ("PermissionBadge", "{rule}; this account is level {level}."): "{rule}；此帳戶為等級 {level}。",
    (
        "PermissionBadge",
        "No KYC rule is documented for this; the server's flag is shown.",
    ): "此項目沒有記載 KYC 規則；顯示的是伺服器的旗標。",
    (
        "PermissionBadge",
        "Warning: the server says allowed, but the KYC rule says blocked.",
    ): "警告：伺服器表示允許，但 KYC 規則為封鎖。",
    (
        "PermissionBadge",
        "Warning: the server says blocked, but the KYC rule says allowed.",
    ): "警告：伺服器表示封鎖，但 KYC 規則為允許。",
    ("PermissionsPane", "Permissions"): "權限",
    (
        "PermissionsPane",
        "⚠ The server's flag disagrees with the KYC rule for this level. Hover over a badge for details.",
    ): "⚠ 伺服器的旗標與此等級的 KYC 規則不一致。將滑鼠移到徽章上可查看詳情。",
    ("ProfilePane", "Profile"): "個人資料",
    ("ProfilePane", "Username"): "使用者帳號",
    ("ProfilePane", "Email"): "電子郵件",
    ("ProfilePane", "Two-factor authentication"): "雙重驗證",
    ("ProfilePane", "KYC"): "KYC",
    ("ProfilePane", "Account status"): "帳戶狀態",
    ("ProfilePane", "On"): "開啟",
    ("ProfilePane", "Off"): "關閉",
    ("ProfilePane", "Verified"): "已驗證",
    ("ProfilePane", "Not verified"): "未驗證",
    ("ProfilePane", "{kyc}, level {level}"): "{kyc}，等級 {level}",
    ("Report", "Unknown ({code})"): "未知（{code}）",
    ("Report", "yes"): "是",
    ("Report", "no"): "否",
    ("Report", "passed"): "已通過",
    ("Report", "not passed"): "未通過",
    ("Report", "{passed}, level {level}"): "{passed}，等級 {level}",
    ("Report", "{vip}, spread {spread:g}%"): "{vip}，價差 {spread:g}%",
    ("Report", "blocked (account locked)"): "封鎖（帳戶已鎖定）",
    ("Report", "not reported by the server"): "伺服器未回報",
    ("Report", "allowed"): "允許",
    ("Report", "blocked"): "封鎖",
    ("Report", "server says allowed"): "伺服器表示允許",
    ("Report", "server says blocked"): "伺服器表示封鎖",
    (
        "Report",
        "[MISMATCH: {flag}; {rule}, this account is level {level}]",
    ): "[不一致：{flag}；{rule}，此帳戶為等級 {level}]",
    ("Report", "Username"): "使用者帳號",
    ("Report", "Email"): "電子郵件",
    ("Report", "Status"): "狀態",
    ("Report", "2FA"): "雙重驗證",
    ("Report", "KYC"): "KYC",
    ("Report", "VIP"): "VIP",
    ("Report", "Signed in"): "已登入",
    ("Report", "Data as of"): "資料時間",
    ("Report", "Clock skew"): "時鐘偏差",
    (
        "Report",
        "server is {seconds:+.1f} s from this computer",
    ): "伺服器與本機相差 {seconds:+.1f} 秒",
    ("Report", "btse-gui account summary"): "btse-gui 帳戶摘要",
    ("Report", "Profile"): "設定檔",
    ("Report", "Permissions"): "權限",
    ("Report", "none"): "無",
    ("Report", "Server flag mismatches"): "伺服器旗標不一致",
    ("Session", "Signed out"): "已登出",
    ("Session", "Signing in…"): "登入中…",
    ("Session", "Up to date"): "資料為最新",
    ("Session", "Refreshing…"): "重新整理中…",
    ("Session", "Showing old data"): "顯示的是舊資料",
    ("Session", "Session expired"): "工作階段已過期",
    ("Session", "Sign-in failed"): "登入失敗",
    (
        "Session",
        "Connected to {host} ({ms:.0f} ms). Enter a key and secret to sign in.",
    ): "已連線至 {host}（{ms:.0f} 毫秒）。請輸入金鑰與密鑰以登入。",
    (
        "Session",
        "Connected to {host} ({ms:.0f} ms). The key and secret are accepted.",
    ): "已連線至 {host}（{ms:.0f} 毫秒）。金鑰與密鑰有效。",
    (
        "Session",
        "Connected to {host} ({ms:.0f} ms), but the server does not accept this key and secret.",
    ): "已連線至 {host}（{ms:.0f} 毫秒），但伺服器不接受此金鑰與密鑰。",
    ("StatusBar", "just now"): "剛剛",
    ("StatusBar", "{n} min ago"): "{n} 分鐘前",
    ("StatusBar", "{n} h ago"): "{n} 小時前",
    ("StatusBar", "Working"): "處理中",
    ("StatusBar", "Updated {time} ({age})"): "更新於 {time}（{age}）",
    ("StatusBar", "Clock skew {seconds:+.1f} s"): "時鐘偏差 {seconds:+.1f} 秒",
    (
        "StatusBar",
        "This computer's clock differs from the server's; requests are corrected for it automatically.",
    ): "本機時鐘與伺服器不同；請求會自動校正。",
    ("UserStatus", "Normal"): "正常",
    ("UserStatus", "Not activated"): "未啟用",
    ("UserStatus", "Locked"): "已鎖定",
    ("VipPane", "VIP"): "VIP",
    ("VipPane", "Spread"): "價差",
    ("VipPane", "Yes"): "是",
    ("VipPane", "No"): "否",
    ("VipPane", "{spread:g} %"): "{spread:g} %",
    ("AutoRefresh", "Off"): "關閉",
    ("AutoRefresh", "Every 30 seconds"): "每 30 秒",
    ("AutoRefresh", "Every minute"): "每分鐘",
    ("AutoRefresh", "Every 5 minutes"): "每 5 分鐘",
    ("MainWindow", "Copy &diagnostics"): "複製診斷資訊(&D)",
    ("MainWindow", "&Auto-refresh"): "自動重新整理(&A)",
    ("MainWindow", "Diagnostics copied"): "已複製診斷資訊",
    ("ProfileSwitcher", "Profile"): "設定檔",
    ("ProfileSwitcher", "Switch profile (Ctrl+1 to Ctrl+9)"): "切換設定檔（Ctrl+1 至 Ctrl+9）",
    ("ProfileSwitcher", "&Profiles…"): "設定檔(&P)…",
    ("Profiles", "There is no profile named {name!r}."): "沒有名為 {name!r} 的設定檔。",
    ("Profiles", "A profile named {name!r} already exists."): "名為 {name!r} 的設定檔已存在。",
    ("ProfilesDialog", "Profiles"): "設定檔",
    ("ProfilesDialog", "New"): "新增",
    ("ProfilesDialog", "Save"): "儲存",
    ("ProfilesDialog", "Remove"): "移除",
    ("ProfilesDialog", "Name"): "名稱",
    ("ProfilesDialog", "Server"): "伺服器",
    ("ProfilesDialog", "API prefix"): "API 前綴",
    ("ProfilesDialog", "Header prefix"): "標頭前綴",
    ("ProfilesDialog", "API key"): "API 金鑰",
    ("ProfilesDialog", "API secret"): "API 密鑰",
    ("ProfilesDialog", "Profiles message"): "設定檔訊息",
    ("ProfilesDialog", "leave empty to keep the saved secret"): "留空以保留已儲存的密鑰",
    ("ProfilesDialog", "Give the profile a name."): "請為設定檔命名。",
    ("ProfilesDialog", "Saved {name}."): "已儲存 {name}。",
    ("ProfilesDialog", "Removed {name}."): "已移除 {name}。",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = ZH_TW.get((name or "", source))
            if text is None:
                if translation.get("type") == "unfinished" or not (translation.text or ""):
                    missing.append(f"{name}: {source!r}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for line in missing:
        print(f"fill_zh_tw: no translation for {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
