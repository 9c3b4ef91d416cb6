"""Property tests: whatever the text, every block and entity offset slices the article text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baokan.annotators.core.document import Document
from baokan.annotators.core.pipeline import Pipeline
from baokan.cli.readers import DecodeError, decode

PIPE = Pipeline()

# Chinese newspaper-ish alphabet: hanzi, punctuation, digits, spaces, newlines, astral names.
ALPHABET = st.sampled_from(
    list("浙江杭州省委书记易炼红公安局派出所民警枫桥经验“”‘’,。、;:!?()（）——\n \u3000 0123456789𠮷下转版上接")
)
CHINESE = st.text(alphabet=ALPHABET, max_size=400) | st.text(max_size=200)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CHINESE)
def test_offsets_slice_the_text(text):
    doc = PIPE(Document(doc="h", text=text))
    for art in doc.articles:
        for span in list(art.blocks) + list(art.entities):
            assert art.text[span.start : span.end] == span.text
            assert 0 <= span.start < span.end <= len(art.text) or span.start == span.end == 0


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_never_raises_anything_but_decode_error(data):
    try:
        text = decode(data)
    except DecodeError:
        return
    assert "\r" not in text
