"""Slogan classes of the fifth round (issue 19): formulas of the 2024–2026 public record and shapes
seen on county, political-legal and discipline papers, on made-up pages.

The lexicon's batch 5 adds what the conferences of those years fixed and the lexicon lacked
(political-legal responsibility systems, the discipline campaign against misconduct near the people,
the December 2025 economic formulas, the rural goals of the No. 1 documents, party-building formulas).
"""

from __future__ import annotations

import pytest
from conftest import slogan_forms


@pytest.mark.parametrize(
    "text, form, canonical",
    [
        ("会议要求，严格落实党委（党组）国家安全责任制，压实各方责任。", "国家安全责任制", "国家安全责任制"),
        ("县委政法委督促各单位落实维护社会稳定责任制。", "维护社会稳定责任制", "维护社会稳定责任制"),
        ("确保国家安全稳如泰山、社会稳定坚如磐石。", "国家安全稳如泰山、社会稳定坚如磐石", None),
        ("加快构建中国自主的法学知识体系，培养法治人才。", "中国自主的法学知识体系", None),
        ("全县持续深化群众身边不正之风和腐败问题集中整治，回应群众关切。", "群众身边不正之风和腐败问题集中整治", None),
        ("镇纪委对村干部开展风腐同查，形成震慑。", "风腐同查", "风腐同查同治"),
        ("反腐败斗争要一步不停歇、半步不退让。", "一步不停歇、半步不退让", None),
        ("机关党委要带头建设让党中央放心、让人民群众满意的模范机关。", "让党中央放心、让人民群众满意的模范机关", None),
        ("区委中心组强调，要旗帜鲜明讲政治，把学习成果转化为工作动力。", "旗帜鲜明讲政治", None),
        ("民主生活会要真正做到见人见事见思想。", "见人见事见思想", None),
        ("我们创造了经济快速发展和社会长期稳定两大奇迹。", "两大奇迹", "两大奇迹"),
        ("明年要坚持稳中求进、提质增效，推动投资止跌回稳。", "稳中求进、提质增效", None),
        ("明年要坚持稳中求进、提质增效，推动投资止跌回稳。", "投资止跌回稳", None),
        ("提高强农惠农富农政策效能，守牢粮食安全底线。", "强农惠农富农", None),
        ("对脱贫户实施常态化精准帮扶，防止返贫。", "常态化精准帮扶", "常态化帮扶"),
        ("努力使农村基本具备现代生活条件，让农民生活更加富裕美好。", "使农村基本具备现代生活条件", None),
        ("县政务服务中心推行“好差评”制度，群众办事可当场评价。", "好差评", "好差评"),
    ],
)
def test_batch5_lexicon_rows(slogan_pipe, text, form, canonical):
    got = slogan_forms(slogan_pipe, text)
    assert form in got, got
    assert got[form] == (canonical or form)
