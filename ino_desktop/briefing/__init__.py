"""Briefing packs: spec → build_pack (queries → plain pack model) → render (reportlab PDF, no queries)."""
