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
    ("Render", "{name} (not a saved profile)"): "{name}（不是已儲存的設定檔）",
    ("Lookup", "BLOCKED"): "已封鎖",
    ("Lookup", "none"): "無",
    ("Lookup", ", "): "、",
    ("Cli", "  prefix {prefix}"): "  前綴 {prefix}",
    (
        "Cli",
        "--preset sets the API and header prefixes: give one or the other",
    ): "--preset 會設定 API 與標頭前綴：請擇一指定",
    (
        "Cli",
        "give the secret on standard input (--secret-stdin) or in {secret_env}",
    ): "請從標準輸入（--secret-stdin）或 {secret_env} 提供密鑰",
    ("Cli", "give the API key with --key or {key_env}"): "請以 --key 或 {key_env} 提供 API 金鑰",
    ("Cli", "problem: {line}"): "問題：{line}",
    ("Cli", "fixed: {line}"): "已修復：{line}",
    ("Cli", "not fixed: {line}"): "未修復：{line}",
    (
        "Cli",
        "no profile can be read: see btse-gui profiles list",
    ): "沒有可讀取的設定檔：請見 btse-gui profiles list",
    (
        "Cli",
        "there are no profiles: btse-gui profiles add NAME --server URL",
    ): "尚無設定檔：btse-gui profiles add NAME --server URL",
    ("Cli", "no profile named {names}"): "沒有名為 {names} 的設定檔",
    (
        "Cli",
        "--quit-after-load needs --demo ACCOUNT or --demo --overview",
    ): "--quit-after-load 需要 --demo ACCOUNT 或 --demo --overview",
    ("Cli", "--demo-accounts needs --demo"): "--demo-accounts 需要 --demo",
    ("Cli", "{failed} of {total} lookups failed"): "{total} 筆查詢中有 {failed} 筆失敗",
    (
        "Cli",
        "set {key_env} and {secret_env} in the environment (credentials are never taken from command-line flags)",
    ): "請在環境變數中設定 {key_env} 與 {secret_env}（憑證絕不從命令列旗標取得）",
    (
        "Cli",
        "{key_env} or {secret_env} contains spaces or characters an API key cannot have",
    ): "{key_env} 或 {secret_env} 含有空白或 API 金鑰不能有的字元",
    ("Cli", "keychain: none usable ({backend})"): "鑰匙圈：沒有可用的鑰匙圈（{backend}）",
    ("Cli", "keychain: {name} ({backend})"): "鑰匙圈：{name}（{backend}）",
    ("Cli", "no usable keychain on this computer"): "這台電腦上沒有可用的鑰匙圈",
    (
        "Cli",
        "keychain: self-test passed (stored, read back and deleted a secret)",
    ): "鑰匙圈：自我測試通過（已儲存、讀回並刪除一個密鑰）",
    (
        "Cli",
        "--route-prefix must start with '/', like /spot",
    ): "--route-prefix 必須以「/」開頭，例如 /spot",
    (
        "Cli",
        "the sandbox listens on this computer only (e.g. 127.0.0.1 or ::1)",
    ): "沙盒只在這台電腦上監聽（例如 127.0.0.1 或 ::1）",
    ("Cli", "--accounts must be 0 to {most}"): "--accounts 必須介於 0 與 {most} 之間",
    ("Cli", "--accounts-file needs --accounts N"): "--accounts-file 需要 --accounts N",
    ("Cli", "cannot listen on {address}: {reason}"): "無法在 {address} 監聽：{reason}",
    (
        "Cli",
        "btse-gui sandbox on {url}  (Ctrl+C stops it)",
    ): "btse-gui 沙盒位於 {url}（按 Ctrl+C 停止）",
    (
        "Cli",
        "Convention: signed prefix {signed}, {headers}* headers",
    ): "慣例：簽章前綴 {signed}，{headers}* 標頭",
    ("Cli", "(none)"): "（無）",
    ("Cli", "Demo accounts (public demo data):"): "示範帳戶（公開的示範資料）：",
    (
        "Cli",
        "{n} generated accounts (NNNNN = 00001 to {last})",
    ): "{n} 個產生的帳戶（NNNNN = 00001 至 {last}）",
    (
        "Cli",
        "Generated accounts' keys and secrets: {path} (JSON lines)",
    ): "產生的帳戶金鑰與密鑰：{path}（JSON lines）",
    ("Cli", "cannot write {path}: {reason}"): "無法寫入 {path}：{reason}",
    ("Lookup", "PROFILE"): "設定檔",
    ("Lookup", "RESULT"): "結果",
    ("Lookup", "USERNAME"): "使用者帳號",
    ("Lookup", "SIGNED IN"): "登入狀態",
    ("Lookup", "KYC"): "KYC",
    ("Lookup", "STATUS"): "帳戶狀態",
    ("Lookup", "VIP"): "VIP",
    ("Lookup", "MISMATCHES"): "不一致",
    ("Lookup", "ok"): "成功",
    ("Lookup", "partial"): "部分",
    ("Lookup", "FAILED"): "失敗",
    ("Reason", "its compression could not be decoded"): "其壓縮無法解碼",
    ("Reason", "the body is not JSON"): "內容不是 JSON",
    ("Reason", "the answer is {shown}, not an object"): "回覆是 {shown}，而不是物件",
    ("Reason", "'code' is {shown}, expected a whole number"): "「code」是 {shown}，應為整數",
    (
        "Reason",
        "'success' is {shown}, expected true or false",
    ): "「success」是 {shown}，應為 true 或 false",
    ("Reason", "'data' is {shown}, not an object"): "「data」是 {shown}，而不是物件",
    (
        "Reason",
        "'data' has none of the fields the API documents",
    ): "「data」沒有任何 API 文件記載的欄位",
    (
        "Reason",
        "it uses a compression btse-gui did not ask for",
    ): "它使用了 btse-gui 未要求的壓縮方式",
    ("Reason", "it is larger than {limit_kib} KiB"): "它大於 {limit_kib} KiB",
    (
        "Reason",
        "it is too long or contains spaces or control characters",
    ): "太長，或含有空白或控制字元",
    (
        "Reason",
        "it is too long or contains spaces, control characters or characters a URL cannot have",
    ): "太長，或含有空白、控制字元或網址不能有的字元",
    ("Reason", "it is not a URL"): "這不是網址",
    (
        "Reason",
        "it must look like https://host or https://host/prefix",
    ): "格式必須像 https://host 或 https://host/prefix",
    (
        "Reason",
        "it must not contain a user name, a query or a fragment",
    ): "不可包含使用者名稱、查詢字串或片段",
    ("Reason", "the port is not a number"): "連接埠不是數字",
    ("Reason", "it must start with '/', like /api/v3.2"): "必須以「/」開頭，例如 /api/v3.2",
    ("Reason", "API prefix"): "API 前綴",
    ("Reason", "header prefix"): "標頭前綴",
    ("Reason", "it looks like btse- or request-"): "格式應像 btse- 或 request-",
    ("Reason", "its TLS certificate could not be verified"): "其 TLS 憑證無法驗證",
    ("Reason", "the secure (TLS) connection failed"): "安全（TLS）連線失敗",
    ("Reason", "the connection was refused"): "連線被拒絕",
    ("Reason", "the host name could not be found"): "找不到主機名稱",
    ("Reason", "the network is unreachable"): "無法連上網路",
    ("Reason", "the connection failed"): "連線失敗",
    ("Reason", "what was read back differs from what was written"): "讀回的內容與寫入的不同",
    ("Reason", "it is not a folder"): "這不是資料夾",
    (
        "Cli",
        "list, add, remove, rename or check server profiles",
    ): "列出、新增、移除、重新命名或檢查伺服器設定檔",
    (
        "Cli",
        "Profiles name a server and an API key; the key and secret are kept in the keychain. The secret comes from a hidden prompt, --secret-stdin or {env}, never from a flag.",
    ): "設定檔記下伺服器與 API 金鑰；金鑰與密鑰保存在鑰匙圈中。密鑰來自隱藏輸入提示、--secret-stdin 或 {env}，絕不來自命令列旗標。",
    (
        "Cli",
        "list the profiles and whether the keychain holds a key",
    ): "列出設定檔，以及鑰匙圈是否保存其金鑰",
    ("Cli", "add a profile (or replace the one with its name)"): "新增設定檔（或取代同名的設定檔）",
    ("Cli", "base URL"): "基本網址",
    ("Cli", "the API key (default: {env}, or a prompt)"): "API 金鑰（預設：{env}，或輸入提示）",
    ("Cli", "read the secret from stdin"): "從標準輸入讀取密鑰",
    ("Cli", "remove a profile and its saved key"): "移除設定檔及其儲存的金鑰",
    ("Cli", "rename a profile"): "重新命名設定檔",
    (
        "Cli",
        "find (and with --repair fix) what an interrupted change left",
    ): "找出（搭配 --repair 則修復）中斷的變更留下的問題",
    ("Cli", "fix what is found"): "修復找到的問題",
    (
        "Cli",
        "the server's convention: {choices} (default spec, or custom prefixes)",
    ): "伺服器慣例：{choices}（預設 spec，或自訂前綴）",
    ("Cli", "signed path prefix, e.g. /api/v3.2 (custom)"): "簽章路徑前綴，例如 /api/v3.2（自訂）",
    ("Cli", "btse- (default) or request- (custom)"): "btse-（預設）或 request-（自訂）",
    (
        "Cli",
        "seconds to wait for the server's answer, 1 to 600 (default 35; the server gives up at 30)",
    ): "等待伺服器回覆的秒數，1 至 600（預設 35；伺服器於 30 秒放棄）",
    (
        "Cli",
        "See a BTSE account: profile, KYC permissions and VIP status.",
    ): "查看 BTSE 帳戶：個人資料、KYC 權限與 VIP 狀態。",
    ("Cli", "show the version"): "顯示版本",
    (
        "Cli",
        "open the window on the built-in demo server (optionally signed in as ACCOUNT)",
    ): "在內建示範伺服器上開啟視窗（可選擇以 ACCOUNT 登入）",
    (
        "Cli",
        "with --demo ACCOUNT: load, paint, print timings as JSON and exit",
    ): "搭配 --demo ACCOUNT：載入、繪製、以 JSON 印出計時後結束",
    (
        "Cli",
        "make the demo server slow or faulty, e.g. latency=2000 or status=500",
    ): "讓示範伺服器變慢或出錯，例如 latency=2000 或 status=500",
    (
        "Cli",
        "open the window on the accounts overview (every profile, or every demo account)",
    ): "開啟視窗並顯示帳戶總覽（所有設定檔，或所有示範帳戶）",
    (
        "Cli",
        "with --demo: N more generated demo users (0 to 100000), for the overview",
    ): "搭配 --demo：再產生 N 個示範使用者（0 至 100000），供總覽使用",
    (
        "Cli",
        "look accounts up (one, some saved profiles, or all) and print them",
    ): "查詢帳戶（一個、數個已儲存的設定檔或全部）並印出",
    (
        "Cli",
        "Fetch an account's profile, permissions and VIP status. For a real server the key and secret are read from {key_env} and {secret_env}.",
    ): "取得帳戶的個人資料、權限與 VIP 狀態。真實伺服器的金鑰與密鑰從 {key_env} 與 {secret_env} 讀取。",
    (
        "Cli",
        "a demo account on the built-in sandbox: %(choices)s",
    ): "內建沙盒上的示範帳戶：%(choices)s",
    ("Cli", "base URL, e.g. https://api.example"): "基本網址，例如 https://api.example",
    (
        "Cli",
        "a saved profile (repeat for several; they are fetched concurrently)",
    ): "已儲存的設定檔（可重複指定多個；會同時查詢）",
    ("Cli", "every saved profile"): "所有已儲存的設定檔",
    ("Cli", "print JSON instead of text"): "以 JSON 取代文字輸出",
    ("Cli", "print CSV (one row per account)"): "輸出 CSV（每個帳戶一列）",
    ("Cli", "print a redacted summary for a support ticket"): "輸出供客服工單使用的遮蔽摘要",
    ("Cli", "say which keychain holds remembered secrets"): "說明哪個鑰匙圈保存記住的密鑰",
    (
        "Cli",
        "Show the keychain btse-gui uses; --self-test stores, reads back and deletes a random secret.",
    ): "顯示 btse-gui 使用的鑰匙圈；--self-test 會儲存、讀回並刪除一個隨機密鑰。",
    ("Cli", "check it works"): "檢查是否可用",
    ("Cli", "{what} must be a number, not {text}"): "{what} 必須是數字，而不是 {text}",
    ("Cli", "{what} must be between {low} and {high}"): "{what} 必須介於 {low} 與 {high} 之間",
    ("Cli", "run the local sandbox server"): "執行本機沙盒伺服器",
    (
        "Cli",
        "Serve the API contract and its demo accounts on this computer.",
    ): "在這台電腦上提供 API 規格及其示範帳戶。",
    ("Cli", "loopback address (default %(default)s)"): "回送位址（預設 %(default)s）",
    ("Cli", "btse- (default) or request-"): "btse-（預設）或 request-",
    ("Cli", "signed prefix, e.g. /api/v3.2"): "簽章前綴，例如 /api/v3.2",
    (
        "Cli",
        "routing prefix before it (not signed), e.g. /spot",
    ): "其前的路由前綴（不簽章），例如 /spot",
    ("Cli", "port, 1 to 65535 (default %(default)s)"): "連接埠，1 至 65535（預設 %(default)s）",
    (
        "Cli",
        "run the server's clock this far off (at most about 115 days)",
    ): "讓伺服器時鐘偏移這麼多（最多約 115 天）",
    ("Cli", "faults for every request, e.g. latency=200"): "每個請求的故障設定，例如 latency=200",
    ("Cli", "requests per second per key (default 15)"): "每把金鑰每秒請求數（預設 15）",
    ("Cli", "requests per second per user (default 30)"): "每位使用者每秒請求數（預設 30）",
    (
        "Cli",
        "also serve N generated accounts, gen-00001 to gen-N (0 to 100000)",
    ): "另外提供 N 個產生的帳戶，gen-00001 至 gen-N（0 至 100000）",
    (
        "Cli",
        "write the generated accounts' names, keys and secrets to PATH (JSON lines)",
    ): "將產生的帳戶名稱、金鑰與密鑰寫入 PATH（JSON lines）",
    ("argparse", "usage: "): "用法：",
    ("argparse", "positional arguments"): "位置參數",
    ("argparse", "options"): "選項",
    ("argparse", "show this help message and exit"): "顯示此說明並結束",
    ("argparse", "%(prog)s: error: %(message)s\n"): "%(prog)s：錯誤：%(message)s\n",
    ("argparse", "the following arguments are required: %s"): "缺少必要的參數：%s",
    ("argparse", "unrecognized arguments: %s"): "無法辨識的參數：%s",
    ("argparse", "argument %(argument_name)s: %(message)s"): "參數 %(argument_name)s：%(message)s",
    (
        "argparse",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ): "無效的選擇：%(value)r（請從 %(choices)s 中選擇）",
    ("argparse", "expected one argument"): "需要一個值",
    ("argparse", "expected at least one argument"): "至少需要一個值",
    ("argparse", "expected at most one argument"): "最多只能有一個值",
    ("argparse", "invalid %(type)s value: %(value)r"): "無效的 %(type)s 值：%(value)r",
    ("argparse", "not allowed with argument %s"): "不可與參數 %s 同時使用",
    ("argparse", "one of the arguments %s is required"): "必須指定參數 %s 其中之一",
    (
        "argparse",
        "ambiguous option: %(option)s could match %(matches)s",
    ): "選項不明確：%(option)s 可能是 %(matches)s",
    ("argparse", "ignored explicit argument %r"): "忽略了明確給定的值 %r",
    ("Report", "{passed}, {level}"): "{passed}，{level}",
    ("DemoAccount", "KYC level 0: nothing allowed"): "KYC 等級 0：全部不允許",
    ("DemoAccount", "KYC level 1: USDT deposit (and transfer)"): "KYC 等級 1：存入 USDT（及轉帳）",
    (
        "DemoAccount",
        "KYC level 2: USDT deposit, withdrawal and trade; no TWD",
    ): "KYC 等級 2：存入、提取 USDT 與交易；無 TWD",
    ("DemoAccount", "KYC level 3: everything allowed"): "KYC 等級 3：全部允許",
    (
        "DemoAccount",
        "Second API key of the kyc3 user (shares the per-user limit)",
    ): "kyc3 使用者的第二把 API 金鑰（共用每位使用者的限制）",
    (
        "DemoAccount",
        "Third API key of the kyc3 user (shares the per-user limit)",
    ): "kyc3 使用者的第三把 API 金鑰（共用每位使用者的限制）",
    (
        "DemoAccount",
        "A locked account: every permission blocked",
    ): "已鎖定的帳戶：所有權限封鎖",
    ("DemoAccount", "An account not activated yet"): "尚未啟用的帳戶",
    ("DemoAccount", "VIP with a 0.05 % spread"): "VIP，價差 0.05 %",
    (
        "DemoAccount",
        "An expired key: the server sends no account data",
    ): "已過期的金鑰：伺服器不回傳帳戶資料",
    ("DemoAccount", "Permissions that disagree with its KYC level (1)"): "權限與其 KYC 等級（1）不符",
    ("DemoAccount", "A key without read permission (403)"): "沒有讀取權限的金鑰（403）",
    ("DemoAccount", "Answers after 2 seconds"): "2 秒後才回應",
    (
        "ApiError",
        "The {field} '{value}' is not valid: {reason}",
    ): "{field}「{value}」無效：{reason}",
    (
        "ApiError",
        "The server at {host} did not finish answering within {seconds:g} seconds. Try again in a moment.",
    ): "{host} 的伺服器在 {seconds:g} 秒內沒有回應完畢。請稍後再試。",
    (
        "Cli",
        "profile not saved: no keychain is available on this computer, and a key is never written to a file",
    ): "設定檔未儲存：這台電腦沒有可用的鑰匙圈，而金鑰絕不會寫入檔案",
    (
        "Cli",
        "Profile {name!r} replaced; its new key and secret are in the keychain.",
    ): "已取代設定檔 {name!r}；新的金鑰與密鑰存放在鑰匙圈中。",
    ("MainWindow", "Forget key"): "忘記金鑰",
    ("PresetBox", "Header prefix"): "標頭前綴",
    ("ProfilesDialog", "Sign in with this profile"): "用此設定檔登入",
    ("ProfilesDialog", "Saved key"): "已儲存的金鑰",
    (
        "ProfilesDialog",
        "No key saved yet: type the key and secret to save them.",
    ): "尚未儲存金鑰：輸入金鑰與密鑰即可儲存。",
    ("ProfilesDialog", "Looking in the keychain…"): "正在查看鑰匙圈…",
    (
        "ProfilesDialog",
        "A key is saved in the keychain. Leave key and secret empty to keep it.",
    ): "鑰匙圈中已儲存金鑰。金鑰與密鑰留空即可保留。",
    (
        "ProfilesDialog",
        "No key saved: type the key and secret to save them.",
    ): "未儲存金鑰：輸入金鑰與密鑰即可儲存。",
    (
        "ProfilesDialog",
        "The saved key is gone from the keychain: type the key and secret again.",
    ): "已儲存的金鑰已不在鑰匙圈中：請重新輸入金鑰與密鑰。",
    (
        "ProfilesDialog",
        "The saved key cannot be read: type it again.",
    ): "無法讀取已儲存的金鑰：請重新輸入。",
    (
        "ProfilesDialog",
        "No keychain is available to check the saved key.",
    ): "沒有可用的鑰匙圈可檢查已儲存的金鑰。",
    ("ProfilesDialog", "Remove profile"): "移除設定檔",
    (
        "ProfilesDialog",
        "Remove the profile {name} and its saved key from the keychain?",
    ): "要移除設定檔 {name}，並從鑰匙圈刪除其已儲存的金鑰嗎？",
    ("AccountHeader", "Account"): "帳戶",
    ("AccountHeader", "Profile, sign-in state and data time"): "設定檔、登入狀態與資料時間",
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
    ("FirstFrame", "Starting…"): "啟動中…",
    ("LoginPane", "Back to last data"): "回到上次的資料",
    ("LoginPane", "Try the demo"): "試用示範",
    ("Session", "{first} {second}"): "{first}{second}",
    ("Session", "The key was not accepted: {reason}"): "金鑰未被接受：{reason}",
    ("Cli", "API secret (hidden): "): "API 密鑰（不顯示）：",
    ("Cli", "API key: "): "API 金鑰：",
    ("Cli", "{count} of 3 reads failed: {reason}"): "3 項讀取中有 {count} 項失敗：{reason}",
    (
        "LoginPane",
        "No key yet? Sample accounts in a window of their own; nothing is sent anywhere.",
    ): "還沒有金鑰？在另一個視窗開啟範例帳戶；不會傳送任何資料。",
    ("LoginPane", "The demo could not be started."): "無法啟動示範。",
    (
        "Cli",
        "the window's language, whatever the saved setting or the locale",
    ): "視窗使用的語言，不論已儲存的設定或地區設定為何",
    (
        "LoginPane",
        "The demo saves nothing: its accounts and keys are built in.",
    ): "示範模式不會儲存任何東西：它的帳戶與金鑰都是內建的。",
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
        "{n} of the server's flags disagree with the KYC rules for level {level} (marked ⚠); the badges show the server's flags. Report it to BTSE.",
    ): "伺服器有 {n} 個權限旗標與等級 {level} 的 KYC 規則不符（標示 ⚠）；標章顯示伺服器的旗標。請回報 BTSE。",
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
        "This key's session has expired, and signing in with it again will not help: "
        "create a new API key on the exchange and enter it here. The data from {time} is "
        "still there (Back to last data).",
    ): "此金鑰的工作階段已過期，用它重新登入沒有幫助：請在交易所建立新的 API 金鑰並在此輸入。"
    "{time} 的資料仍保留著（回到上次的資料）。",
    ("Render", "Showing data from {time} ({age})."): "顯示的是 {time}（{age}）的資料。",
    (
        "Render",
        "This key's session has expired: sign in with a new API key from the exchange to "
        "see current data.",
    ): "此金鑰的工作階段已過期：請以交易所的新 API 金鑰登入以查看最新資料。",
    ("Render", "The last refresh failed."): "上次重新整理失敗。",
    ("Render", "fetched {time} ({age})"): "取得於 {time}（{age}）",
    # Accounts overview
    ("Overview", "This profile no longer exists."): "此設定檔已不存在。",
    ("Overview", "No key and secret are saved for this profile."): "此設定檔未儲存金鑰與密鑰。",
    (
        "Overview",
        "Its saved key is gone from the keychain (btse-gui profiles check).",
    ): "其已儲存的金鑰已不在鑰匙圈中（btse-gui profiles check）。",
    ("Overview", "Profile"): "設定檔",
    ("Overview", "Username"): "使用者帳號",
    ("Overview", "Signed in"): "登入狀態",
    ("Overview", "KYC"): "KYC",
    ("Overview", "Status"): "狀態",
    ("Overview", "USDT in"): "存入 USDT",
    ("Overview", "USDT out"): "提取 USDT",
    ("Overview", "TWD in"): "存入 TWD",
    ("Overview", "TWD out"): "提取 TWD",
    ("Overview", "Trade"): "交易",
    ("Overview", "Transfer"): "轉帳",
    ("Overview", "VIP"): "VIP",
    ("Overview", "Spread"): "價差",
    ("Overview", "Data age"): "資料時間",
    ("Overview", "blocked"): "封鎖",
    ("Overview", "mismatch"): "不一致",
    ("Overview", "error"): "錯誤",
    ("Overview", "{n} s"): "{n} 秒",
    ("Overview", "{n} min"): "{n} 分",
    ("Overview", "{n} h"): "{n} 小時",
    ("Overview", "Loading…"): "載入中…",
    ("Overview", "Failed"): "失敗",
    ("Overview", "unknown"): "未知",
    ("Overview", "{shown} of {total} shown"): "顯示 {shown} / {total} 筆",
    ("Overview", "{n} failed"): "{n} 筆失敗",
    ("Overview", "{n} loading"): "{n} 筆載入中",
    (
        "Overview",
        "The lookups stopped unexpectedly. Choose Refresh all to try again.",
    ): "查詢意外停止。請選擇「全部重新整理」再試一次。",
    ("OverviewPage", "Accounts overview"): "帳戶總覽",
    ("OverviewPage", "Filter accounts"): "篩選帳戶",
    (
        "OverviewPage",
        "Filter: name or username; blocked, mismatch, error (Ctrl+F)",
    ): "篩選：名稱或使用者帳號；封鎖、不一致、錯誤（Ctrl+F）",
    (
        "OverviewPage",
        "Shows rows whose profile or username contains every word. The words blocked, mismatch and error show rows with a blocked permission, a flag that disagrees with the KYC rules, or a failed lookup.",
    ): "顯示設定檔或使用者帳號包含每個字詞的列。字詞「封鎖」、「不一致」與「錯誤」（或英文的「blocked」、「mismatch」、「error」）分別顯示有權限被封鎖、旗標與 KYC 規則不一致，或查詢失敗的列。",
    ("OverviewPage", "Rows shown"): "顯示的列",
    ("SavedAccounts", "Saved accounts"): "已儲存的帳戶",
    ("SavedAccounts", "Sign in"): "登入",
    ("SavedAccounts", "Sign in with the selected account"): "以所選的帳戶登入",
    ("SavedAccounts", "Add account…"): "新增帳戶…",
    ("SavedAccounts", "Add account"): "新增帳戶",
    ("SavedAccounts", "key saved"): "已儲存金鑰",
    ("SavedAccounts", "no key saved"): "未儲存金鑰",
    ("LoginPane", "the exchange's API address: https://…"): "交易所的 API 位址：https://…",
    (
        "LoginPane",
        "Make an API key in the exchange's API settings (reading is enough). Its secret is "
        "shown only once, when the key is made.",
    ): "請在交易所的 API 設定中建立 API 金鑰（只需讀取權限）。密鑰只在建立金鑰時顯示一次。",
    ("ProfilesDialog", "Discard the changes to {name}?"): "要捨棄對 {name} 的變更嗎？",
    ("ProfilesDialog", "Discard the new profile?"): "要捨棄這個新的設定檔嗎？",
    ("ProfilesDialog", "Unsaved changes"): "未儲存的變更",
    ("ProfilesDialog", "Discard changes"): "捨棄變更",
    ("ProfilesDialog", "the secret that goes with the key"): "與金鑰配對的密鑰",
    (
        "Report",
        "blocked ({rule}; this account is level {level})",
    ): "封鎖（{rule}；此帳戶為等級 {level}）",
    ("Report", "blocked (by the server; no KYC rule applies)"): "封鎖（由伺服器封鎖；沒有適用的 KYC 規則）",
    ("MainWindow", "Copy summary &in"): "複製摘要的語言(&I)",
    (
        "Cli",
        "write the table or the summary in this language, whatever the locale says",
    ): "以此語言輸出表格或摘要，不論地區設定為何",
    ("MainWindow", "Accounts overview"): "帳戶總覽",
    ("Overview", "No key saved"): "未儲存金鑰",
    ("Overview", "Key missing from the keychain"): "鑰匙圈中找不到金鑰",
    ("Overview", "No keychain"): "沒有鑰匙圈",
    ("Overview", "Profile removed"): "設定檔已移除",
    ("Overview", "Key expired"): "金鑰已過期",
    ("Overview", "Nonce refused"): "Nonce 被拒",
    ("Overview", "Key refused (401)"): "金鑰被拒（401）",
    ("Overview", "Key may not read (403)"): "金鑰無讀取權限（403）",
    ("Overview", "Too many requests (429)"): "請求過多（429）",
    ("Overview", "Certificate not trusted"): "憑證不受信任",
    ("Overview", "Proxy failed"): "代理伺服器失敗",
    ("Overview", "Proxy setting unusable"): "代理伺服器設定無法使用",
    ("Overview", "Server unreachable"): "無法連上伺服器",
    ("Overview", "No answer in time"): "逾時未回應",
    ("Overview", "Connection lost"): "連線中斷",
    ("Overview", "Server error"): "伺服器錯誤",
    ("Overview", "Unreadable answer"): "無法讀取的回應",
    ("Overview", "Refused by the server"): "伺服器拒絕",
    ("Overview", "Key or secret unusable"): "金鑰或密鑰無法使用",
    ("OverviewPage", "The current row in full"): "目前這一列的完整內容",
    ("Overview", "Blocked: {names}"): "已封鎖：{names}",
    ("OverviewPage", "No row matches “{words}” ({total} in all)"): "沒有符合「{words}」的列（共 {total} 列）",
    ("OverviewPage", "Refresh all"): "全部重新整理",
    ("OverviewPage", "Look every profile up again"): "重新查詢每個設定檔",
    ("OverviewPage", "Refresh selected"): "重新整理所選",
    ("OverviewPage", "Look the selected rows up again"): "重新查詢所選的列",
    ("OverviewPage", "Copy summary"): "複製摘要",
    (
        "OverviewPage",
        "Copy a summary of the selected rows, without key or secret (Ctrl+C)",
    ): "複製所選列的摘要，不含金鑰或密鑰（Ctrl+C）",
    ("OverviewPage", "Export CSV…"): "匯出 CSV…",
    ("OverviewPage", "Save the rows shown as CSV"): "將顯示的列存成 CSV",
    ("OverviewPage", "Export JSON…"): "匯出 JSON…",
    ("OverviewPage", "Save the rows shown as JSON"): "將顯示的列存成 JSON",
    ("OverviewPage", "Cancel"): "取消",
    ("OverviewPage", "Stop the lookups now"): "立即停止查詢",
    ("OverviewPage", "Back"): "返回",
    ("OverviewPage", "Back to the account (Esc, Ctrl+Shift+A)"): "返回帳戶（Esc、Ctrl+Shift+A）",
    ("OverviewPage", "Accounts looked up"): "已查詢的帳戶",
    ("OverviewPage", "%v of %m"): "%v / %m",
    ("OverviewPage", "Overview message"): "總覽訊息",
    ("OverviewPage", "Accounts"): "帳戶",
    ("OverviewPage", "Find"): "尋找",
    ("OverviewPage", "Select the rows to copy first."): "請先選取要複製的列。",
    ("OverviewPage", "{name}: could not be looked up: {error}"): "{name}：無法查詢：{error}",
    (
        "OverviewPage",
        "Copied {n} summaries (no key or secret).",
    ): "已複製 {n} 份摘要（不含金鑰或密鑰）。",
    ("OverviewPage", "Export accounts"): "匯出帳戶",
    ("OverviewPage", "CSV files (*.csv)"): "CSV 檔案 (*.csv)",
    ("OverviewPage", "JSON files (*.json)"): "JSON 檔案 (*.json)",
    ("OverviewPage", "Could not save {path}: {reason}"): "無法儲存 {path}：{reason}",
    ("OverviewPage", "Saved {n} rows to {path}."): "已將 {n} 列儲存到 {path}。",
    ("OverviewSwitch", "Accounts &overview"): "帳戶總覽(&O)",
    (
        "OverviewSwitch",
        "Every saved profile in one table ({key})",
    ): "所有已儲存的設定檔在一個表格中（{key}）",
    ("OverviewSwitch", "{name} could not be opened: {reason}"): "無法開啟 {name}：{reason}",
    ("OverviewSwitch", "no saved key"): "未儲存金鑰",
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
    ): "伺服器不接受此請求的金鑰、簽章或一次性序號（401）。請檢查金鑰與密鑰；若伺服器提到時間或一次性序號（nonce），請檢查這台電腦的時鐘。",
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
        "The keychain could not be loaded ({reason}; PYTHON_KEYRING_BACKEND='{setting}'). Nothing can be saved; you are signed in for this session only.",
    ): "無法載入鑰匙圈（{reason}；PYTHON_KEYRING_BACKEND='{setting}'）。無法儲存任何東西；本次登入僅在此工作階段有效。",
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
    ("AccountHeader", "Refresh"): "重新整理",
    ("AccountHeader", "Fetch the account again (F5)"): "重新取得帳戶資料 (F5)",
    ("AccountHeader", "Copy summary"): "複製摘要",
    (
        "AccountHeader",
        "Copy a summary for a support ticket, without key or secret (Ctrl+Shift+C)",
    ): "複製給客服工單用的摘要，不含金鑰或密鑰 (Ctrl+Shift+C)",
    ("AccountHeader", "Sign out"): "登出",
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
        "Too many requests: the server asked to wait {retry_after:g} seconds (429). btse-gui keeps each key under its limit by itself, across its own windows and commands, so another program is probably using this key too. Try again shortly.",
    ): "請求過於頻繁：伺服器要求等待 {retry_after:g} 秒（429）。btse-gui 會自行讓每把金鑰維持在限制之內（包括它所有的視窗與命令），因此很可能有其他程式也在使用這把金鑰。請稍後再試。",
    (
        "ApiError",
        "The server had already seen this request's nonce (401): another program is signing requests with the same API key at the same moment. Try again; giving each program a key of its own avoids it.",
    ): "伺服器已經看過這個請求的一次性序號（401）：有其他程式正同時以同一把 API 金鑰簽署請求。請再試一次；讓每個程式使用各自的金鑰即可避免。",
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
        "The session for this API key has expired (the server answered with no account "
        "data); using the same key again will not help: create a new API key on the exchange.",
    ): "此 API 金鑰的工作階段已過期（伺服器回應沒有帳戶資料）；再用同一把金鑰沒有幫助："
    "請在交易所建立新的 API 金鑰。",
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
    ("Keychain", "the system keyring (Secret Service)"): "系統鑰匙圈（Secret Service）",
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
    (
        "LoginPane",
        "Saved in {keychain}: leave the secret empty to sign in with the saved key.",
    ): "已儲存於{keychain}：密鑰欄留空即以已儲存的金鑰登入。",
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
    ("MainWindow", "About &Qt"): "關於 Qt(&Q)",
    (
        "MainWindow",
        "<p><b>btse-gui {version}</b></p>"
        "<p>See a BTSE account: its profile, the permissions its KYC level gives, "
        "and its VIP status; look many accounts up at once.</p>"
        "<p>MIT licence. Built with Qt {qt} (LGPL-3.0) through PySide6, and Python "
        "{python}. The installers carry the licence notices of everything they "
        "bundle in a LICENSES folder beside the program; Help → About Qt says where "
        "to get Qt's source.</p>"
        '<p><a href="{home}">{home}</a></p>',
    ): "<p><b>btse-gui {version}</b></p>"
    "<p>檢視 BTSE 帳戶：個人資料、KYC 等級給予的權限與 VIP 狀態；也能一次查詢多個帳戶。</p>"
    "<p>MIT 授權。以 Qt {qt}（LGPL-3.0）透過 PySide6 及 Python {python} 建置。"
    "安裝程式所附帶每個元件的授權聲明都在程式旁的 LICENSES 資料夾；"
    "「說明 → 關於 Qt」說明可從何處取得 Qt 的原始碼。</p>"
    '<p><a href="{home}">{home}</a></p>',
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
    ("Error", "{text}"): "{text}",
    (
        "Profiles",
        "The profiles file {path} is {size_mb} MB, more than a profiles file can be ({limit_mb} MB): it was not read, and nothing was changed.",
    ): "設定檔檔案 {path} 有 {size_mb} MB，超過設定檔檔案的上限（{limit_mb} MB）：未讀取，也沒有任何變更。",
    (
        "Profiles",
        "btse-gui does not use {path}: {reason}, so another user could change your profiles. Make it yours and writable by you alone (chmod go-w).",
    ): "btse-gui 不使用 {path}：{reason}，其他使用者可能因此更改您的設定檔。請讓它屬於您，且只有您可以寫入（chmod go-w）。",
    ("Reason", "it belongs to another user"): "它屬於另一位使用者",
    ("Reason", "every user may write to it"): "所有使用者都可以寫入它",
    (
        "ApiError",
        "The proxy {proxy} did not carry the request to {host}: {reason}. Check the proxy "
        "settings (HTTPS_PROXY, ALL_PROXY, NO_PROXY) or ask whoever runs the proxy.",
    ): "代理伺服器 {proxy} 沒有把請求送到 {host}：{reason}。請檢查代理伺服器設定（HTTPS_PROXY、ALL_PROXY、NO_PROXY），或詢問代理伺服器的管理者。",
    (
        "ApiError",
        "The proxy setting {proxy} cannot be used: {reason}. Correct or unset HTTPS_PROXY, "
        "HTTP_PROXY and ALL_PROXY.",
    ): "無法使用代理伺服器設定 {proxy}：{reason}。請修正或取消 HTTPS_PROXY、HTTP_PROXY 與 ALL_PROXY。",
    (
        "Cli",
        "the API key (shows in the process list and the shell's history: prefer "
        "--key-stdin or {env}; default: {env}, or a prompt)",
    ): "API 金鑰（會出現在程序列表與 shell 歷史中：建議改用 --key-stdin 或 {env}；預設：{env}，或提示輸入）",
    ("Cli", "read the key from stdin (its first line)"): "從標準輸入讀取金鑰（第一行）",
    (
        "Cli",
        "read the secret from stdin (after the key, with --key-stdin)",
    ): "從標準輸入讀取密鑰（搭配 --key-stdin 時在金鑰之後）",
    (
        "Cli",
        "replace a profile of the same name, and its saved key",
    ): "取代同名的設定檔及其已儲存的金鑰",
    (
        "Cli",
        "a profile named {name!r} already exists; --replace replaces it and its saved key",
    ): "名為 {name!r} 的設定檔已存在；--replace 會取代它及其已儲存的金鑰",
    (
        "Cli",
        "warning: a key given with --key shows in the process list and the shell's "
        "history; --key-stdin or {key_env} keep it out",
    ): "警告：以 --key 提供的金鑰會出現在程序列表與 shell 歷史中；使用 --key-stdin 或 {key_env} 可避免",
    (
        "Cli",
        "give the API key on standard input (--key-stdin) or in {key_env}",
    ): "請從標準輸入（--key-stdin）或 {key_env} 提供 API 金鑰",
    (
        "Session",
        "Something unexpected went wrong ({kind}); nothing was changed. Try again; if it "
        "happens again, Help → Copy diagnostics gathers what support needs.",
    ): "發生了意外的錯誤（{kind}）；沒有任何變更。請再試一次；若再次發生，「說明 → 複製診斷資訊」會收集客服所需的資料。",
    (
        "Overview",
        "Its saved key cannot be read: no keychain is available on this computer.",
    ): "無法讀取已儲存的金鑰：這台電腦沒有可用的鑰匙圈。",
    (
        "ApiError",
        "The certificate of {host} is not one this computer trusts, so nothing was sent. "
        "If your company inspects HTTPS traffic (a TLS-inspecting proxy), ask IT for its "
        "root certificate and add it to this computer's trust store, or point SSL_CERT_FILE "
        "at it. Help → Copy diagnostics says where certificates come from.",
    ): "{host} 的憑證不是這台電腦信任的憑證，因此沒有傳送任何資料。若公司會檢查 HTTPS "
    "流量（TLS 檢查代理伺服器），請向 IT 索取其根憑證並加入這台電腦的信任存放區，或以 "
    "SSL_CERT_FILE 指向該憑證。「說明 → 複製診斷資訊」會列出憑證的來源。",
    (
        "Cli",
        "Exit codes: 0 done; 1 a lookup (or one of an account's reads) failed, or the "
        "keychain could not be used; 2 a usage or configuration problem; 130 interrupted. "
        "--json prints the shape docs/lookup.schema.json describes (schema_version 1).",
    ): "結束代碼：0 完成；1 查詢（或帳戶的某項讀取）失敗，或無法使用鑰匙圈；2 用法或設定問題；"
    "130 已中斷。--json 輸出的格式由 docs/lookup.schema.json 描述（schema_version 1）。",
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
