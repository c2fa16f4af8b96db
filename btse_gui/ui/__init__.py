"""Widgets. They know the session and the models, never HTTP or the keychain."""
