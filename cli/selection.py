"""Which annotators run, with which options: ``--annotators``, ``--set`` and ``--ner`` → a Pipeline."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence

from baokan.cli.common import ModelError, UsageError, err

if TYPE_CHECKING:
    from baokan.annotators.core.registry import Option


class Ner(str, Enum):
    hanlp = "hanlp"
    crf = "crf"


def list_annotators() -> List[dict]:
    """The registered annotators' metadata, as ``baokan annotators`` prints it."""
    from baokan.annotators.core.registry import available

    return [cls.meta.to_dict() for cls in available().values()]


#: Layers under ``entities.`` that hold no entities of their own (names for the domain annotators).
NOT_LABELS = {"candidates"}


def known_labels() -> List[str]:
    """The entity labels the registered annotators assign (``entities.LABEL``)."""
    from baokan.annotators.core.registry import available

    found = {
        layer.split(".", 1)[1]
        for cls in available().values()
        for layer in cls.meta.assigns
        if layer.startswith("entities.")
    }
    return sorted(found - NOT_LABELS)


def check_labels(labels: Optional[Sequence[str]], option: str, *, also: Sequence[str] = ()) -> None:
    """Refuse a label no annotator assigns (a typo would give empty output), naming the valid ones.

    Args:
        labels (Sequence[str], optional): The labels asked for; None or empty asks for all.
        option (str): The option they came from, for the message.
        also (Sequence[str]): More labels that are valid here (a gold file's own).
    """
    import difflib

    valid = sorted(set(known_labels()) | set(also))
    for label in labels or ():
        if label not in valid:
            near = difflib.get_close_matches(label, valid, n=1)
            hint = f"did you mean {near[0]!r}? " if near else ""
            raise UsageError(f"{option}: no label {label!r}; {hint}the labels are {', '.join(valid)}")


def build_pipeline(names: Optional[List[str]], config: Optional[dict] = None):
    """The pipeline of ``names`` (the default set when None), its models loaded; bad names are usage errors."""
    from baokan.annotators.core.pipeline import ModelUnavailable, Pipeline

    try:
        pipeline = Pipeline(names, config=config)
    except (KeyError, ValueError) as e:
        raise UsageError(f"--annotators: {e.args[0] if e.args else e}") from None
    except TypeError as e:  # a --set key the annotator does not take
        raise UsageError(f"--set: {e}") from None
    note_fallback(pipeline, names)
    try:  # load models before any input: a missing one is one error, not one per document
        for _, component in pipeline.annotators:
            if callable(getattr(component, "preload", None)):
                component.preload()
    except ModelUnavailable as e:
        raise ModelError(str(e)) from None
    return pipeline


#: How ``--set`` spells booleans, any case.
TRUE, FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


def note_fallback(pipeline, names: Optional[Sequence[str]]) -> None:
    """Say on stderr when the page is laid out as paragraphs because no selected annotator splits it into articles."""
    from baokan.annotators.core.pipeline import FALLBACK_LAYOUT

    if names is not None and FALLBACK_LAYOUT in pipeline.names and FALLBACK_LAYOUT not in names:
        err(
            f"note: no annotator in --annotators splits the page into articles, so it is one article of its "
            f"lines ({FALLBACK_LAYOUT}); add segment for articles and headlines, or {FALLBACK_LAYOUT} to say so"
        )


