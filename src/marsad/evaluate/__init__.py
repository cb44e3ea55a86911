"""Scoring marsad output against hand-annotated gold (EVENTS.md section 6)."""

from marsad.evaluate.scoring import record_problem, score_documents, score_triples

__all__ = ["record_problem", "score_documents", "score_triples"]
