"""Review: status workflow, sign-off, waivers and the audit log (stored by the repository)."""
