"""Train a small HanLP RNN NER model from scratch: offline, on CPU, in seconds to minutes.

For tests, benchmarks and experiments with a tag set of one's own; the models
worth using on real pages are HanLP's pretrained ones. Needs the ``hanlp``
extra, and imports hanlp (and torch) as soon as it is imported itself.

A defect of hanlp 2.1.5 is worked around here: ``RNNTaggingModel``
(hanlp/components/taggers/rnn/rnntaggingmodel.py) builds its CRF as
``CRF(n_out, crf_constraints)``, which passes the constraints (``None``) as the
CRF's ``batch_first`` argument. The tagger feeds batch-first tensors, so the
CRF scores every sequence along the wrong axis and a model trained from
scratch learns nothing. :class:`FixedRNNNamedEntityRecognizer` sets
``batch_first=True`` on the CRF it builds; its class path is saved in the
model's ``config.json``, so ``hanlp.load()`` of the saved directory rebuilds the
fixed model as well (baokan must be installed wherever the model is loaded).

Usage::

    python -m baokan.annotators.training.hanlp_train MODEL_DIR                 # the synthetic example corpus
    python -m baokan.annotators.training.hanlp_train MODEL_DIR --trn train.tsv --dev dev.tsv
    python -m baokan.annotators.training.hanlp_train MODEL_DIR --scheme BIOES   # tags B/I/E/S/O instead of B/I/O
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple, Union

import torch
from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

#: A sentence as (character, BIO tag) pairs, tags over MSRA's NR (person), NS (place), NT (org).
Sentence = List[Tuple[str, str]]

#: Tagging schemes a model can be trained with, by the name hanlp 2.1.5 gives them in ``config.json``
#: (its RNN NER decodes only these three).
SCHEMES = {"BIO": "BIO", "BIOES": "IOBES", "IOBES": "IOBES", "BIOUL": "BIOUL"}


class FixedRNNNamedEntityRecognizer(RNNNamedEntityRecognizer):
    """hanlp's RNN NER with its CRF made batch-first (see the module docstring)."""

    def build_model(self, **kwargs) -> torch.nn.Module:
        model = super().build_model(**kwargs)
        if getattr(model, "crf", None) is not None:
            model.crf.batch_first = True  # hanlp 2.1.5 passes crf_constraints=None here
        return model


def train(
    trn: Union[str, Path],
    dev: Union[str, Path],
    save_dir: Union[str, Path],
    *,
    epochs: int = 20,
    embed: int = 100,
    rnn_hidden: int = 64,
    batch_size: int = 32,
    lr: float = 0.01,
    seed: int = 1,
    threads: Optional[int] = 1,
    scheme: str = "BIO",
) -> FixedRNNNamedEntityRecognizer:
    """Train a character BiLSTM-CRF NER model on CPU and save it to ``save_dir``.

    Args:
        trn (str | Path): Training data, TSV: ``character<TAB>tag`` per line, a blank line after each sentence.
        dev (str | Path): Development data in the same format; the best epoch on it is kept.
        save_dir (str | Path): Where the model is saved; load it with ``--hanlp-model save_dir``.
        epochs (int): At most this many passes (stops after 5 without improvement). Defaults to 20.
        embed (int): Size of the character embeddings, learnt from scratch. Defaults to 100.
        rnn_hidden (int): Hidden size of the BiLSTM. Defaults to 64.
        batch_size (int): Sentences per step. Defaults to 32.
        lr (float): Adam's learning rate. Defaults to 0.01.
        seed (int): Random seed, for repeatable models. Defaults to 1.
        threads (int, optional): torch's CPU threads for this process; ``None`` leaves torch's default.
            Defaults to 1: a model this small trains fastest on one thread, and many times
            slower when its threads compete with other processes for the cores.
        scheme (str): The tagging scheme of the data: ``BIO``, ``BIOES`` (``IOBES``) or ``BIOUL``.
            Defaults to ``BIO``. The CRF is not constrained to it, so a model trained
            briefly can emit sequences the scheme does not allow (``B-NT I-NT O``).

    RETURNS (FixedRNNNamedEntityRecognizer): The trained component.
    """
    if scheme.upper() not in SCHEMES:
        raise ValueError(f"unknown tagging scheme {scheme!r}; one of {', '.join(SCHEMES)}")
    if threads:
        torch.set_num_threads(threads)
    tagger = FixedRNNNamedEntityRecognizer()
    tagger.fit(
        str(trn),
        str(dev),
        str(save_dir),
        epochs=epochs,
        embed=embed,
        rnn_hidden=rnn_hidden,
        batch_size=batch_size,
        lr=lr,
        patience=5,
        tagging_scheme=SCHEMES[scheme.upper()],
        devices=-1,
        seed=seed,
        token_delimiter="",
        verbose=False,
    )
    return tagger


