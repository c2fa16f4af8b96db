<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountHeader</name>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Profile, sign-in state and data time</source>
        <translation>設定檔、登入狀態與資料時間</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>複製摘要</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Fetch the account again (F5)</source>
        <translation>重新取得帳戶資料 (F5)</translation>
    </message>
    <message>
        <source>Copy a summary for a support ticket, without key or secret (Ctrl+Shift+C)</source>
        <translation>複製給客服工單用的摘要，不含金鑰或密鑰 (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account notice</source>
        <translation>帳戶通知</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>The edge of a notice, by tone: palette roles (so dark mode follows), and amber for a warning; none is the focus ring's Highlight. Below this width the profile and VIP boxes stack instead of sitting side by side.</extracomment>
        <translation>重試</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登入</translation>
    </message>
    <message>
        <source>Why the permissions look like this</source>
        <translation>權限為何如此</translation>
    </message>
    <message>
        <source>Values the API does not document</source>
        <translation>API 文件未記載的值</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request failed.</source>
        <translation>請求失敗。</translation>
    </message>
    <message>
        <source>Refusing to send credentials to {url}: the server must use HTTPS (plain HTTP is allowed only for this computer, e.g. the local sandbox).</source>
        <translation>拒絕將憑證傳送至 {url}：伺服器必須使用 HTTPS（純 HTTP 只允許用於本機，例如本機沙盒）。</translation>
    </message>
    <message>
        <source>code {code}</source>
        <extracomment>How much of a server's own message is shown (the rest ends in "…").</extracomment>
        <translation>代碼 {code}</translation>
    </message>
    <message>
        <source>code {code}, “{msg}”</source>
        <translation>代碼 {code}，「{msg}」</translation>
    </message>
    <message>
        <source>The server said: {words}</source>
        <translation>伺服器的回覆：{words}</translation>
    </message>
    <message>
        <source>The server address '{url}' is not valid: {reason}</source>
        <translation>伺服器位址「{url}」無效：{reason}</translation>
    </message>
    <message>
        <source>The {field} '{value}' is not valid: {reason}</source>
        <translation>{field}「{value}」無效：{reason}</translation>
    </message>
    <message>
        <source>The API key or secret is empty or contains spaces or characters an API key cannot have. Copy both again from the exchange.</source>
        <translation>API 金鑰或密鑰是空的，或含有空白或 API 金鑰不該有的字元。請從交易所重新複製兩者。</translation>
    </message>
    <message>
        <source>An API key and secret are needed for {path}.</source>
        <translation>{path} 需要 API 金鑰與密鑰。</translation>
    </message>
    <message>
        <source>Could not connect to {host}: {reason}. Check the server address and your network.</source>
        <translation>無法連線至 {host}：{reason}。請檢查伺服器位址與網路。</translation>
    </message>
    <message>
        <source>The certificate of {host} is not one this computer trusts, so nothing was sent. If your company inspects HTTPS traffic (a TLS-inspecting proxy), ask IT for its root certificate and add it to this computer's trust store, or point SSL_CERT_FILE at it. Help → Copy diagnostics says where certificates come from.</source>
        <translation>{host} 的憑證不是這台電腦信任的憑證，因此沒有傳送任何資料。若公司會檢查 HTTPS 流量（TLS 檢查代理伺服器），請向 IT 索取其根憑證並加入這台電腦的信任存放區，或以 SSL_CERT_FILE 指向該憑證。「說明 → 複製診斷資訊」會列出憑證的來源。</translation>
    </message>
    <message>
        <source>The proxy {proxy} did not carry the request to {host}: {reason}. Check the proxy settings (HTTPS_PROXY, ALL_PROXY, NO_PROXY) or ask whoever runs the proxy.</source>
        <translation>代理伺服器 {proxy} 沒有把請求送到 {host}：{reason}。請檢查代理伺服器設定（HTTPS_PROXY、ALL_PROXY、NO_PROXY），或詢問代理伺服器的管理者。</translation>
    </message>
    <message>
        <source>The proxy setting {proxy} cannot be used: {reason}. Correct or unset HTTPS_PROXY, HTTP_PROXY and ALL_PROXY.</source>
        <translation>無法使用代理伺服器設定 {proxy}：{reason}。請修正或取消 HTTPS_PROXY、HTTP_PROXY 與 ALL_PROXY。</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds:g} seconds. Try again in a moment.</source>
        <translation>{host} 的伺服器在 {seconds:g} 秒內沒有回應。請稍後再試。</translation>
    </message>
    <message>
        <source>The server at {host} did not finish answering within {seconds:g} seconds. Try again in a moment.</source>
        <translation>{host} 的伺服器在 {seconds:g} 秒內沒有回應完畢。請稍後再試。</translation>
    </message>
    <message>
        <source>The connection to {host} was lost before the answer was complete. Try again.</source>
        <translation>與 {host} 的連線在回應完成前中斷。請再試一次。</translation>
    </message>
    <message>
        <source>The server answered {path} with a redirect ({status}); credentials are never sent on to another address. Check the server address in the profile.</source>
        <translation>伺服器對 {path} 回應了重新導向（{status}）；憑證絕不會轉送到其他位址。請檢查設定檔中的伺服器位址。</translation>
    </message>
    <message>
        <source>The server answered {path} with an unexpected status {status}.</source>
        <translation>伺服器對 {path} 回應了非預期的狀態 {status}。</translation>
    </message>
    <message>
        <source>The server rejected the request to {path} as malformed (400). This is a problem in btse-gui or a server change; please report it.</source>
        <translation>伺服器認為對 {path} 的請求格式錯誤而拒絕（400）。這是 btse-gui 的問題或伺服器有所變更，請回報。</translation>
    </message>
    <message>
        <source>The server did not accept the request's key, signature or nonce (401). Check the key and secret; if the server mentions the time or the nonce, check this computer's clock.</source>
        <translation>伺服器不接受此請求的金鑰、簽章或一次性序號（401）。請檢查金鑰與密鑰；若伺服器提到時間或一次性序號（nonce），請檢查這台電腦的時鐘。</translation>
    </message>
    <message>
        <source>The server had already seen this request's nonce (401): another program is signing requests with the same API key at the same moment. Try again; giving each program a key of its own avoids it.</source>
        <translation>伺服器已經看過這個請求的一次性序號（401）：有其他程式正同時以同一把 API 金鑰簽署請求。請再試一次；讓每個程式使用各自的金鑰即可避免。</translation>
    </message>
    <message>
        <source>Too many requests: the server asked to wait {retry_after:g} seconds (429). btse-gui keeps each key under its limit by itself, across its own windows and commands, so another program is probably using this key too. Try again shortly.</source>
        <translation>請求過於頻繁：伺服器要求等待 {retry_after:g} 秒（429）。btse-gui 會自行讓每把金鑰維持在限制之內（包括它所有的視窗與命令），因此很可能有其他程式也在使用這把金鑰。請稍後再試。</translation>
    </message>
    <message>
        <source>The server refused {path} with code {code}.</source>
        <translation>伺服器以代碼 {code} 拒絕 {path}。</translation>
    </message>
    <message>
        <source>The server reported that {path} did not succeed.</source>
        <translation>伺服器回報 {path} 未成功。</translation>
    </message>
    <message>
        <source>The session for this API key has expired (the server answered with no account data); using the same key again will not help: create a new API key on the exchange.</source>
        <translation>此 API 金鑰的工作階段已過期（伺服器回應沒有帳戶資料）；再用同一把金鑰沒有幫助：請在交易所建立新的 API 金鑰。</translation>
    </message>
    <message>
        <source>This API key is not allowed to read {path} (403). Give the key read permission on the exchange, or use another key.</source>
        <translation>此 API 金鑰無權讀取 {path}（403）。請在交易所為金鑰開啟讀取權限，或改用其他金鑰。</translation>
    </message>
    <message>
        <source>The server has no {path} (404). Check the profile's base URL and API prefix.</source>
        <translation>伺服器沒有 {path}（404）。請檢查設定檔的基本網址與 API 前綴。</translation>
    </message>
    <message>
        <source>The server does not accept this kind of request on {path} (405). Check the profile's base URL and API prefix.</source>
        <translation>伺服器在 {path} 不接受這種請求（405）。請檢查設定檔的基本網址與 API 前綴。</translation>
    </message>
    <message>
        <source>The server gave up on the request to {path} (408, its limit is 30 seconds). Try again in a moment.</source>
        <translation>伺服器放棄了對 {path} 的請求（408，上限為 30 秒）。請稍後再試。</translation>
    </message>
    <message>
        <source>The server had an internal error answering {path} (500). This is on the server's side; try again later.</source>
        <translation>伺服器回應 {path} 時發生內部錯誤（500）。這是伺服器端的問題，請稍後再試。</translation>
    </message>
    <message>
        <source>The server's answer to {path} could not be read: {reason}. The server may be misconfigured, or not a BTSE API server.</source>
        <translation>無法讀取伺服器對 {path} 的回應：{reason}。伺服器可能設定錯誤，或不是 BTSE API 伺服器。</translation>
    </message>
