"""One catalogue of the messages baokan raises, each with a code (after spaCy's errors.py)."""


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
    W002 = ("The hanlp model failed on {failed} of {total} sentences of {doc!r}; they have no hanlp "
            "candidates (first error: {error}).")
