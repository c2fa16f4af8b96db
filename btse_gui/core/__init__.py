"""The app's logic in plain Python and asyncio, no Qt: the session and its view value,
lookups of many accounts, the accounts overview's rows, reports, the log."""
