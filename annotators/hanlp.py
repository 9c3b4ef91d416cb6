"""``hanlp``: names proposed by a HanLP NER model, for the domain annotators and as entities.

Optional: it needs the ``hanlp`` extra (``pip install torch==2.13.0`` first, then
``pip install "baokan[hanlp]"``). hanlp, and with it torch, is imported only when
the model is loaded, never when this module is imported, so ``annotate`` without
``--ner hanlp`` stays as fast to start as before.

Two annotators, because the domain annotators should see the model's names
before they run, and only the names they leave should become entities after:

- ``hanlp`` assigns the ``entities.candidates`` layer: every person, place and
  organisation the model finds, as :class:`~baokan.annotators.core.document.NameCandidate`
  in ``doc.candidates[article_index]``. A domain annotator that wants them
  declares ``after=["entities.candidates"]`` and reads
  ``doc.candidates.get(index, ())`` (empty when hanlp did not run).
- ``hanlp_entities`` (:mod:`baokan.annotators.hanlp_entities`) runs after the domain annotators and makes the candidates
  they did not cover visible: ``person`` and ``org`` entities, and ``place``
  entities for places outside the gazetteer, all with ``source: "hanlp"``.

The model's tags are decoded here, leniently, not by hanlp: hanlp 2.1.5's
decoders raise on the ill-formed sequences a small or under-trained CRF emits
(``B-NT I-NT O``), and one odd sentence must not lose a page. A sentence the model
itself fails on gets no candidates; the page gets one warning line saying how many.

The model is either a local directory, loaded offline (nothing is downloaded),
or a ``hanlp.pretrained`` identifier (or URL) that the user named, downloaded
into ``HANLP_HOME``. Without network the download fails at once with
:class:`~baokan.annotators.core.errors.ModelUnavailable` (one line), instead of
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

import msgspec

from baokan.annotators.core.document import Document, NameCandidate
from baokan.annotators.core.errors import ModelUnavailable, Warnings
from baokan.annotators.core.registry import Option, annotator

SOURCE = "hanlp"

#: Entity types of the usual Chinese NER tag sets, mapped to baokan's labels;
#: other types (dates, numbers …) are dropped.
LABELS: Dict[str, str] = {
    # MSRA
    "NR": "person",
    "NS": "place",
    "NT": "org",
    # PKU (People's Daily)
    "nr": "person",
    "ns": "place",
    "nt": "org",
    # OntoNotes
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "ORG": "org",
    # the long names of MSRA's fine-grained set (MSRA_NER_ELECTRA_SMALL_ZH)
    "LOCATION": "place",
    "ORGANIZATION": "org",
}


# The model sees one sentence at a time, as HanLP's corpora are split; long
# sentences are cut so that a transformer model stays under its length limit.
_SENTENCE = re.compile(r"[^\n。！？!?]+[。！？!?”’」』）)]*")
MAX_TOKENS = 200

#: A name the model proposes: (its type, first token, end token), the end exclusive.
Span = Tuple[str, int, int]

#: What to install when hanlp is missing.
INSTALL_HINT = 'pip install torch==2.13.0 && pip install "baokan[hanlp]"'


class Failures(msgspec.Struct):
    """The errors of the sentences a model failed on, one each, and how many sentences it was given."""

    sentences: int
    errors: List[Exception] = msgspec.field(default_factory=list)


@annotator(
    "hanlp",
    version="1",
    assigns=["entities.candidates"],
    requires=["articles"],
    default=False,
    options=[
        Option("model", str, None, "A HanLP model directory, or a hanlp.pretrained identifier to download."),
        Option("home", str, None, "HanLP's data directory (HANLP_HOME), where identifiers are downloaded to."),
        Option("batch_size", int, 32, "Sentences per model call."),
    ],
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
        # the page's articles in one go: the model is fastest on many sentences per call
        found, failures = self.match_texts(self.preload(), [a.text for a in doc.articles])
        self.warn(doc, failures)
        for index, spans in enumerate(found):
            self.set_annotations(doc, index, spans)
        return doc

    def match(self, doc: Document, index: int) -> List[NameCandidate]:
        """The candidates of article ``index`` (:meth:`__call__` asks for all the page's at once)."""
        found, failures = self.match_texts(self.preload(), [doc.articles[index].text])
        self.warn(doc, failures)
        return found[0]

    def set_annotations(self, doc: Document, index: int, found: List[NameCandidate]) -> None:
        """The article's candidates from this model are ``found``; other sources' stay."""
        kept = [c for c in doc.candidates.get(index, []) if c.source != SOURCE]
        doc.candidates[index] = kept + found

    @staticmethod
    def warn(doc: Document, failures: Failures) -> None:
        if failures.errors:  # one line for the page, however many sentences failed
            warning = Warnings.W002.format(
                failed=len(failures.errors), total=failures.sentences, doc=doc.doc, error=_one_line(failures.errors[0])
            )
            print(f"baokan: warning: {warning}", file=sys.stderr, flush=True)

    def match_texts(self, tagger: Any, texts: Sequence[str]) -> Tuple[List[List[NameCandidate]], Failures]:
        """The candidates of each text, from batched model calls over all their sentences.

        RETURNS (tuple): The candidates of each text, and the errors of the sentences the
            model failed on (those have no candidates).

        Raises:
            Exception: The model failed on every sentence: it is broken, not the text.
        """
        chunks = [(i, positions) for i, text in enumerate(texts) for positions in chunk_positions(text)]
        out: List[List[NameCandidate]] = [[] for _ in texts]
        failures = Failures(sentences=len(chunks))
        if not chunks:
            return out, failures
        tokens = [[texts[i][p] for p in positions] for i, positions in chunks]
        predicted: List[List[Span]] = []
        with redirect_stdout(sys.stderr):  # stdout carries data only
            for at in range(0, len(tokens), self.batch_size):
                predicted += _predict_each(tagger, tokens[at : at + self.batch_size], self.batch_size, failures)
        if len(failures.errors) == len(chunks):
            raise failures.errors[0]
        for (i, positions), spans in zip(chunks, predicted):
            for kind, begin, end in spans:
                label = LABELS.get(kind)
                if label is None or not 0 <= begin < end <= len(positions):
                    continue
                out[i].append(NameCandidate(positions[begin], positions[end - 1] + 1, label, SOURCE))
        return out, failures


def _one_line(err: Exception) -> str:
    """An error as one short line, for the warning (hanlp's messages can hold whole tag sequences)."""
    return f"{type(err).__name__}: {(str(err).strip().splitlines() or [''])[0][:200]}"


def _predict_each(tagger: Any, batch: List[List[str]], batch_size: int, failures: Failures) -> List[List[Span]]:
    """The spans of each sentence of ``batch``; ``[]`` for those the model fails on, whose errors go to ``failures``.

    The batch is tried whole; only when it fails is each sentence tried alone, to
    find the ones at fault.
    """
    try:
        return _predict(tagger, batch, batch_size)
    except Exception:
        pass  # some sentence of the batch: find which, one at a time
    out: List[List[Span]] = []
    for sentence in batch:
        try:
            out += _predict(tagger, [sentence], batch_size)
        except Exception as e:
            out.append([])
            failures.errors.append(e)
    return out


def _predict(tagger: Any, batch: List[List[str]], batch_size: int) -> List[List[Span]]:
    """The spans of each sentence: from the model's raw tags for a hanlp tagger, else from what it returns."""
    if _is_hanlp_tagger(tagger):
        return [_decode_tags(tags) for tags in _raw_tags(tagger, batch, batch_size)]
    # Another component (a TensorFlow or multi-task one) decodes its own tags: (text, type, start, end).
    predicted = tagger(batch, batch_size=batch_size)
    if len(predicted) != len(batch):  # zipped with the sentences, a short answer would shift every span
        raise ValueError(f"the model answered {len(predicted)} sentences for {len(batch)}")
    return [[(span[1], span[2], span[3]) for span in spans] for spans in predicted]


def _is_hanlp_tagger(tagger: Any) -> bool:
    """Whether ``tagger`` is one of hanlp's PyTorch taggers (RNN or transformer NER), whose raw tags we can read."""
    module = sys.modules.get("hanlp.components.taggers.tagger")  # not imported: not a hanlp tagger
    return module is not None and isinstance(tagger, module.Tagger)


def _raw_tags(tagger: Any, batch: List[List[str]], batch_size: int) -> List[List[str]]:
    """The tag of each token, as hanlp 2.1.5's ``Tagger.predict_data`` computes it before any NER decoding.

    ``RNNNamedEntityRecognizer.predict_data`` and ``TransformerNamedEntityRecognizer.decode_output``
    turn these tags into spans with decoders that raise on ill-formed sequences (or, for the
    transformer, drop what they cannot read); the base class's methods stop at the tags.
    """
    import torch
    from hanlp.components.taggers.tagger import Tagger
    from hanlp_common.constant import IDX
    from hanlp_common.util import reorder

    # The options hanlp's own __call__ hands to build_samples and build_dataloader: the model's config.
    options = {k: v for k, v in tagger.config.items() if k not in ("batch_size", "sampler_builder")}
    samples = tagger.build_samples(batch, **options)
    loader = tagger.build_dataloader(
        samples, batch_size, False, tagger.device, sampler_builder=tagger.config.get("sampler_builder"), **options
    )
    vocab = tagger.vocabs["tag"].idx_to_token
    tags: List[List[str]] = []
    order: List[int] = []
    with torch.no_grad():
        for b in loader:
            out, mask = tagger.feed_batch(b)
            ids = Tagger.decode_output(tagger, out, mask, b)  # the CRF's best path, or each token's argmax
            tags.extend(Tagger.prediction_to_human(tagger, ids, vocab, b))
            order.extend(b[IDX])
    return reorder(tags, order)


def _split_tag(tag: str) -> Tuple[str, str]:
    """A tag's position letter and entity type: ``"B-NR"`` → ``("B", "NR")``; ``("O", "")`` for any other tag."""
    if tag and tag[0] in _POSITIONS and tag[1:2] in ("", "-"):
        return tag[0], tag[2:]
    return "O", ""


#: The position letters of the usual schemes: BIO and IOB1; BIOES/IOBES (E end, S single);
#: BIOUL (L last, U unit); BMES (M middle). One reading serves them all.
_POSITIONS = "BIMELSU"
_CONTINUES = "IMEL"
_ENDS = "ELSU"


def _decode_tags(tags: Sequence[str]) -> List[Span]:
    """The spans of a tag sequence of any usual scheme, read leniently: never an error.

    A well-formed sequence decodes as hanlp's strict decoders read it. In an ill-formed
    one, a B/I run without its end tag is a span up to where the run stops; an I/M/E/L
    that continues no open span of its type (an orphan) starts a span; a tag of no
    scheme (``<pad>``, ``""``) counts as ``O``. Spans never overlap.

    Args:
        tags (Sequence[str]): One tag per token, such as ``["B-NR", "E-NR", "O"]``.

    RETURNS (List[Span]): ``(type, start, end)`` of each span, in order, ``end`` exclusive.
    """
    spans: List[Span] = []
    kind: Optional[str] = None  # the type of the open span, if any
    start = 0
    for k, tag in enumerate(tags):
        position, label = _split_tag(tag)
        continues = kind is not None and position in _CONTINUES and label == kind
        if kind is not None and not continues:
            spans.append((kind, start, k))
            kind = None
        if position == "O":
            continue
        if not continues:
            kind, start = label, k
        if position in _ENDS:
            spans.append((label, start, k + 1))
            kind = None
    if kind is not None:
        spans.append((kind, start, len(tags)))
    return spans


def chunk_positions(text: str) -> Iterator[List[int]]:
    """Code-point positions of the non-space characters of each sentence, at most MAX_TOKENS at a time.

    The model gets one character per token; spaces are left out because
    tokenisers drop them, and the positions map its spans back to ``text``.
    """
    for m in _SENTENCE.finditer(text):
        positions = [m.start() + k for k, ch in enumerate(m.group()) if not ch.isspace()]
        for at in range(0, len(positions), MAX_TOKENS):
            if positions[at : at + MAX_TOKENS]:
                yield positions[at : at + MAX_TOKENS]


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
        raise ModelUnavailable(
            "hanlp: no model given: use --hanlp-model ID_OR_PATH (a HanLP model directory "
            "or a hanlp.pretrained identifier such as MSRA_NER_ELECTRA_SMALL_ZH)"
        )
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
            raise ModelUnavailable(
                f"hanlp model {model!r} is neither a directory nor a hanlp.pretrained "
                f"identifier (NER ones: {', '.join(ner)})"
            )
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
            raise ModelUnavailable(
                f"hanlp model directory {model} needs {url.split('#')[0]}, which is not in "
                f"HANLP_HOME; nothing is downloaded for a local model"
            )
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
        raise ModelUnavailable(
            f"hanlp model {model} must be downloaded from {parts.scheme}://{parts.netloc}, "
            f"but {host}:{port} cannot be reached ({why}); connect to the network or give a "
            f"model directory with --hanlp-model PATH"
        ) from None
