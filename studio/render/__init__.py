"""Rendering: one campaign into every channel (templates, channel specs, text metrics)."""
