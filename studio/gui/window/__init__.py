"""The main window's layers (see :mod:`studio.gui.window.base`)."""
