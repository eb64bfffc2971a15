"""Presenting: numbers as Vietnamese reports print them, sentences, charts and the briefing,
rendered as HTML, PDF and Word.

Nothing here computes a statistic: every number comes computed from `analysis.compute`.
"""
