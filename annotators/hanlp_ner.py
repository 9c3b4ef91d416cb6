"""``hanlp``: names proposed by a HanLP NER model, for the domain annotators and as entities.

Optional: it needs the ``hanlp`` extra (``pip install torch==2.13.0`` first, then
``pip install "baokan[hanlp]"``). hanlp, and with it torch, is imported only when
the model is loaded, never when this module is imported, so ``annotate`` without
``--ner hanlp`` stays as fast to start as before.

Two annotators, because the domain annotators should see the model's names
before they run, and only the names they leave should become entities after:

- ``hanlp`` assigns the ``entities.candidates`` layer: every person, place and
  organisation the model finds, as :class:`~baokan.annotators.document.NameCandidate`
  in ``doc.candidates[article_index]``. A domain annotator that wants them
  declares ``after=["entities.candidates"]`` and reads
  ``doc.candidates.get(index, ())`` (empty when hanlp did not run).
- ``hanlp_entities`` runs after the domain annotators and makes the candidates
  they did not cover visible: ``person`` and ``org`` entities, and ``place``
  entities for places outside the gazetteer, all with ``source: "hanlp"``.

The model is either a local directory, loaded offline (nothing is downloaded),
or a ``hanlp.pretrained`` identifier (or URL) that the user named, downloaded
into ``HANLP_HOME``. Without network the download fails at once with
:class:`~baokan.annotators.pipeline.ModelUnavailable` (one line), instead of
hanlp's retry loop and traceback.
"""
from __future__ import annotations

import io
import os
import re
import sys
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple
from urllib.parse import urlsplit

from baokan.annotators.document import Document, NameCandidate, add_entity
from baokan.annotators.pipeline import ModelUnavailable
from baokan.annotators.registry import Option, annotator
from baokan.schemas import Article

SOURCE = "hanlp"

#: Entity types of the usual Chinese NER tag sets, mapped to baokan's labels;
#: other types (dates, numbers …) are dropped.
LABELS: Dict[str, str] = {
    # MSRA
    "NR": "person", "NS": "place", "NT": "org",
    # PKU (People's Daily)
    "nr": "person", "ns": "place", "nt": "org",
    # OntoNotes
    "PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "org",
    # the long names of MSRA's fine-grained set (MSRA_NER_ELECTRA_SMALL_ZH)
    "LOCATION": "place", "ORGANIZATION": "org",
}

#: Which entity labels already cover a candidate of each label (any overlap counts).
COVERED_BY: Dict[str, Tuple[str, ...]] = {
    "person": ("person", "official"),
    "org": ("org", "police_unit", "slogan"),
    "place": ("place",),
}

#: Gazetteer tables whose names the ``places`` annotator judges itself.
GAZETTEERS = ("divisions", "geo_names")

# The model sees one sentence at a time, as HanLP's corpora are split; long
# sentences are cut so that a transformer model stays under its length limit.
_SENTENCE = re.compile(r"[^\n。！？!?]+[。！？!?”’」』）)]*")
MAX_TOKENS = 200

#: What to install when hanlp is missing.
INSTALL_HINT = 'pip install torch==2.13.0 && pip install "baokan[hanlp]"'


