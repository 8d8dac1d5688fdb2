"""The consistency report: score, fact × channel matrix, findings, waivers, approvals."""
