"""The desktop studio: the only package that imports PySide6."""