</context>
<context>
    <name>AutoRefresh</name>
    <message>
        <source>Off</source>
        <extracomment>Seconds -&gt; label; 0 is off.</extracomment>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>每 30 秒</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>每分鐘</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>每 5 分鐘</translation>
    </message>
</context>
<context>
    <name>BtseCode</name>
    <message>
        <source>Futures market is unavailable</source>
        <extracomment>The spec's description of each code, marked for translation.</extracomment>
        <translation>期貨市場無法使用</translation>
    </message>
    <message>
        <source>Order is inserted successfully</source>
        <translation>訂單已成功送出</translation>
    </message>
    <message>
        <source>Order is fully transacted</source>
        <translation>訂單已全部成交</translation>
    </message>
    <message>
        <source>Order is partially transacted</source>
        <translation>訂單已部分成交</translation>
    </message>
    <message>
        <source>Order is cancelled successfully</source>
        <translation>訂單已成功取消</translation>
    </message>
    <message>
        <source>Insufficient balance in account</source>
        <translation>帳戶餘額不足</translation>
    </message>
    <message>
        <source>Trigger Order is inserted successfully</source>
        <translation>觸發單已成功送出</translation>
    </message>
    <message>
        <source>Trigger Order is activated successfully</source>
        <translation>觸發單已成功啟動</translation>
    </message>
    <message>
        <source>Error in updating risk limit</source>
        <translation>更新風險限額時發生錯誤</translation>
    </message>
    <message>
        <source>Order is rejected</source>
        <translation>訂單遭拒</translation>
    </message>
    <message>
        <source>Order is not found with the order ID or clOrderID provided</source>
        <translation>找不到所提供訂單編號或 clOrderID 的訂單</translation>
    </message>
    <message>
        <source>Transfer funds between futures and spot is successful</source>
        <translation>期貨與現貨之間的資金劃轉成功</translation>
    </message>
    <message>
        <source>Transfer funds between spot and futures is unsuccessful</source>
        <translation>現貨與期貨之間的資金劃轉失敗</translation>
    </message>
    <message>
        <source>Invalid risk limit was specified</source>
        <translation>指定的風險限額無效</translation>
    </message>
    <message>
        <source>Account is undergoing liquidation</source>
        <translation>帳戶正在強制平倉</translation>
    </message>
    <message>
        <source>Futures order is outside of liquidation price</source>
        <translation>期貨訂單超出強平價格</translation>
    </message>
    <message>
        <source>Order is undergoing liquidation</source>
        <translation>訂單正在強制平倉</translation>
    </message>
    <message>
        <source>Order is undergoing ADL</source>
        <translation>訂單正在自動減倉（ADL）</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Stop waiting for the server</source>
        <translation>停止等待伺服器</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>  prefix {prefix}</source>
        <extracomment>After a profile's address in ``profiles list``.</extracomment>
        <translation>  前綴 {prefix}</translation>
    </message>
    <message>
        <source>list, add, remove, rename or check server profiles</source>
        <translation>列出、新增、移除、重新命名或檢查伺服器設定檔</translation>
    </message>
    <message>
        <source>Profiles name a server and an API key; the key and secret are kept in the keychain. The secret comes from a hidden prompt, --secret-stdin or {env}, never from a flag.</source>
        <translation>設定檔記下伺服器與 API 金鑰；金鑰與密鑰保存在鑰匙圈中。密鑰來自隱藏輸入提示、--secret-stdin 或 {env}，絕不來自命令列旗標。</translation>
    </message>
    <message>
        <source>list the profiles and whether the keychain holds a key</source>
        <translation>列出設定檔，以及鑰匙圈是否保存其金鑰</translation>
    </message>
    <message>
        <source>add a profile (or replace the one with its name)</source>
        <translation>新增設定檔（或取代同名的設定檔）</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>基本網址</translation>
    </message>
    <message>
        <source>remove a profile and its saved key</source>
        <translation>移除設定檔及其儲存的金鑰</translation>
    </message>
    <message>
        <source>rename a profile</source>
        <translation>重新命名設定檔</translation>
    </message>
    <message>
        <source>find (and with --repair fix) what an interrupted change left</source>
        <translation>找出（搭配 --repair 則修復）中斷的變更留下的問題</translation>
    </message>
    <message>
        <source>fix what is found</source>
        <translation>修復找到的問題</translation>
    </message>
    <message>
        <source>the server's convention: {choices} (default spec, or custom prefixes)</source>
        <translation>伺服器慣例：{choices}（預設 spec，或自訂前綴）</translation>
    </message>
    <message>
        <source>signed path prefix, e.g. /api/v3.2 (custom)</source>
        <translation>簽章路徑前綴，例如 /api/v3.2（自訂）</translation>
    </message>
    <message>
        <source>btse- (default) or request- (custom)</source>
        <translation>btse-（預設）或 request-（自訂）</translation>
    </message>
    <message>
        <source>--preset sets the API and header prefixes: give one or the other</source>
        <translation>--preset 會設定 API 與標頭前綴：請擇一指定</translation>
    </message>
    <message>
        <source>No profiles yet: btse-gui profiles add NAME --server URL</source>
        <translation>尚無設定檔：btse-gui profiles add 名稱 --server 網址</translation>
    </message>
    <message>
        <source>unreadable profile {name!r}: {reason}</source>
        <translation>無法讀取的設定檔 {name!r}：{reason}</translation>
    </message>
    <message>
        <source>'btse-gui profiles check --repair' removes them.</source>
        <translation>「btse-gui profiles check --repair」會移除它們。</translation>
    </message>
    <message>
        <source>give the secret on standard input (--secret-stdin) or in {secret_env}</source>
        <translation>請從標準輸入（--secret-stdin）或 {secret_env} 提供密鑰</translation>
    </message>
    <message>
        <source>the API key (shows in the process list and the shell's history: prefer --key-stdin or {env}; default: {env}, or a prompt)</source>
        <translation>API 金鑰（會出現在程序列表與 shell 歷史中：建議改用 --key-stdin 或 {env}；預設：{env}，或提示輸入）</translation>
    </message>
    <message>
        <source>read the key from stdin (its first line)</source>
        <translation>從標準輸入讀取金鑰（第一行）</translation>
    </message>
    <message>
        <source>read the secret from stdin (after the key, with --key-stdin)</source>
        <translation>從標準輸入讀取密鑰（搭配 --key-stdin 時在金鑰之後）</translation>
    </message>
    <message>
        <source>replace a profile of the same name, and its saved key</source>
        <translation>取代同名的設定檔及其已儲存的金鑰</translation>
    </message>
    <message>
        <source>API secret (hidden): </source>
        <translation>API 密鑰（不顯示）：</translation>
    </message>
    <message>
        <source>a profile named {name!r} already exists; --replace replaces it and its saved key</source>
        <translation>名為 {name!r} 的設定檔已存在；--replace 會取代它及其已儲存的金鑰</translation>
    </message>
    <message>
        <source>warning: a key given with --key shows in the process list and the shell's history; --key-stdin or {key_env} keep it out</source>
        <translation>警告：以 --key 提供的金鑰會出現在程序列表與 shell 歷史中；使用 --key-stdin 或 {key_env} 可避免</translation>
    </message>
    <message>
        <source>API key: </source>
        <translation>API 金鑰：</translation>
    </message>
    <message>
        <source>give the API key on standard input (--key-stdin) or in {key_env}</source>
        <translation>請從標準輸入（--key-stdin）或 {key_env} 提供 API 金鑰</translation>
    </message>
    <message>
        <source>profile not saved: no keychain is available on this computer, and a key is never written to a file</source>
        <translation>設定檔未儲存：這台電腦沒有可用的鑰匙圈，而金鑰絕不會寫入檔案</translation>
    </message>
    <message>
        <source>Profile {name!r} replaced; its new key and secret are in the keychain.</source>
        <translation>已取代設定檔 {name!r}；新的金鑰與密鑰存放在鑰匙圈中。</translation>
    </message>
    <message>
        <source>Profile {name!r} saved; its key and secret are in the keychain.</source>
        <translation>已儲存設定檔 {name!r}；其金鑰與密鑰存放在鑰匙圈中。</translation>
    </message>
    <message>
        <source>Profile {name!r} removed, with its saved key.</source>
        <translation>已移除設定檔 {name!r} 及其已儲存的金鑰。</translation>
    </message>
    <message>
        <source>Profile {old!r} is now {new!r}.</source>
        <translation>設定檔 {old!r} 已更名為 {new!r}。</translation>
    </message>
    <message>
        <source>problem: {line}</source>
        <translation>問題：{line}</translation>
    </message>
    <message>
        <source>fixed: {line}</source>
        <translation>已修復：{line}</translation>
    </message>
    <message>
        <source>not fixed: {line}</source>
        <translation>未修復：{line}</translation>
    </message>
    <message>
        <source>Profiles and keychain agree: nothing to repair.</source>
        <translation>設定檔與鑰匙圈一致：沒有需要修復的項目。</translation>
    </message>
    <message>
        <source>Run 'btse-gui profiles check --repair' to fix this.</source>
        <translation>執行「btse-gui profiles check --repair」來修復。</translation>
    </message>
    <message>
        <source>no profile can be read: see btse-gui profiles list</source>
        <translation>沒有可讀取的設定檔：請見 btse-gui profiles list</translation>
    </message>
    <message>
        <source>there are no profiles: btse-gui profiles add NAME --server URL</source>
        <translation>尚無設定檔：btse-gui profiles add NAME --server URL</translation>
    </message>
    <message>
        <source>no profile named {names}</source>
        <translation>沒有名為 {names} 的設定檔</translation>
    </message>
    <message>
        <source>seconds to wait for the server's answer, 1 to 600 (default 35; the server gives up at 30)</source>
        <translation>等待伺服器回覆的秒數，1 至 600（預設 35；伺服器於 30 秒放棄）</translation>
    </message>
    <message>
        <source>See a BTSE account: profile, KYC permissions and VIP status.</source>
        <translation>查看 BTSE 帳戶：個人資料、KYC 權限與 VIP 狀態。</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>顯示版本</translation>
    </message>
    <message>
        <source>open the window on the built-in demo server (optionally signed in as ACCOUNT)</source>
        <translation>在內建示範伺服器上開啟視窗（可選擇以 ACCOUNT 登入）</translation>
    </message>
    <message>
        <source>with --demo ACCOUNT: load, paint, print timings as JSON and exit</source>
        <translation>搭配 --demo ACCOUNT：載入、繪製、以 JSON 印出計時後結束</translation>
    </message>
    <message>
        <source>make the demo server slow or faulty, e.g. latency=2000 or status=500</source>
        <translation>讓示範伺服器變慢或出錯，例如 latency=2000 或 status=500</translation>
    </message>
    <message>
        <source>the window's language, whatever the saved setting or the locale</source>
        <translation>視窗使用的語言，不論已儲存的設定或地區設定為何</translation>
    </message>
    <message>
        <source>open the window on the accounts overview (every profile, or every demo account)</source>
        <translation>開啟視窗並顯示帳戶總覽（所有設定檔，或所有示範帳戶）</translation>
    </message>
    <message>
        <source>with --demo: N more generated demo users (0 to 100000), for the overview</source>
        <translation>搭配 --demo：再產生 N 個示範使用者（0 至 100000），供總覽使用</translation>
    </message>
    <message>
        <source>look accounts up (one, some saved profiles, or all) and print them</source>
        <translation>查詢帳戶（一個、數個已儲存的設定檔或全部）並印出</translation>
    </message>
    <message>
        <source>Fetch an account's profile, permissions and VIP status. For a real server the key and secret are read from {key_env} and {secret_env}.</source>
        <translation>取得帳戶的個人資料、權限與 VIP 狀態。真實伺服器的金鑰與密鑰從 {key_env} 與 {secret_env} 讀取。</translation>
    </message>
    <message>
        <source>a demo account on the built-in sandbox: %(choices)s</source>
        <translation>內建沙盒上的示範帳戶：%(choices)s</translation>
    </message>
    <message>
        <source>base URL, e.g. https://api.example</source>
        <translation>基本網址，例如 https://api.example</translation>
    </message>
    <message>
        <source>a saved profile (repeat for several; they are fetched concurrently)</source>
        <translation>已儲存的設定檔（可重複指定多個；會同時查詢）</translation>
    </message>
    <message>
        <source>every saved profile</source>
        <translation>所有已儲存的設定檔</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>以 JSON 取代文字輸出</translation>
    </message>
    <message>
        <source>print CSV (one row per account)</source>
        <translation>輸出 CSV（每個帳戶一列）</translation>
    </message>
    <message>
        <source>print a redacted summary for a support ticket</source>
        <translation>輸出供客服工單使用的遮蔽摘要</translation>
    </message>
    <message>
        <source>write the table or the summary in this language, whatever the locale says</source>
        <translation>以此語言輸出表格或摘要，不論地區設定為何</translation>
    </message>
    <message>
        <source>say which keychain holds remembered secrets</source>
        <translation>說明哪個鑰匙圈保存記住的密鑰</translation>
    </message>
    <message>
        <source>Show the keychain btse-gui uses; --self-test stores, reads back and deletes a random secret.</source>
        <translation>顯示 btse-gui 使用的鑰匙圈；--self-test 會儲存、讀回並刪除一個隨機密鑰。</translation>
    </message>
    <message>
        <source>check it works</source>
        <translation>檢查是否可用</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 a lookup (or one of an account's reads) failed, or the keychain could not be used; 2 a usage or configuration problem; 130 interrupted. --json prints the shape docs/lookup.schema.json describes (schema_version 1).</source>
        <translation>結束代碼：0 完成；1 查詢（或帳戶的某項讀取）失敗，或無法使用鑰匙圈；2 用法或設定問題；130 已中斷。--json 輸出的格式由 docs/lookup.schema.json 描述（schema_version 1）。</translation>
    </message>
    <message>
        <source>--quit-after-load needs --demo ACCOUNT or --demo --overview</source>
        <translation>--quit-after-load 需要 --demo ACCOUNT 或 --demo --overview</translation>
    </message>
    <message>
        <source>--demo-accounts needs --demo</source>
        <translation>--demo-accounts 需要 --demo</translation>
    </message>
    <message>
        <source>{count} of 3 reads failed: {reason}</source>
        <translation>3 項讀取中有 {count} 項失敗：{reason}</translation>
    </message>
    <message>
        <source>{failed} of {total} lookups failed</source>
        <translation>{total} 筆查詢中有 {failed} 筆失敗</translation>
    </message>
    <message>
        <source>set {key_env} and {secret_env} in the environment (credentials are never taken from command-line flags)</source>
        <translation>請在環境變數中設定 {key_env} 與 {secret_env}（憑證絕不從命令列旗標取得）</translation>
    </message>
    <message>
        <source>{key_env} or {secret_env} contains spaces or characters an API key cannot have</source>
        <translation>{key_env} 或 {secret_env} 含有空白或 API 金鑰不能有的字元</translation>
    </message>
    <message>
        <source>keychain: none usable ({backend})</source>
        <translation>鑰匙圈：沒有可用的鑰匙圈（{backend}）</translation>
    </message>
    <message>
        <source>keychain: {name} ({backend})</source>
        <translation>鑰匙圈：{name}（{backend}）</translation>
    </message>
    <message>
        <source>no usable keychain on this computer</source>
        <translation>這台電腦上沒有可用的鑰匙圈</translation>
    </message>
    <message>
        <source>keychain: self-test passed (stored, read back and deleted a secret)</source>
        <translation>鑰匙圈：自我測試通過（已儲存、讀回並刪除一個密鑰）</translation>
    </message>
    <message>
        <source>{what} must be a number, not {text}</source>
        <translation>{what} 必須是數字，而不是 {text}</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}</source>
        <translation>{what} 必須介於 {low} 與 {high} 之間</translation>
    </message>
    <message>
        <source>run the local sandbox server</source>
        <translation>執行本機沙盒伺服器</translation>
    </message>
    <message>
        <source>Serve the API contract and its demo accounts on this computer.</source>
        <translation>在這台電腦上提供 API 規格及其示範帳戶。</translation>
    </message>
    <message>
        <source>loopback address (default %(default)s)</source>
        <translation>回送位址（預設 %(default)s）</translation>
    </message>
    <message>
        <source>btse- (default) or request-</source>
        <translation>btse-（預設）或 request-</translation>
    </message>
    <message>
        <source>signed prefix, e.g. /api/v3.2</source>
        <translation>簽章前綴，例如 /api/v3.2</translation>
    </message>
    <message>
        <source>routing prefix before it (not signed), e.g. /spot</source>
        <translation>其前的路由前綴（不簽章），例如 /spot</translation>
    </message>
    <message>
        <source>port, 1 to 65535 (default %(default)s)</source>
        <translation>連接埠，1 至 65535（預設 %(default)s）</translation>
    </message>
    <message>
        <source>run the server's clock this far off (at most about 115 days)</source>
        <translation>讓伺服器時鐘偏移這麼多（最多約 115 天）</translation>
    </message>
    <message>
        <source>faults for every request, e.g. latency=200</source>
        <translation>每個請求的故障設定，例如 latency=200</translation>
    </message>
    <message>
        <source>requests per second per key (default 15)</source>
        <translation>每把金鑰每秒請求數（預設 15）</translation>
    </message>
    <message>
        <source>requests per second per user (default 30)</source>
        <translation>每位使用者每秒請求數（預設 30）</translation>
    </message>
    <message>
        <source>also serve N generated accounts, gen-00001 to gen-N (0 to 100000)</source>
        <translation>另外提供 N 個產生的帳戶，gen-00001 至 gen-N（0 至 100000）</translation>
    </message>
    <message>
        <source>write the generated accounts' names, keys and secrets to PATH (JSON lines)</source>
        <translation>將產生的帳戶名稱、金鑰與密鑰寫入 PATH（JSON lines）</translation>
    </message>
    <message>
        <source>--route-prefix must start with '/', like /spot</source>
        <translation>--route-prefix 必須以「/」開頭，例如 /spot</translation>
    </message>
    <message>
        <source>the sandbox listens on this computer only (e.g. 127.0.0.1 or ::1)</source>
        <extracomment>Up to this many generated accounts are listed one per line; more in one line.</extracomment>
        <translation>沙盒只在這台電腦上監聽（例如 127.0.0.1 或 ::1）</translation>
    </message>
    <message>
        <source>--accounts must be 0 to {most}</source>
        <translation>--accounts 必須介於 0 與 {most} 之間</translation>
    </message>
    <message>
        <source>--accounts-file needs --accounts N</source>
        <translation>--accounts-file 需要 --accounts N</translation>
    </message>
    <message>
        <source>cannot listen on {address}: {reason}</source>
        <translation>無法在 {address} 監聽：{reason}</translation>
    </message>
    <message>
        <source>btse-gui sandbox on {url}  (Ctrl+C stops it)</source>
        <translation>btse-gui 沙盒位於 {url}（按 Ctrl+C 停止）</translation>
    </message>
    <message>
        <source>Convention: signed prefix {signed}, {headers}* headers</source>
        <translation>慣例：簽章前綴 {signed}，{headers}* 標頭</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Demo accounts (public demo data):</source>
        <translation>示範帳戶（公開的示範資料）：</translation>
    </message>
    <message>
        <source>{n} generated accounts (NNNNN = 00001 to {last})</source>
        <translation>{n} 個產生的帳戶（NNNNN = 00001 至 {last}）</translation>
    </message>
    <message>
        <source>Generated accounts' keys and secrets: {path} (JSON lines)</source>
        <translation>產生的帳戶金鑰與密鑰：{path}（JSON lines）</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>DemoAccount</name>
    <message>
        <source>KYC level 0: nothing allowed</source>
        <extracomment>``None`` answers ``data: null`` on ``/v1/user``: the token has expired. Accounts of one user share the per-user rate limit. False: the key is valid but may not read (403). Faults applied to every request with this key (see ``faults.py``).</extracomment>
        <translation>KYC 等級 0：全部不允許</translation>
    </message>
    <message>
        <source>KYC level 1: USDT deposit (and transfer)</source>
        <translation>KYC 等級 1：存入 USDT（及轉帳）</translation>
    </message>
    <message>
        <source>KYC level 2: USDT deposit, withdrawal and trade; no TWD</source>
        <translation>KYC 等級 2：存入、提取 USDT 與交易；無 TWD</translation>
    </message>
    <message>
        <source>KYC level 3: everything allowed</source>
        <translation>KYC 等級 3：全部允許</translation>
    </message>
    <message>
        <source>Second API key of the kyc3 user (shares the per-user limit)</source>
        <translation>kyc3 使用者的第二把 API 金鑰（共用每位使用者的限制）</translation>
    </message>
    <message>
        <source>Third API key of the kyc3 user (shares the per-user limit)</source>
        <translation>kyc3 使用者的第三把 API 金鑰（共用每位使用者的限制）</translation>
    </message>
    <message>
        <source>A locked account: every permission blocked</source>
        <translation>已鎖定的帳戶：所有權限封鎖</translation>
    </message>
    <message>
        <source>An account not activated yet</source>
        <translation>尚未啟用的帳戶</translation>
    </message>
    <message>
        <source>An expired key: the server sends no account data</source>
        <translation>已過期的金鑰：伺服器不回傳帳戶資料</translation>
    </message>
    <message>
        <source>Permissions that disagree with its KYC level (1)</source>
        <translation>權限與其 KYC 等級（1）不符</translation>
    </message>
    <message>
        <source>VIP with a 0.05 % spread</source>
        <translation>VIP，價差 0.05 %</translation>
    </message>
    <message>
        <source>A key without read permission (403)</source>
        <translation>沒有讀取權限的金鑰（403）</translation>
    </message>
    <message>
        <source>Answers after 2 seconds</source>
        <translation>2 秒後才回應</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>{text}</source>
        <extracomment>A line longer than this is damage, not a message (a row is about 1 KiB). The three reads' values, by part: their class and how each is sent.</extracomment>
        <translation>{text}</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <source>Starting…</source>
        <extracomment>At most this long is spent waiting for the first frame's paint (a window manager that never exposes the window must not hold the start up). Closed by the person before the real window was ready: the app then stops. ``perf_counter()`` of the first paint.</extracomment>
        <translation>啟動中…</translation>
    </message>
</context>
<context>
    <name>FormPane</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the system keyring (Secret Service)</source>
        <extracomment>Friendly names of the backends people meet, by the backend's class path.</extracomment>
        <translation>系統鑰匙圈（Secret Service）</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS 鑰匙圈</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 認證管理員</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the secret cannot be saved. You are signed in for this session only.</source>
        <translation>這台電腦沒有可用的鑰匙圈，因此無法儲存密鑰。您僅在本次工作階段中登入。</translation>
    </message>
    <message>
        <source>The keychain refused the request ({reason}). It may be locked: unlock it and try again. Nothing was written anywhere else.</source>
        <translation>鑰匙圈拒絕了請求（{reason}）。它可能已鎖定：請解鎖後再試。沒有任何資料寫入其他地方。</translation>
    </message>
    <message>
        <source>The keychain could not be loaded ({reason}; PYTHON_KEYRING_BACKEND='{setting}'). Nothing can be saved; you are signed in for this session only.</source>
        <translation>無法載入鑰匙圈（{reason}；PYTHON_KEYRING_BACKEND='{setting}'）。無法儲存任何東西；本次登入僅在此工作階段有效。</translation>
    </message>
    <message>
        <source>The saved credentials for profile {profile!r} could not be read. Enter the key and secret again.</source>
        <translation>無法讀取設定檔 {profile!r} 已儲存的憑證。請重新輸入金鑰與密鑰。</translation>
    </message>
</context>
<context>
    <name>KycLadder</name>
    <message>
        <source>KYC levels</source>
        <extracomment>Room round a rung's words (across, down), inside the account's own rung's frame.</extracomment>
        <translation>KYC 等級</translation>
    </message>
    <message>
        <source>0: nothing</source>
        <translation>0：無</translation>
    </message>
    <message>
        <source>1: + USDT deposit</source>
        <translation>1：＋存入 USDT</translation>
    </message>
    <message>
        <source>2: + USDT withdrawal, trade USDT-TWD</source>
        <translation>2：＋提取 USDT、交易 USDT-TWD</translation>
    </message>
    <message>
        <source>3: + TWD deposit and withdrawal</source>
        <translation>3：＋存入與提取 TWD</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>{rung} (this account)</source>
        <translation>{rung}（此帳戶）</translation>
    </message>
    <message>
        <source>This account is KYC level {level}.</source>
        <translation>此帳戶為 KYC 等級 {level}。</translation>
    </message>
</context>
<context>
    <name>LoginPane</name>
    <message>
        <source>Remember in keychain</source>
        <translation>記住於鑰匙圈</translation>
    </message>
    <message>
        <source>Looking for a keychain…</source>
        <translation>正在尋找鑰匙圈…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>檢查連線</translation>
    </message>
    <message>
        <source>Back to last data</source>
        <translation>回到上次的資料</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>示範帳戶</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>設定檔名稱</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>Signed API prefix</source>
        <translation>簽章 API 前綴</translation>
    </message>
    <message>
        <source>Header prefix</source>
        <translation>標頭前綴</translation>
    </message>
    <message>
        <source>Server convention</source>
        <translation>伺服器慣例</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API 密鑰</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>顯示密鑰</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>鑰匙圈狀態</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>登入訊息</translation>
    </message>
    <message>
        <source>Leave the sign-in form and show the account data still held</source>
        <translation>離開登入表單，顯示仍保留的帳戶資料</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Where a key comes from, for a first-time user. The demo, one click from the first-run form (not in the demo itself). Saved accounts, signed in to with one click (none in the demo). The saved profile the form shows (its key may be in the keychain), or None. The session's error the person has moved past (its message is not shown).</extracomment>
        <translation>預設</translation>
    </message>
    <message>
        <source>empty for /v1/… paths</source>
        <translation>/v1/… 路徑請留空</translation>
    </message>
    <message>
        <source>Saved in {keychain}: leave the secret empty to sign in with the saved key.</source>
        <translation>已儲存於{keychain}：密鑰欄留空即以已儲存的金鑰登入。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>慣例</translation>
    </message>
    <message>
        <source>API prefix</source>
        <translation>API 前綴</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>試用示範</translation>
    </message>
    <message>
        <source>No key yet? Sample accounts in a window of their own; nothing is sent anywhere.</source>
        <translation>還沒有金鑰？在另一個視窗開啟範例帳戶；不會傳送任何資料。</translation>
    </message>
    <message>
        <source>the exchange's API address: https://…</source>
        <translation>交易所的 API 位址：https://…</translation>
    </message>
    <message>
        <source>Make an API key in the exchange's API settings (reading is enough). Its secret is shown only once, when the key is made.</source>
        <translation>請在交易所的 API 設定中建立 API 金鑰（只需讀取權限）。密鑰只在建立金鑰時顯示一次。</translation>
    </message>
    <message>
        <source>Sign in to a BTSE account</source>
        <translation>登入 BTSE 帳戶</translation>
    </message>
    <message>
        <source>The demo saves nothing: its accounts and keys are built in.</source>
        <translation>示範模式不會儲存任何東西：它的帳戶與金鑰都是內建的。</translation>
    </message>
    <message>
        <source>Not saved: no keychain is available. You will be signed in for this session only; the secret is never written to a file.</source>
        <translation>不會儲存：沒有可用的鑰匙圈。您僅會在本次工作階段中登入；密鑰絕不會寫入檔案。</translation>
    </message>
    <message>
        <source>The key and secret will be saved in {keychain} when you sign in.</source>
        <translation>登入時會將金鑰與密鑰儲存在{keychain}。</translation>
    </message>
    <message>
        <source>Not saved: you will be signed in for this session only. Tick Remember to keep the key and secret in {keychain}.</source>
        <translation>不會儲存：本次登入僅在此工作階段有效。勾選「記住」即可將金鑰與密鑰保存在{keychain}。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>無法啟動示範。</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <source>none</source>
        <extracomment>Why the lookup failed (rendered in the active language when shown). The server's base URL ("": not known, a profile that could not be read). Called with each row as soon as it is known (the window fills its table from it). Enough connections for every slot's reads: none waits for a connection. What ``fetch_all`` looks up: a list, or targets that are still being read (from the keychain, say): the first rows are fetched while the rest are on their way. The version of ``as_json``'s shape (``docs/lookup.schema.json``): raised when a field changes meaning or goes; new fields may come without it.</extracomment>
        <translation>無</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <extracomment>The table's headings (capitals in English: they stand apart from the values).</extracomment>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>使用者帳號</translation>
    </message>
    <message>
        <source>SIGNED IN</source>
        <translation>登入狀態</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>帳戶狀態</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>已封鎖</translation>
    </message>
    <message>
        <source>MISMATCHES</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>btse-gui — demo</source>
        <translation>btse-gui — 示範</translation>
    </message>
    <message>
        <source>btse-gui</source>
        <translation>btse-gui</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>The window closed; the app shuts down when it sees this. The person chose a language in View -&gt; Language ("system", "en", "zh_TW").</extracomment>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>複製摘要(&amp;C)</translation>
    </message>
    <message>
        <source>Copy summary &amp;in</source>
        <translation>複製摘要的語言(&amp;I)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out and &amp;forget saved key…</source>
        <translation>登出並忘記已儲存的金鑰(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>關閉視窗(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>複製診斷資訊(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About btse-gui</source>
        <translation>關於 btse-gui(&amp;A)</translation>
    </message>
    <message>
        <source>Accounts overview</source>
        <translation>帳戶總覽</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;btse-gui {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;See a BTSE account: its profile, the permissions its KYC level gives, and its VIP status; look many accounts up at once.&lt;/p&gt;&lt;p&gt;MIT licence. Built with Qt {qt} (LGPL-3.0) through PySide6, and Python {python}. The installers carry the licence notices of everything they bundle in a LICENSES folder beside the program; Help → About Qt says where to get Qt's source.&lt;/p&gt;&lt;p&gt;&lt;a href="{home}"&gt;{home}&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;btse-gui {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;檢視 BTSE 帳戶：個人資料、KYC 等級給予的權限與 VIP 狀態；也能一次查詢多個帳戶。&lt;/p&gt;&lt;p&gt;MIT 授權。以 Qt {qt}（LGPL-3.0）透過 PySide6 及 Python {python} 建置。安裝程式所附帶每個元件的授權聲明都在程式旁的 LICENSES 資料夾；「說明 → 關於 Qt」說明可從何處取得 Qt 的原始碼。&lt;/p&gt;&lt;p&gt;&lt;a href="{home}"&gt;{home}&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The menu bar's menus, in order (translated in the "MainWindow" context).</extracomment>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>自動重新整理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Summary copied (no key or secret)</source>
        <translation>已複製摘要（不含金鑰或密鑰）</translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>已複製診斷資訊</translation>
    </message>
    <message>
        <source>Forget saved key</source>
        <translation>忘記已儲存的金鑰</translation>
    </message>
    <message>
        <source>Sign out and remove the key and secret of {name} from the keychain?</source>
        <translation>要登出並從鑰匙圈移除 {name} 的金鑰與密鑰嗎？</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>忘記金鑰</translation>
    </message>
    <message>
        <source>About btse-gui</source>
        <translation>關於 btse-gui</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>This profile no longer exists.</source>
        <extracomment>Saved profiles' credentials are read this many at a time (about 4 ms each with the Secret Service): the first are looked up while the next are read.</extracomment>
        <translation>此設定檔已不存在。</translation>
    </message>
    <message>
        <source>No key and secret are saved for this profile.</source>
        <translation>此設定檔未儲存金鑰與密鑰。</translation>
    </message>
    <message>
        <source>Its saved key is gone from the keychain (btse-gui profiles check).</source>
        <translation>其已儲存的金鑰已不在鑰匙圈中（btse-gui profiles check）。</translation>
    </message>
    <message>
        <source>Its saved key cannot be read: no keychain is available on this computer.</source>
        <translation>無法讀取已儲存的金鑰：這台電腦沒有可用的鑰匙圈。</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>Column headings (short: fourteen columns share a window 880 pixels wide); the permissions' full names are tooltips.</extracomment>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者帳號</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登入狀態</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>USDT in</source>
        <translation>存入 USDT</translation>
    </message>
    <message>
        <source>USDT out</source>
        <translation>提取 USDT</translation>
    </message>
    <message>
        <source>TWD in</source>
        <translation>存入 TWD</translation>
    </message>
    <message>
        <source>TWD out</source>
        <translation>提取 TWD</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉帳</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>價差</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>資料時間</translation>
    </message>
    <message>
        <source>No key saved</source>
        <extracomment>A failed row's reason in a few words, by the kind of error (the first that applies).</extracomment>
        <translation>未儲存金鑰</translation>
    </message>
    <message>
        <source>Key missing from the keychain</source>
        <translation>鑰匙圈中找不到金鑰</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>沒有鑰匙圈</translation>
    </message>
    <message>
        <source>Profile removed</source>
        <translation>設定檔已移除</translation>
    </message>
    <message>
        <source>Key expired</source>
        <translation>金鑰已過期</translation>
    </message>
    <message>
        <source>Nonce refused</source>
        <translation>Nonce 被拒</translation>
    </message>
    <message>
        <source>Key refused (401)</source>
        <translation>金鑰被拒（401）</translation>
    </message>
    <message>
        <source>Key may not read (403)</source>
        <translation>金鑰無讀取權限（403）</translation>
    </message>
    <message>
        <source>Too many requests (429)</source>
        <translation>請求過多（429）</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>憑證不受信任</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>代理伺服器失敗</translation>
    </message>
    <message>
        <source>Proxy setting unusable</source>
        <translation>代理伺服器設定無法使用</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>無法連上伺服器</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>逾時未回應</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>連線中斷</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>伺服器錯誤</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>無法讀取的回應</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>伺服器拒絕</translation>
    </message>
    <message>
        <source>Key or secret unusable</source>
        <translation>金鑰或密鑰無法使用</translation>
    </message>
    <message>
        <source>blocked</source>
        <extracomment>Filter words that select kinds of rows instead of matching names (English, and the translated word in the active language).</extracomment>
        <translation>封鎖</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>{n} s</source>
        <extracomment>What made the profile the account it was when listed (its rows are that one's).</extracomment>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小時</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Blocked: {names}</source>
        <translation>已封鎖：{names}</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>顯示 {shown} / {total} 筆</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} 筆失敗</translation>
    </message>
    <message>
        <source>{n} loading</source>
        <translation>{n} 筆載入中</translation>
    </message>
    <message>
        <source>The lookups stopped unexpectedly. Choose Refresh all to try again.</source>
        <translation>查詢意外停止。請選擇「全部重新整理」再試一次。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Accounts overview</source>
        <extracomment>The person chose an account (by profile name) to open on its own page. Back to the single-account page.
----------
The page's own look-up or re-read of the profiles, kept while it runs.</extracomment>
        <translation>帳戶總覽</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>篩選帳戶</translation>
    </message>
    <message>
        <source>Filter: name or username; blocked, mismatch, error (Ctrl+F)</source>
        <translation>篩選：名稱或使用者帳號；封鎖、不一致、錯誤（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows rows whose profile or username contains every word. The words blocked, mismatch and error show rows with a blocked permission, a flag that disagrees with the KYC rules, or a failed lookup.</source>
        <translation>顯示設定檔或使用者帳號包含每個字詞的列。字詞「封鎖」、「不一致」與「錯誤」（或英文的「blocked」、「mismatch」、「error」）分別顯示有權限被封鎖、旗標與 KYC 規則不一致，或查詢失敗的列。</translation>
    </message>
    <message>
        <source>Back to the account (Esc, Ctrl+Shift+A)</source>
        <translation>返回帳戶（Esc、Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>顯示的列</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>全部重新整理</translation>
    </message>
    <message>
        <source>The current row in full</source>
        <translation>目前這一列的完整內容</translation>
    </message>
    <message>
        <source>Look every profile up again</source>
        <translation>重新查詢每個設定檔</translation>
    </message>
    <message>
        <source>Refresh selected</source>
        <translation>重新整理所選</translation>
    </message>
    <message>
        <source>Look the selected rows up again</source>
        <translation>重新查詢所選的列</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>複製摘要</translation>
    </message>
    <message>
        <source>Copy a summary of the selected rows, without key or secret (Ctrl+C)</source>
        <translation>複製所選列的摘要，不含金鑰或密鑰（Ctrl+C）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV</source>
        <translation>將顯示的列存成 CSV</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>匯出 JSON…</translation>
    </message>
    <message>
        <source>Save the rows shown as JSON</source>
        <translation>將顯示的列存成 JSON</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the lookups now</source>
        <translation>立即停止查詢</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Accounts looked up</source>
        <translation>已查詢的帳戶</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Overview message</source>
        <translation>總覽訊息</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>No row matches “{words}” ({total} in all)</source>
        <translation>沒有符合「{words}」的列（共 {total} 列）</translation>
    </message>
    <message>
        <source>Select the rows to copy first.</source>
        <translation>請先選取要複製的列。</translation>
    </message>
    <message>
        <source>{name}: could not be looked up: {error}</source>
        <translation>{name}：無法查詢：{error}</translation>
    </message>
    <message>
        <source>Copied {n} summaries (no key or secret).</source>
        <translation>已複製 {n} 份摘要（不含金鑰或密鑰）。</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>匯出帳戶</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>無法儲存 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved {n} rows to {path}.</source>
        <translation>已將 {n} 列儲存到 {path}。</translation>
    </message>
</context>
<context>
    <name>OverviewSwitch</name>
    <message>
        <source>Accounts &amp;overview</source>
        <translation>帳戶總覽(&amp;O)</translation>
    </message>
    <message>
        <source>Every saved profile in one table ({key})</source>
        <translation>所有已儲存的設定檔在一個表格中（{key}）</translation>
    </message>
    <message>
        <source>{name} could not be opened: {reason}</source>
        <translation>無法開啟 {name}：{reason}</translation>
    </message>
    <message>
        <source>no saved key</source>
        <translation>未儲存金鑰</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>USDT deposit</source>
        <extracomment>The spec's words: 是否可以存入USDT / 提取USDT / 存入TWD / 提取TWD / 交易USDT-TWD.</extracomment>
        <translation>存入 USDT</translation>
    </message>
    <message>
        <source>USDT withdrawal</source>
        <translation>提取 USDT</translation>
    </message>
    <message>
        <source>TWD deposit</source>
        <translation>存入 TWD</translation>
    </message>
    <message>
        <source>TWD withdrawal</source>
        <translation>提取 TWD</translation>
    </message>
    <message>
        <source>Trade USDT-TWD</source>
        <translation>交易 USDT-TWD</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉帳</translation>
    </message>
    <message>
        <source>Requires KYC level {level}</source>
        <translation>需要 KYC 等級 {level}</translation>
    </message>
    <message>
        <source>Requires KYC level {level} or higher</source>
        <translation>需要 KYC 等級 {level} 以上</translation>
    </message>
</context>
<context>
    <name>PermissionBadge</name>
    <message>
        <source>Not reported</source>
        <translation>未回報</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允許</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>封鎖</translation>
    </message>
    <message>
        <source>Blocked: this account is locked.</source>
        <translation>封鎖：此帳戶已鎖定。</translation>
    </message>
    <message>
        <source>{rule}; this account's level ({level}) is not in the documented rules, so the rule's verdict is unknown. The server's flag is shown.</source>
        <translation>{rule}；此帳戶的等級（{level}）不在文件記載的規則中，因此無法判斷規則的結果。顯示的是伺服器的旗標。</translation>
    </message>
    <message>
        <source>{rule}; this account is level {level}.</source>
        <translation>{rule}；此帳戶為等級 {level}。</translation>
    </message>
    <message>
        <source>No KYC rule is documented for this; the server's flag is shown.</source>
        <translation>此項目沒有記載 KYC 規則；顯示的是伺服器的旗標。</translation>
    </message>
    <message>
        <source>Warning: the server says allowed, but the KYC rule says blocked.</source>
        <translation>警告：伺服器表示允許，但 KYC 規則為封鎖。</translation>
    </message>
    <message>
        <source>Warning: the server says blocked, but the KYC rule says allowed.</source>
        <translation>警告：伺服器表示封鎖，但 KYC 規則為允許。</translation>
    </message>
</context>
<context>
    <name>PermissionsPane</name>
    <message>
        <source>Permissions</source>
        <translation>權限</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>This API (/v1 paths, btse- headers)</source>
        <translation>本 API（/v1 路徑，btse- 標頭）</translation>
    </message>
    <message>
        <source>BTSE spot (/spot, /api/v3.2, request- headers)</source>
        <translation>BTSE 現貨（/spot、/api/v3.2、request- 標頭）</translation>
    </message>
    <message>
        <source>BTSE futures (/futures, /api/v2.1, request- headers)</source>
        <translation>BTSE 期貨（/futures、/api/v2.1、request- 標頭）</translation>
    </message>
</context>
<context>
    <name>PresetBox</name>
    <message>
        <source>Header prefix</source>
        <translation>標頭前綴</translation>
    </message>
    <message>
        <source>Custom (set the prefixes below)</source>
        <translation>自訂（於下方設定前綴）</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>Profile</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者帳號</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>雙重驗證</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>帳戶狀態</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登入狀態</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Switch profile (Ctrl+1 to Ctrl+9)</source>
        <translation>切換設定檔（Ctrl+1 至 Ctrl+9）</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>設定檔(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>There is no profile named {name!r}.</source>
        <translation>沒有名為 {name!r} 的設定檔。</translation>
    </message>
    <message>
        <source>A profile named {name!r} already exists.</source>
        <translation>名為 {name!r} 的設定檔已存在。</translation>
    </message>
    <message>
        <source>A profile name must be 1 to {limit} characters, with no control characters.</source>
        <translation>設定檔名稱必須為 1 到 {limit} 個字元，且不含控制字元。</translation>
    </message>
    <message>
        <source>key saved</source>
        <extracomment>The keychain item holding key and secret (``None``: no key saved).</extracomment>
        <translation>已儲存金鑰</translation>
    </message>
    <message>
        <source>key missing from the keychain</source>
        <translation>鑰匙圈中找不到金鑰</translation>
    </message>
    <message>
        <source>no key saved</source>
        <translation>未儲存金鑰</translation>
    </message>
    <message>
        <source>key unreadable</source>
        <translation>金鑰無法讀取</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>鑰匙圈無法使用</translation>
    </message>
    <message>
        <source>The profiles could not be saved to {path}: {reason}. Nothing was changed.</source>
        <extracomment>A profiles file larger than this is not read (one profile is ~300 bytes). Seconds to wait for another btse-gui that is changing the profiles.</extracomment>
        <translation>無法將設定檔儲存到 {path}：{reason}。未做任何變更。</translation>
    </message>
    <message>
        <source>The profiles file {path} is damaged ({reason}). Nothing was changed; 'btse-gui profiles check --repair' restores the last good copy.</source>
        <translation>設定檔檔案 {path} 已損壞（{reason}）。未做任何變更；「btse-gui profiles check --repair」會還原最後一份完好的副本。</translation>
    </message>
    <message>
        <source>The profiles file {path} is {size_mb} MB, more than a profiles file can be ({limit_mb} MB): it was not read, and nothing was changed.</source>
        <translation>設定檔檔案 {path} 有 {size_mb} MB，超過設定檔檔案的上限（{limit_mb} MB）：未讀取，也沒有任何變更。</translation>
    </message>
    <message>
        <source>btse-gui does not use {path}: {reason}, so another user could change your profiles. Make it yours and writable by you alone (chmod go-w).</source>
        <translation>btse-gui 不使用 {path}：{reason}，其他使用者可能因此更改您的設定檔。請讓它屬於您，且只有您可以寫入（chmod go-w）。</translation>
    </message>
    <message>
        <source>Another btse-gui is changing the profiles ({path} is locked). Try again in a moment.</source>
        <translation>另一個 btse-gui 正在變更設定檔（{path} 已鎖定）。請稍後再試。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <extracomment>The person asked to sign in with the profile of this name.</extracomment>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Sign in with this profile</source>
        <translation>用此設定檔登入</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>API prefix</source>
        <translation>API 前綴</translation>
    </message>
    <message>
        <source>Header prefix</source>
        <translation>標頭前綴</translation>
    </message>
    <message>
        <source>Server convention</source>
        <translation>伺服器慣例</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API 密鑰</translation>
    </message>
    <message>
        <source>Profiles message</source>
        <translation>設定檔訊息</translation>
    </message>
    <message>
        <source>Saved key</source>
        <translation>已儲存的金鑰</translation>
    </message>
    <message>
        <source>Discard the changes to {name}?</source>
        <extracomment>The fields as last loaded or saved: anything else is an unsaved edit.</extracomment>
        <translation>要捨棄對 {name} 的變更嗎？</translation>
    </message>
    <message>
        <source>Discard the new profile?</source>
        <translation>要捨棄這個新的設定檔嗎？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>捨棄變更</translation>
    </message>
    <message>
        <source>the secret that goes with the key</source>
        <translation>與金鑰配對的密鑰</translation>
    </message>
    <message>
        <source>leave empty to keep the saved secret</source>
        <translation>留空以保留已儲存的密鑰</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>慣例</translation>
    </message>
    <message>
        <source>No key saved yet: type the key and secret to save them.</source>
        <translation>尚未儲存金鑰：輸入金鑰與密鑰即可儲存。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>請為設定檔命名。</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已儲存 {name}。</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>正在查看鑰匙圈…</translation>
    </message>
    <message>
        <source>A key is saved in the keychain. Leave key and secret empty to keep it.</source>
        <translation>鑰匙圈中已儲存金鑰。金鑰與密鑰留空即可保留。</translation>
    </message>
    <message>
        <source>No key saved: type the key and secret to save them.</source>
        <translation>未儲存金鑰：輸入金鑰與密鑰即可儲存。</translation>
    </message>
    <message>
        <source>The saved key is gone from the keychain: type the key and secret again.</source>
        <translation>已儲存的金鑰已不在鑰匙圈中：請重新輸入金鑰與密鑰。</translation>
    </message>
    <message>
        <source>The saved key cannot be read: type it again.</source>
        <translation>無法讀取已儲存的金鑰：請重新輸入。</translation>
    </message>
    <message>
        <source>No keychain is available to check the saved key.</source>
        <translation>沒有可用的鑰匙圈可檢查已儲存的金鑰。</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>移除設定檔</translation>
    </message>
    <message>
        <source>Remove the profile {name} and its saved key from the keychain?</source>
        <translation>要移除設定檔 {name}，並從鑰匙圈刪除其已儲存的金鑰嗎？</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>已移除 {name}。</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>its compression could not be decoded</source>
        <extracomment>The spec's query limit per API key. Requests one account's refresh sends at once (user, VIP info, login status). Connections per server (httpx's own default). Callers that send many requests keep at most this many in flight (``lookups`` does), so none waits for a connection. The User-Agent without a version (the app's client factories add theirs: this package knows nothing of the app around it). Requests that can be on the wire at once; more would queue for a connection. Nonces and send slots shared with this computer's other processes. One budget per user (by username), shared by all of that user's keys. What happened on the wire: "sent", "status_&lt;code&gt;", "retried_429", ... The proxy the requests go through, as shown (``None``: straight to the server).</extracomment>
        <translation>其壓縮無法解碼</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <extracomment>Server times outside these (ms since the epoch: years 2001 to 2100) are not clocks. Whole numbers beyond this are not values any field of this API holds. The server's clock in ms, or ``None`` when absent or implausible.</extracomment>
        <translation>內容不是 JSON</translation>
    </message>
    <message>
        <source>the answer is {shown}, not an object</source>
        <translation>回覆是 {shown}，而不是物件</translation>
    </message>
    <message>
        <source>'code' is {shown}, expected a whole number</source>
        <translation>「code」是 {shown}，應為整數</translation>
    </message>
    <message>
        <source>'success' is {shown}, expected true or false</source>
        <translation>「success」是 {shown}，應為 true 或 false</translation>
    </message>
    <message>
        <source>'data' is {shown}, not an object</source>
        <translation>「data」是 {shown}，而不是物件</translation>
    </message>
    <message>
        <source>'data' has none of the fields the API documents</source>
        <translation>「data」沒有任何 API 文件記載的欄位</translation>
    </message>
    <message>
        <source>it uses a compression btse-gui did not ask for</source>
        <translation>它使用了 btse-gui 未要求的壓縮方式</translation>
    </message>
    <message>
        <source>it is larger than {limit_kib} KiB</source>
        <translation>它大於 {limit_kib} KiB</translation>
    </message>
    <message>
        <source>API prefix</source>
        <extracomment>Path segments of RFC 3986 characters (no query, no fragment, no spaces or controls). Whitespace, controls and the characters that break out of a URL or a header. Sign ``path?query`` rather than the path alone (btse-mcp's convention on GET).</extracomment>
        <translation>API 前綴</translation>
    </message>
    <message>
        <source>it is too long or contains spaces or control characters</source>
        <translation>太長，或含有空白或控制字元</translation>
    </message>
    <message>
        <source>it is too long or contains spaces, control characters or characters a URL cannot have</source>
        <translation>太長，或含有空白、控制字元或網址不能有的字元</translation>
    </message>
    <message>
        <source>it is not a URL</source>
        <translation>這不是網址</translation>
    </message>
    <message>
        <source>it must look like https://host or https://host/prefix</source>
        <translation>格式必須像 https://host 或 https://host/prefix</translation>
    </message>
    <message>
        <source>it must not contain a user name, a query or a fragment</source>
        <translation>不可包含使用者名稱、查詢字串或片段</translation>
    </message>
    <message>
        <source>the port is not a number</source>
        <translation>連接埠不是數字</translation>
    </message>
    <message>
        <source>it must start with '/', like /api/v3.2</source>
        <translation>必須以「/」開頭，例如 /api/v3.2</translation>
    </message>
    <message>
        <source>header prefix</source>
        <translation>標頭前綴</translation>
    </message>
    <message>
        <source>it looks like btse- or request-</source>
        <translation>格式應像 btse- 或 request-</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>其 TLS 憑證無法驗證</translation>
    </message>
    <message>
        <source>the secure (TLS) connection failed</source>
        <translation>安全（TLS）連線失敗</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>連線被拒絕</translation>
    </message>
    <message>
        <source>the host name could not be found</source>
        <translation>找不到主機名稱</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>無法連上網路</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>連線失敗</translation>
    </message>
    <message>
        <source>what was read back differs from what was written</source>
        <translation>讀回的內容與寫入的不同</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>這不是資料夾</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>它屬於另一位使用者</translation>
    </message>
    <message>
        <source>every user may write to it</source>
        <translation>所有使用者都可以寫入它</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>The profile could not be read, so permissions are unknown.</source>
        <translation>無法讀取個人資料，因此權限不明。</translation>
    </message>
    <message>
        <source>This account is locked: nothing is allowed, whatever its KYC level. Ask BTSE support why it was locked.</source>
        <translation>此帳戶已鎖定：不論 KYC 等級，所有權限都被封鎖。請向 BTSE 客服詢問鎖定原因。</translation>
    </message>
    <message>
        <source>This account is not activated yet: the owner has to finish activating it before anything is allowed.</source>
        <translation>此帳戶尚未啟用：帳戶持有人完成啟用前，所有權限都不開放。</translation>
    </message>
    <message>
        <source>The account's status {code} is not one the API documents: check it with BTSE.</source>
        <translation>帳戶狀態 {code} 不是 API 文件記載的值：請向 BTSE 確認。</translation>
    </message>
    <message>
        <source>KYC level 0: nothing is allowed until the owner passes KYC level 1 (USDT deposit), 2 (USDT withdrawal, trading) or 3 (TWD).</source>
        <translation>KYC 等級 0：帳戶持有人通過 KYC 等級 1（存入 USDT）、2（提取 USDT、交易）或 3（TWD）之前，所有權限都不開放。</translation>
    </message>
    <message>
        <source>KYC level {level} is not in the documented rules: the badges show the server's flags, unchecked.</source>
        <translation>KYC 等級 {level} 不在文件記載的規則中：標章顯示的是未經核對的伺服器旗標。</translation>
    </message>
    <message>
        <source>signed in: unknown</source>
        <translation>登入狀態：不明</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>not signed in (isLogin false)</source>
        <translation>未登入（isLogin 為 false）</translation>
    </message>
    <message>
        <source>This key's session has expired, and signing in with it again will not help: create a new API key on the exchange and enter it here. The data from {time} is still there (Back to last data).</source>
        <translation>此金鑰的工作階段已過期，用它重新登入沒有幫助：請在交易所建立新的 API 金鑰並在此輸入。{time} 的資料仍保留著（回到上次的資料）。</translation>
    </message>
    <message>
        <source>This key's session has expired: sign in with a new API key from the exchange to see current data.</source>
        <translation>此金鑰的工作階段已過期：請以交易所的新 API 金鑰登入以查看最新資料。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>登入中…</translation>
    </message>
    <message>
        <source>{n} of the server's flags disagree with the KYC rules for level {level} (marked ⚠); the badges show the server's flags. Report it to BTSE.</source>
        <translation>伺服器有 {n} 個權限旗標與等級 {level} 的 KYC 規則不符（標示 ⚠）；標章顯示伺服器的旗標。請回報 BTSE。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>重新整理中…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>檢查中…</translation>
    </message>
    <message>
        <source>The server says this key's session has expired (it answered the profile with no data). Signing in again with the same key will not help: create a new API key on the exchange.</source>
        <translation>伺服器表示此金鑰的工作階段已過期（個人資料回應沒有資料）。用同一把金鑰重新登入沒有幫助：請在交易所建立新的 API 金鑰。</translation>
    </message>
    <message>
        <source>Showing data from {time} ({age}).</source>
        <translation>顯示的是 {time}（{age}）的資料。</translation>
    </message>
    <message>
        <source>The last refresh failed.</source>
        <translation>上次重新整理失敗。</translation>
    </message>
    <message>
        <source>{name} (not a saved profile)</source>
        <translation>{name}（不是已儲存的設定檔）</translation>
    </message>
    <message>
        <source>fetched {time} ({age})</source>
        <translation>取得於 {time}（{age}）</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通過</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通過</translation>
    </message>
    <message>
        <source>{passed}, {level}</source>
        <translation>{passed}，{level}</translation>
    </message>
    <message>
        <source>blocked (account locked)</source>
        <translation>封鎖（帳戶已鎖定）</translation>
    </message>
    <message>
        <source>not reported by the server</source>
        <translation>伺服器未回報</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允許</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>封鎖</translation>
    </message>
    <message>
        <source>server says allowed</source>
        <translation>伺服器表示允許</translation>
    </message>
    <message>
        <source>server says blocked</source>
        <translation>伺服器表示封鎖</translation>
    </message>
    <message>
        <source>[MISMATCH: {flag}; {rule}, this account is level {level}]</source>
        <translation>[不一致：{flag}；{rule}，此帳戶為等級 {level}]</translation>
    </message>
    <message>
        <source>[rule unknown: {rule}; this account's level is {level}]</source>
        <translation>[規則未知：{rule}；此帳戶為{level}]</translation>
    </message>
    <message>
        <source>KYC level</source>
        <translation>KYC 等級</translation>
    </message>
    <message>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>價差</translation>
    </message>
    <message>
        <source>{field} {value} is not a value the API documents</source>
        <translation>{field} {value} 不是 API 文件記載的值</translation>
    </message>
    <message>
        <source>{field} could not be read ({value})</source>
        <translation>無法讀取{field}（{value}）</translation>
    </message>
    <message>
        <source>{field} is missing from the answer</source>
        <translation>回應中缺少{field}</translation>
    </message>
    <message>
        <source>could not be read: {error}</source>
        <translation>無法讀取：{error}</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者帳號</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>雙重驗證</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>status {code} (unknown)</source>
        <translation>狀態 {code}（未知）</translation>
    </message>
    <message>
        <source>level {level} (not in the documented rules)</source>
        <translation>等級 {level}（不在文件記載的規則中）</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>等級 {level}</translation>
    </message>
    <message>
        <source>{spread:g}% (outside 0–100%)</source>
        <translation>{spread:g}%（超出 0–100%）</translation>
    </message>
    <message>
        <source>{vip}, spread {spread}</source>
        <translation>{vip}，價差 {spread}</translation>
    </message>
    <message>
        <source>blocked ({rule}; this account is level {level})</source>
        <translation>封鎖（{rule}；此帳戶為等級 {level}）</translation>
    </message>
    <message>
        <source>blocked (by the server; no KYC rule applies)</source>
        <translation>封鎖（由伺服器封鎖；沒有適用的 KYC 規則）</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>資料時間</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>時鐘偏差</translation>
    </message>
    <message>
        <source>server is {seconds:+.1f} s from this computer</source>
        <translation>伺服器與本機相差 {seconds:+.1f} 秒</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>btse-gui account summary</source>
        <translation>btse-gui 帳戶摘要</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>權限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Server flag mismatches</source>
        <translation>伺服器旗標不一致</translation>
    </message>
</context>
<context>
    <name>SavedAccounts</name>
    <message>
        <source>Saved accounts</source>
        <extracomment>QListWidgetItem's first user data role (Qt.ItemDataRole.UserRole, without Qt's enums).</extracomment>
        <translation>已儲存的帳戶</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Sign in with the selected account</source>
        <translation>以所選的帳戶登入</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>新增帳戶…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>新增帳戶</translation>
    </message>
    <message>
        <source>key saved</source>
        <translation>已儲存金鑰</translation>
    </message>
    <message>
        <source>no key saved</source>
        <translation>未儲存金鑰</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>登入中…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>資料為最新</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>重新整理中…</translation>
    </message>
    <message>
        <source>Showing old data</source>
        <translation>顯示的是舊資料</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>工作階段已過期</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}); nothing was changed. Try again; if it happens again, Help → Copy diagnostics gathers what support needs.</source>
        <extracomment>Set by ``aclose``: nothing new starts after it (no client outlives the loop). Accounts shown this session, by profile (id or name): switching back is instant, as long as the account is still the same one (see ``switch_profile``).</extracomment>
        <translation>發生了意外的錯誤（{kind}）；沒有任何變更。請再試一次；若再次發生，「說明 → 複製診斷資訊」會收集客服所需的資料。</translation>
    </message>
    <message>
        <source>The demo does not save profiles or keys.</source>
        <translation>示範模式不會儲存設定檔或金鑰。</translation>
    </message>
    <message>
        <source>Could not reach the API at {host}: {error}</source>
        <translation>無法連上 {host} 的 API：{error}</translation>
    </message>
    <message>
        <source>The server at {host} answered ({ms:.0f} ms).</source>
        <translation>{host} 的伺服器已回應（{ms:.0f} 毫秒）。</translation>
    </message>
    <message>
        <source>Enter a key and secret to sign in.</source>
        <translation>請輸入金鑰與密鑰以登入。</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>The key was not accepted: {reason}</source>
        <translation>金鑰未被接受：{reason}</translation>
    </message>
    <message>
        <source>The key and secret are accepted.</source>
        <translation>金鑰與密鑰已被接受。</translation>
    </message>
    <message>
        <source>The server did not say whether it is signed in.</source>
        <translation>伺服器沒有說明是否為登入狀態。</translation>
    </message>
    <message>
        <source>Signed in: yes.</source>
        <translation>登入狀態：是。</translation>
    </message>
    <message>
        <source>Signed in: no (the server says isLogin is false).</source>
        <translation>登入狀態：否（伺服器回報 isLogin 為 false）。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Working</source>
        <extracomment>Skew below this is normal network noise and is not shown.</extracomment>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Updated {time} ({age})</source>
        <translation>更新於 {time}（{age}）</translation>
    </message>
    <message>
        <source>Clock skew {seconds:+.1f} s</source>
        <translation>時鐘偏差 {seconds:+.1f} 秒</translation>
    </message>
    <message>
        <source>This computer's clock differs from the server's; requests are corrected for it automatically.</source>
        <translation>本機時鐘與伺服器不同；請求會自動校正。</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>A tone reads from its mark and words; colour only repeats it (from the palette). Shown on the sign-in form (why sign-in failed, or why to sign in again). The sign-in form offers "Back to last data" (expiry: the data is still there). Where the busy indicator shows: "login", "account" or "" (idle). The account page marks its data old (badges included), not just faded. The header: who, which profile, when fetched, signed in or not. objectName of the widget to focus when the plan is applied ('' keeps focus).</extracomment>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} 分鐘前</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} 小時前</translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Normal</source>
        <extracomment>Crypto currencies the spec lists for address creation and withdrawals.</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>未啟用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
</context>
<context>
    <name>VipPane</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>價差</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse's own words a person meets (usage, its errors, the help's headings), marked for translation. argparse looks up its ``_`` each time it speaks, so it can be given the app's translations (``speak_our_language``).</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此說明並結束</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必要的參數：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法辨識的參數：%s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（請從 %(choices)s 中選擇）</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一個值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一個值</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不可與參數 %s 同時使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必須指定參數 %s 其中之一</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了明確給定的值 %r</translation>
    </message>
</context>
</TS>