@annotator(
    "hanlp",
    version="1",
    assigns=["entities.candidates"],
    requires=["articles"],
    default=False,
    options=[Option("model", str, None, "A HanLP model directory, or a hanlp.pretrained identifier to download."),
             Option("home", str, None, "HanLP's data directory (HANLP_HOME), where identifiers are downloaded to."),
             Option("batch_size", int, 32, "Sentences per model call.")],
)
class HanlpNer:
    """Names (person, place, org) from a HanLP NER model, as candidates for the domain annotators.

    Args:
        model (str, optional): A HanLP model directory, or an identifier of
            ``hanlp.pretrained`` (such as ``MSRA_NER_ELECTRA_SMALL_ZH``) or URL to download.
        home (str, optional): HanLP's data directory (``HANLP_HOME``), where
            identifiers are downloaded to. Defaults to hanlp's own (``~/.hanlp``).
        batch_size (int): Sentences per model call. Defaults to 32.
    """

    def __init__(self, *, model: Optional[str] = None, home: Optional[str] = None, batch_size: int = 32) -> None:
        self.model = model
        self.home = home
        self.batch_size = batch_size
        self._tagger: Any = None

    def model_info(self) -> Dict[str, str]:
        """The model this annotator uses, for ``meta.models``."""
        return {SOURCE: describe(self.model)} if self.model else {}

    def preload(self) -> Any:
        """Load the model once; raise :class:`ModelUnavailable` with a one-line reason when it cannot be."""
        if self._tagger is None:
            self._tagger = load_model(self.model, home=self.home)
        return self._tagger

    def __call__(self, doc: Document) -> Document:
        tagger = self.preload()
        found = self.match(tagger, [a.text for a in doc.articles])
        for index, spans in enumerate(found):
            kept = [c for c in doc.candidates.get(index, []) if c.source != SOURCE]
            doc.candidates[index] = kept + spans
        return doc

    def match(self, tagger: Any, texts: Sequence[str]) -> List[List[NameCandidate]]:
        """The candidates of each text, from one batched model call over all their sentences."""
        chunks = [(i, positions) for i, text in enumerate(texts) for positions in chunk_positions(text)]
        out: List[List[NameCandidate]] = [[] for _ in texts]
        if not chunks:
            return out
        tokens = [[texts[i][p] for p in positions] for i, positions in chunks]
        with redirect_stdout(sys.stderr):  # stdout carries data only
            predicted = tagger(tokens, batch_size=self.batch_size)
        for (i, positions), spans in zip(chunks, predicted):
            for span in spans:
                label = LABELS.get(span[1])
                begin, end = span[2], span[3]
                if label is None or not 0 <= begin < end <= len(positions):
                    continue
                out[i].append(NameCandidate(positions[begin], positions[end - 1] + 1, label, SOURCE))
        return out


@annotator(
    "hanlp_entities",
    version="1",
    # Its place entities are not declared as a layer: ``entities.place`` here would
    # order police and officials (which run after places) after this annotator,
    # which itself must run after them: a cycle.
    assigns=["entities.person", "entities.org"],
    requires=["entities.candidates"],
    after=["entities.place", "entities.police_unit", "entities.official", "entities.slogan"],
    default=False,
)
class HanlpEntities:
    """HanLP's names that no domain annotator covered, as person, org and place entities."""

    def __call__(self, doc: Document) -> Document:
        # A place the gazetteer knows was already judged by ``places``: it found it or refused it.
        places_ran = "entities.place" in doc.layers
        for index, article in enumerate(doc.articles):
            for c in doc.candidates.get(index, ()):
                if c.source != SOURCE or covered(article, c):
                    continue
                if c.label == "place" and places_ran and in_gazetteer(article.text[c.start:c.end]):
                    continue
                add_entity(article, c.label, c.start, c.end, source=SOURCE)
        return doc


def covered(article: Article, c: NameCandidate) -> bool:
    """Whether an entity that covers candidates of this label overlaps it, or it names a byline's person."""
    labels = COVERED_BY.get(c.label, (c.label,))
    if any(e.label in labels and e.start < c.end and c.start < e.end for e in article.entities):
        return True
    if c.label == "person" and article.byline is not None:  # reporters belong to the byline
        return any(b.kind == "byline" and b.start <= c.start and c.end <= b.end for b in article.blocks)
    return False


def in_gazetteer(name: str) -> bool:
    """Whether ``name`` is a form in the divisions or geo_names gazetteer."""
    from baokan.annotators.lexicon import lexicon

    return any(table in GAZETTEERS for table, _ in lexicon().lookup(name))


def chunk_positions(text: str) -> Iterator[List[int]]:
    """Code-point positions of the non-space characters of each sentence, at most MAX_TOKENS at a time.

    The model gets one character per token; spaces are left out because
    tokenisers drop them, and the positions map its spans back to ``text``.
    """
    for m in _SENTENCE.finditer(text):
        positions = [m.start() + k for k, ch in enumerate(m.group()) if not ch.isspace()]
        for at in range(0, len(positions), MAX_TOKENS):
            if positions[at:at + MAX_TOKENS]:
                yield positions[at:at + MAX_TOKENS]


def describe(model: str) -> str:
    """How ``meta.models`` names a model: a directory by its absolute path, an identifier as given."""
    path = Path(model).expanduser()
    return str(path.resolve()) if path.is_dir() else model


def _looks_like_path(model: str) -> bool:
    return os.sep in model or bool(os.altsep and os.altsep in model) or model.startswith((".", "~"))


