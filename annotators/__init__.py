"""The work of baokan: the annotators, and the machinery that runs them.

Each module here defines one annotator (``segment``, ``paragraphs``, ``places``,
``police``, ``officials``, ``slogans``, ``hanlp``), and each has an entry point in the
group ``baokan.annotators``; third-party annotators register the same way. The
sub-packages hold the rest: ``core`` the machinery (registry, pipeline, document,
errors: all a plugin author reads, starting with its docstring), ``language`` the
Chinese-language helpers the annotators share, ``evaluation`` the scorer of
``baokan eval``, ``training`` the scripts that build the shipped data and models,
and ``data`` the lexicon tables.
"""

from baokan.annotators.core import pure

pure.install()  # before any compiled module is imported: BAOKAN_PURE_PYTHON=1 runs the sources

from baokan.annotators.core.document import Document  # noqa: E402
from baokan.annotators.core.pipeline import Pipeline  # noqa: E402
from baokan.annotators.core.registry import AnnotatorMeta, annotator, available  # noqa: E402

__all__ = ["Document", "Pipeline", "AnnotatorMeta", "annotator", "available"]