def to_scheme(sentence: Sentence, scheme: str) -> Sentence:
    """A BIO-tagged sentence retagged in ``scheme``: ``BIO``, ``BIOES`` (``IOBES``) or ``BIOUL``.

    The last character of a name becomes ``E-``/``L-``, a name of one character ``S-``/``U-``.
    """
    scheme = SCHEMES[scheme.upper()]
    if scheme == "BIO":
        return list(sentence)
    end, single = ("E", "S") if scheme == "IOBES" else ("L", "U")
    out: Sentence = []
    for k, (ch, tag) in enumerate(sentence):
        last = k + 1 == len(sentence) or not sentence[k + 1][1].startswith("I-")
        if tag.startswith("B-") and last:
            tag = f"{single}-{tag[2:]}"
        elif tag.startswith("I-") and last:
            tag = f"{end}-{tag[2:]}"
        out.append((ch, tag))
    return out


def write_tsv(sentences: Iterable[Sentence], path: Union[str, Path]) -> Path:
    """Write sentences in the TSV format :func:`train` reads."""
    path = Path(path)
    with open(path, "w", encoding="utf-8") as f:
        for sentence in sentences:
            f.writelines(f"{ch}\t{tag}\n" for ch, tag in sentence)
            f.write("\n")
    return path


# ------------------------------------------------------------- example corpus

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱江尹薛"  # noqa: E501 (a string of data)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉力斌宇浩凯鹏飞俊峰亮婷雪琳晨欣佳宁"
PROVINCES = ["浙江", "江苏", "福建", "广东", "湖南", "四川", "安徽", "江西", "山东", "河南"]
CITIES = [
    "杭州",
    "宁波",
    "温州",
    "嘉兴",
    "湖州",
    "绍兴",
    "金华",
    "衢州",
    "舟山",
    "台州",
    "丽水",
    "义乌",
    "建德",
    "南京",
    "苏州",
    "无锡",
    "福州",
    "厦门",
    "长沙",
    "成都",
    "合肥",
    "南昌",
    "济南",
    "郑州",
]
DISTRICTS = ["西湖", "上城", "拱墅", "滨江", "萧山", "余杭", "鄞州", "海曙", "鹿城", "南湖", "吴兴", "越城", "婺城"]
TOWNS = ["魏塘", "钦堂", "大溪边", "新塍", "乌镇", "西塘", "龙港", "横店", "柯桥", "店口"]
POSTS = ["书记", "副书记", "市长", "副市长", "常务副市长", "秘书长"]
POLICE_POSTS = ["局长", "政委", "副局长", "所长", "大队长", "民警"]
COURTS = ["中级人民法院", "人民检察院", "司法局", "公安局", "市场监督管理局", "发展和改革委员会"]

_SLOT = re.compile(r"\{(P|S|T|post|ppost)\}")

# Templates: {P} a person, {S} a place, {T} an organisation; the filler's tag follows the letter.
TEMPLATES = [
    "{S}省委{post}{P}在{S}调研时强调，要坚持和发展新时代“枫桥经验”。",
    "{S}市委{post}{P}主持召开会议，研究部署平安建设工作。",
    "{T}{ppost}{P}带队来到{S}，走访慰问一线干警。",
    "记者从{T}获悉，{S}警方近日破获一起电信网络诈骗案。",
    "{P}同志任{S}市人民政府{post}。",
    "{S}县{S}镇村民{P}说，如今村里的路更宽了。",
    "{T}与{T}签署合作协议，共同推进法治{S}建设。",
    "在{S}，{T}民警{P}耐心为群众讲解反诈知识。",
    "{P}、{P}等参加了{T}组织的专题培训。",
    "据{T}通报，{S}区{S}街道的案件已移送审查起诉。",
    "{S}市{S}区委{post}{P}一行到{T}检查指导工作。",
    "{T}党委书记、{ppost}{P}表示，要以高水平安全护航高质量发展。",
]


