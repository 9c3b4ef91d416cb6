"""One catalogue of what baokan raises: its exception types and its messages, each message with a
code (after spaCy's errors.py).

The exceptions an annotator or a caller of the pipeline meets are all here:
:class:`AnnotatorError` (an annotator failed on one document) and :class:`ModelUnavailable`
(a model cannot be loaded). Bad arguments raise the built-in ``ValueError``/``KeyError`` with
a message of :class:`Errors`.
"""


class AnnotatorError(RuntimeError):
    """An annotator failed on one document (message :attr:`Errors.E010`)."""


class ModelUnavailable(RuntimeError):
    """A model an annotator needs cannot be loaded (not installed, not found, or no network to download it)."""


class ErrorsWithCodes(type):
    def __getattribute__(self, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    E001 = "Unknown annotator {name!r}. Available: {available}."
    E002 = "Annotator name {name!r} is not valid: use lower-case letters, digits and '_' (no '.')."
    E003 = "Annotator {name!r} is already registered by {existing}; a different class cannot take the name."
    E004 = "Annotator {name!r} requires the layer {layer!r}, which no selected annotator assigns{hint}."
    E005 = "Annotators {names} require each other's layers (a cycle); remove one of them."
    E006 = "Annotator {name!r} returned {got!r} instead of the Document it was given."
    E007 = "Annotator {name!r} made an entity whose offsets do not slice its text: {detail}."
    E008 = "The entry point {entry!r} of distribution {dist!r} could not be loaded: {error}."
    E009 = "The lexicon table {name!r} is malformed at line {line}: {detail}."
    E010 = "Annotator {name!r} failed on {doc!r}: {error}"


class Warnings(metaclass=ErrorsWithCodes):
    W001 = "The lexicon table {name!r} is not installed; annotators that use it will find less."
    W002 = (
        "The hanlp model failed on {failed} of {total} sentences of {doc!r}; they have no hanlp "
        "candidates (first error: {error})."
    )