def load_model(model: Optional[str], *, home: Optional[str] = None) -> Any:
    """Load a HanLP NER model: a directory offline, an identifier or URL by downloading it.

    Args:
        model (str): A model directory, a ``hanlp.pretrained`` identifier, or a URL.
        home (str, optional): Set as ``HANLP_HOME`` before hanlp is imported (hanlp
            reads it once, at import).

    RETURNS (Any): The HanLP component; call it with a batch of token lists.

    Raises:
        ModelUnavailable: hanlp is not installed, the model is not found, or it
            must be downloaded and the network cannot be reached.
    """
    if not model:
        raise ModelUnavailable("hanlp: no model given: use --hanlp-model ID_OR_PATH (a HanLP model directory "
                               "or a hanlp.pretrained identifier such as MSRA_NER_ELECTRA_SMALL_ZH)")
    if home:
        os.environ["HANLP_HOME"] = str(Path(home).expanduser())
    local = Path(model).expanduser()
    if not local.is_dir() and _looks_like_path(model) and not model.startswith(("http:", "https:")):
        raise ModelUnavailable(f"hanlp model {model}: no such directory")
    try:
        import hanlp
    except ImportError as e:
        raise ModelUnavailable(f"hanlp is not installed ({e}); install the extra: {INSTALL_HINT}") from None
    if local.is_dir():
        if not any((local / name).is_file() for name in ("config.json", "meta.json")):
            raise ModelUnavailable(f"hanlp model {model}: not a HanLP model directory (no config.json)")
        target, allow_download = str(local), False
    else:
        target = hanlp.pretrained.ALL.get(model, model)
        if not target.startswith(("http:", "https:")):
            ner = sorted(k for k in hanlp.pretrained.ALL if "NER" in k)
            raise ModelUnavailable(f"hanlp model {model!r} is neither a directory nor a hanlp.pretrained "
                                   f"identifier (NER ones: {', '.join(ner)})")
        allow_download = True
    chatter = io.StringIO()  # hanlp prints hints on failure; the user gets one line instead
    try:
        with _guard_downloads(model, allow_download), redirect_stdout(chatter), redirect_stderr(chatter):
            tagger = hanlp.load(target, verbose=False)
    except ModelUnavailable:
        raise
    except Exception as e:
        # hanlp 2.1.5's error handler imports pkg_resources, which setuptools >= 81 no longer
        # ships: the ModuleNotFoundError hides the real error, which is its context.
        while isinstance(e, ModuleNotFoundError) and e.name == "pkg_resources" and e.__context__ is not None:
            e = e.__context__  # type: ignore[assignment]
        reason = (str(e).strip().splitlines() or [""])[0]
        raise ModelUnavailable(f"hanlp model {model}: cannot load it: {type(e).__name__}: {reason}") from None
    sys.stderr.write(chatter.getvalue())  # warnings of a successful load still reach stderr
    return tagger


@contextmanager
def _guard_downloads(model: str, allow: bool) -> Iterator[None]:
    """Route hanlp's downloads through a check: none for a local model, a fast failure without network.

    hanlp's downloader retries a refused connection for about half a minute and
    then prints a long hint; a quick TCP connect to the host (or the proxy)
    answers the same question in at most a few seconds.
    """
    from hanlp.utils import io_util

    original = io_util.download

    def download(url: str, *args: Any, **kwargs: Any) -> Any:
        if not allow:
            raise ModelUnavailable(f"hanlp model directory {model} needs {url.split('#')[0]}, which is not in "
                                   f"HANLP_HOME; nothing is downloaded for a local model")
        _check_reachable(model, url)
        return original(url, *args, **kwargs)

    io_util.download = download  # get_resource() looks it up in io_util's globals at call time
    try:
        yield
    finally:
        io_util.download = original


def _check_reachable(model: str, url: str, timeout: float = 5.0) -> None:
    """Raise :class:`ModelUnavailable` unless a TCP connection to the URL's host (or its proxy) opens."""
    import socket
    import urllib.request

    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if proxy and not urllib.request.proxy_bypass(host):
        p = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        host, port = p.hostname or host, p.port or 80
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as e:
        why = getattr(e, "strerror", None) or str(e) or type(e).__name__
        raise ModelUnavailable(f"hanlp model {model} must be downloaded from {parts.scheme}://{parts.netloc}, "
                               f"but {host}:{port} cannot be reached ({why}); connect to the network or give a "
                               f"model directory with --hanlp-model PATH") from None
