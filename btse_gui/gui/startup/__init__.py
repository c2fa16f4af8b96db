"""The window's start, in the order a person sees it (``sequence``)."""