def _fill(template: str, rng: random.Random) -> Sentence:
    """One sentence from a template, each character tagged B-/I-NR, NS, NT or O."""
    out: Sentence = []
    pos = 0
    for m in _SLOT.finditer(template):
        out.extend((ch, "O") for ch in template[pos : m.start()])
        slot = m.group(1)
        if slot == "post":
            word, tag = rng.choice(POSTS), None
        elif slot == "ppost":
            word, tag = rng.choice(POLICE_POSTS), None
        elif slot == "P":
            word, tag = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))), "NR"
        elif slot == "S":
            word, tag = (
                rng.choice([rng.choice(PROVINCES), rng.choice(CITIES), rng.choice(DISTRICTS), rng.choice(TOWNS)]),
                "NS",
            )
        else:
            word, tag = rng.choice(CITIES) + rng.choice(["市", ""]) + rng.choice(COURTS), "NT"
            if rng.random() < 0.3:
                word = rng.choice(CITIES) + "市公安局" + rng.choice(DISTRICTS) + "分局"
        out.extend((ch, "O" if tag is None else f"{'B' if k == 0 else 'I'}-{tag}") for k, ch in enumerate(word))
        pos = m.end()
    out.extend((ch, "O") for ch in template[pos:])
    return out


def example_sentences(n: int, *, seed: int = 0, templates: Sequence[str] = TEMPLATES) -> List[Sentence]:
    """``n`` tagged sentences from newspaper-like templates (officials, places, police units, courts).

    Synthetic: good for a model that must learn something in seconds, not for real pages.
    """
    rng = random.Random(seed)
    return [_fill(rng.choice(templates), rng) for _ in range(n)]


def train_example(
    save_dir: Union[str, Path],
    *,
    sentences: int = 300,
    epochs: int = 8,
    seed: int = 1,
    work_dir: Optional[Union[str, Path]] = None,
    scheme: str = "BIO",
) -> Path:
    """Train the tiny example model on :func:`example_sentences` and return its directory.

    Args:
        save_dir (str | Path): Where the model is saved.
        sentences (int): Training sentences; a quarter as many more are the dev set. Defaults to 300.
        epochs (int): At most this many passes. Defaults to 8 (the dev set is learnt by about the sixth).
        seed (int): Seed for both the corpus and the training. Defaults to 1.
        work_dir (str | Path, optional): Where the TSV files go; ``save_dir`` by default.
        scheme (str): The tagging scheme, as :func:`train` takes it. Defaults to ``BIO``.
    """
    save_dir = Path(save_dir)
    work = Path(work_dir) if work_dir else save_dir
    work.mkdir(parents=True, exist_ok=True)
    trn = write_tsv((to_scheme(s, scheme) for s in example_sentences(sentences, seed=seed)), work / "train.tsv")
    dev = write_tsv(
        (to_scheme(s, scheme) for s in example_sentences(max(sentences // 4, 20), seed=seed + 1000)), work / "dev.tsv"
    )
    train(trn, dev, save_dir, epochs=epochs, seed=seed, scheme=scheme)
    return save_dir


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m baokan.annotators.training.hanlp_train", description=__doc__.split("\n")[0]
    )
    parser.add_argument("save_dir", help="where the model is saved")
    parser.add_argument("--trn", help="training TSV (character<TAB>tag); the synthetic example corpus when omitted")
    parser.add_argument("--dev", help="development TSV (needed with --trn)")
    parser.add_argument(
        "--epochs",
        type=int,
        default=None,
        help="at most this many passes (default: 8 for the example corpus, 20 with --trn)",
    )
    parser.add_argument("--sentences", type=int, default=300, help="size of the example corpus")
    parser.add_argument(
        "--scheme",
        default="BIO",
        type=str.upper,
        choices=sorted(SCHEMES),
        help="tagging scheme: of the --trn/--dev files, or for the example corpus (default: BIO)",
    )
    args = parser.parse_args(argv)
    if args.trn:
        if not args.dev:
            parser.error("--trn needs --dev")
        train(args.trn, args.dev, args.save_dir, epochs=args.epochs or 20, scheme=args.scheme)
    else:
        train_example(args.save_dir, sentences=args.sentences, epochs=args.epochs or 8, scheme=args.scheme)


if __name__ == "__main__":  # pragma: no cover
    # Run the importable module's main: a model trained by classes of ``__main__``
    # would save ``__main__.FixedRNNNamedEntityRecognizer`` as its class path.
    from baokan.annotators.training.hanlp_train import main as _main

    _main()
