from .beta_request_document_block_param import BetaRequestDocumentBlockParam

__all__ = ["BetaBase64PDFBlockParam"]


BetaBase64PDFBlockParam = BetaRequestDocumentBlockParam
"""Older name of `BetaRequestDocumentBlockParam`, kept for compatibility."""
