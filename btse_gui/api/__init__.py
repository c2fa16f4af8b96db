"""The BTSE account API: signing, the async client, response models and errors.

Nothing in this package imports Qt: it is shared by the window, the command line
and the sandbox's tests.
"""
