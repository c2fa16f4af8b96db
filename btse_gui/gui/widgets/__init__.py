"""The window's views: they render the session's view value (``plan``) and never touch
httpx or keyring."""
