"""The work of baokan: the pipeline, the annotator registry and the annotators.

An annotator is one module here plus one entry point in the group
``baokan.annotators``; third-party annotators register the same way.
"""
from baokan.annotators.core.document import Document
from baokan.annotators.core.pipeline import Pipeline
from baokan.annotators.core.registry import AnnotatorMeta, annotator, available

__all__ = ["Document", "Pipeline", "AnnotatorMeta", "annotator", "available"]
