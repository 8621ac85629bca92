"""Extraction: documents -> claims (issue 4).

``extract_document(doc)`` runs the staged pipeline (relevance, segmentation, mentions, treaties,
triggers, arguments, dates, quantities, modality, merging) and returns the document's claims.
"""

from minewatch.extract.pipeline import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract_document

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "extract_document"]
