"""Which annotators run, with which options: ``--annotators``, ``--set`` and ``--ner`` → a Pipeline."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, Dict, List, Optional

from baokan.cli.app import ModelError, UsageError


class Ner(str, Enum):
    hanlp = "hanlp"


def list_annotators() -> List[dict]:
    """The registered annotators' metadata, as ``baokan annotators`` prints it."""
    from baokan.annotators.registry import available

    return [cls.meta.to_dict() for cls in available().values()]


def build_pipeline(names: Optional[List[str]], config: Optional[dict] = None):
    """The pipeline of ``names`` (the default set when None), its models loaded; bad names are usage errors."""
    from baokan.annotators.pipeline import ModelUnavailable, Pipeline

    try:
        pipeline = Pipeline(names, config=config)
    except (KeyError, ValueError) as e:
        raise UsageError(f"--annotators: {e.args[0] if e.args else e}") from None
    except TypeError as e:  # a --set key the annotator does not take
        raise UsageError(f"--set: {e}") from None
    try:  # load models before any input: a missing one is one error, not one per document
        for _, component in pipeline.annotators:
            if callable(getattr(component, "preload", None)):
                component.preload()
    except ModelUnavailable as e:
        raise ModelError(str(e)) from None
    return pipeline


def parse_settings(values: Optional[List[str]]) -> Dict[str, Dict[str, Any]]:
    """``--set places.use_crf=false`` → ``{"places": {"use_crf": False}}``; values are JSON, else strings."""
    import orjson

    out: Dict[str, Dict[str, Any]] = {}
    for item in values or []:
        key, eq, raw = item.partition("=")
        name, dot, option = key.strip().partition(".")
        if not (eq and dot and name and option):
            raise UsageError(f"--set: expected ANNOTATOR.OPTION=VALUE, not {item!r}")
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            value = raw
        out.setdefault(name, {})[option] = value
    return out


def merge_config(*configs: Optional[Dict[str, Dict[str, Any]]]) -> Dict[str, Dict[str, Any]]:
    """Per-annotator options merged left to right."""
    merged: Dict[str, Dict[str, Any]] = {}
    for config in configs:
        for name, options in (config or {}).items():
            merged.setdefault(name, {}).update(options)
    return merged


def ner_selection(names: Optional[List[str]], ner: Optional[Ner], *, model: Optional[str], home: Optional[Path],
                  jobs: int, dask: Optional[str]):
    """``--ner hanlp``: add the backend's annotators (candidates, then leftover entities) and their config."""
    if ner is not None:
        from baokan.annotators.registry import default_names

        names = list(names if names is not None else default_names()) + ["hanlp", "hanlp_entities"]
    if names is None or "hanlp" not in names:
        if model or home:
            raise UsageError("--hanlp-model and --hanlp-home go with --ner hanlp")
        return names, None
    if not model:
        raise UsageError("--ner hanlp needs --hanlp-model ID_OR_PATH: a HanLP model directory, "
                         "or a hanlp.pretrained identifier such as MSRA_NER_ELECTRA_SMALL_ZH")
    if jobs > 1 or dask:
        raise UsageError("--ner hanlp runs in this process only: drop --jobs and --dask")
    return names, {"hanlp": {"model": model, "home": str(home) if home else None}}