def parse_settings(
    values: Optional[Sequence[str]], *, selected: Optional[Sequence[str]] = None
) -> Dict[str, Dict[str, Any]]:
    """``--set places.use_crf=false`` → ``{"places": {"use_crf": False}}``, checked against the declared options.

    Args:
        values (Sequence[str], optional): The ``--set`` values, ``ANNOTATOR.OPTION=VALUE`` each.
        selected (Sequence[str], optional): The annotators that run (the default set when None):
            an option of any other is refused rather than ignored.

    Raises:
        UsageError: An unknown annotator or option, a value of the wrong type, or an
            annotator that does not run; the message names the valid choices.
    """
    if not values:
        return {}
    from baokan.annotators.core.registry import available, default_names

    classes = available()
    running = set(selected if selected is not None else default_names())
    out: Dict[str, Dict[str, Any]] = {}
    for item in values:
        key, eq, raw = item.partition("=")
        key = key.strip()
        name, dot, option = key.partition(".")
        if not (eq and dot and name and option):
            raise UsageError(f"--set: expected ANNOTATOR.OPTION=VALUE, not {item!r}")
        cls = classes.get(name)
        if cls is None:
            having = [
                f"{n} ({', '.join(o.name for o in c.meta.options)})" for n, c in classes.items() if c.meta.options
            ]
            raise UsageError(f"--set {key}: no annotator {name!r}; annotators with options: {'; '.join(having)}")
        declared = {o.name: o for o in cls.meta.options}
        if option not in declared:
            valid = f"its options: {', '.join(declared)}" if declared else "it has no options"
            raise UsageError(f"--set {key}: {name} has no option {option!r}; {valid}")
        try:
            value = convert(declared[option], raw)
        except ValueError as e:
            raise UsageError(f"--set {key}={raw}: {e}") from None
        if name not in running:
            how = "give --ner hanlp" if name.startswith("hanlp") else f"add {name} to --annotators"
            raise UsageError(f"--set {key}: {name} does not run (only {', '.join(sorted(running))}); {how}")
        out.setdefault(name, {})[option] = value
    return out


def convert(option: Option, raw: str) -> Any:
    """A ``--set`` value as the option's type; ValueError names the option and what it takes.

    A pair of quotes around the value is dropped; ``none``, ``null`` or nothing
    give None where the default is None.
    """
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1]
    if option.default is None and text.lower() in ("", "none", "null"):
        return None
    kind = option.type
    if kind is bool:
        if text.lower() in TRUE or text.lower() in FALSE:
            return text.lower() in TRUE
        raise ValueError(f"{option.name} is a boolean: {'/'.join(TRUE)} or {'/'.join(FALSE)} (any case)")
    if kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            what = "an integer" if kind is int else "a number"
            also = ", or none" if option.default is None else f" (default {option.default})"
            raise ValueError(f"{option.name} takes {what}{also}") from None
    if kind is str:
        return text
    import orjson  # a plugin's option of another type (list, dict): JSON of that type

    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        value = None
    if not isinstance(value, kind):
        raise ValueError(f"{option.name} takes JSON of type {kind.__name__}")
    return value


def merge_config(*configs: Optional[Dict[str, Dict[str, Any]]]) -> Dict[str, Dict[str, Any]]:
    """Per-annotator options merged left to right."""
    merged: Dict[str, Dict[str, Any]] = {}
    for config in configs:
        for name, options in (config or {}).items():
            merged.setdefault(name, {}).update(options)
    return merged


def parse_jobs(value: str) -> int:
    """``--jobs N`` or ``--jobs auto`` (one worker per core this process may use)."""
    if value.strip().lower() == "auto":
        import os

        cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else range(os.cpu_count() or 1)
        return max(1, len(cores))
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise UsageError(f"--jobs takes a number of workers (1 or more) or 'auto', not {value!r}")
    return jobs


def ner_selection(
    names: Optional[List[str]],
    ner: Optional[Ner],
    *,
    model: Optional[str],
    home: Optional[Path],
    jobs: int,
    dask: Optional[str],
):
    """``--ner hanlp``: add the backend's annotators (candidates, then leftover entities) and their config.
    ``--ner crf``: the places annotator's character CRF (off by default: on real pages it cost
    precision and found nothing the tables missed, at about 40% of the time)."""
    if ner is Ner.crf:
        if model or home:
            raise UsageError("--hanlp-model and --hanlp-home go with --ner hanlp")
        return names, {"places": {"use_crf": True}}
    if ner is not None:
        from baokan.annotators.core.registry import default_names

        names = list(names if names is not None else default_names()) + ["hanlp", "hanlp_entities"]
    if names is None or "hanlp" not in names:
        if model or home:
            raise UsageError("--hanlp-model and --hanlp-home go with --ner hanlp")
        return names, None
    if not model:
        raise UsageError(
            "--ner hanlp needs --hanlp-model ID_OR_PATH: a HanLP model directory, "
            "or a hanlp.pretrained identifier such as MSRA_NER_ELECTRA_SMALL_ZH"
        )
    if jobs != 1 or dask:
        raise UsageError("--ner hanlp runs in this process only: drop --jobs and --dask")
    return names, {"hanlp": {"model": model, "home": str(home) if home else None}}
