"""Fact extraction from rendered text and the cross-channel comparison."""
