"""A faithful local server for the API reference, with demo accounts and faults.

Used in-process (``httpx.ASGITransport``) for the demo, under uvicorn on 127.0.0.1 for
tests and ``btse-gui sandbox``, and as the contract the client is tested against.
Import from the submodules — ``accounts`` (light), ``app`` (plain ASGI), ``server``
(uvicorn) — so each user pays only for what it uses.
"""
