"""The briefing page: every item is inside its own mark, overlaps included (the links are
followed in a real browser in test_pages_in_browser), and its sections match the Markdown."""

from __future__ import annotations

import re

import pytest

from summarizer import summarize
from summarizer.models import Briefing, BriefingWarning
from summarizer.render import briefing_html, briefing_markdown
from summarizer.render.html import _highlighted_article
from summarizer.text.normalize import normalize
from tests.conftest import SEEDS

# A quotation that runs past the end of the incident's sentence, a figure inside a quote and
# an incident sentence holding both: the overlaps that used to leave links dead.
CROSSING = (
    "Flood in Vellmark\n\n"
    'Officials said "the flood killed 12 people in Vellmark on Monday. We are still searching," '
    "and the mayor, Ana Ruiz, asked for help.\n\n"
    '"Two bridges collapsed and 300 homes are under water," Ruiz said.\n'
)


def spans_by_anchor(briefing: Briefing) -> dict[str, tuple[int, int]]:
    """The passage of every item the page links (quoted words too)."""
    spans = {f"src-{q.id}": (q.span.start, q.span.end) for q in briefing.quotes}
    spans |= {f"src-{f.id}": (f.span.start, f.span.end) for f in briefing.figures}
    spans |= {f"src-{i.id}": (i.evidence_span.start, i.evidence_span.end) for i in briefing.incidents}
    return spans


def articles() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))] + [
        ("crossing", CROSSING)
    ]


@pytest.mark.parametrize(("name", "text"), articles(), ids=[n for n, _ in articles()])
def test_every_item_is_inside_its_own_mark(name: str, text: str) -> None:
    briefing = summarize(text)
    spans = spans_by_anchor(briefing)
    # An engine that returned no items would leave nothing to check: every article here has
    # linked items, and the crossing one has each kind whose overlaps the page must survive.
    assert spans, f"{name}: no linked items, so no mark was checked"
    if name == "crossing":
        assert {anchor.split("-")[1][0] for anchor in spans} == {"q", "f", "i"}
    marks = [(s, e, anchor, "x") for anchor, (s, e) in spans.items()]
    page = _highlighted_article(text, marks)
    assert page.count("<mark") == page.count("</mark>") == len(marks)
    for anchor, (start, end) in spans.items():
        held = re.search(rf'<mark id="{anchor}" class="x">(.*)', page, re.S)
        assert held is not None, anchor
        # Strip the inner tags, cut at this mark's closing tag by counting nesting.
        depth, position = 1, 0
        body = held.group(1)
        for tag in re.finditer(r"<mark[^>]*>|</mark>", body):
            depth += 1 if tag.group().startswith("<mark") else -1
            if depth == 0:
                position = tag.start()
                break
        inner = re.sub(r"<[^>]+>", "", body[:position])
        assert normalize(text[start:end]) in normalize(inner.replace("&quot;", '"').replace("&#x27;", "'")), (
            anchor
        )


def test_markdown_and_page_share_their_sections() -> None:
    text = CROSSING
    briefing = summarize(text)
    markdown = [h for h in re.findall(r"^## (.+)$", briefing_markdown(briefing), re.M)]
    page = [h for h in re.findall(r"<h2>(.+?)</h2>", briefing_html(briefing, text)) if h != "Article"]
    assert markdown == page
    html = briefing_html(briefing, text)
    assert "`" not in html.split("<h2>")[0]  # the meta line has no Markdown backticks
    assert 'class="legend"' in html
    incident = briefing.incidents[0]
    for field in ("exact", f"[{incident.status}", "Monday"):
        assert field in html


HOSTILE = "see ![](http://host/beacon.png) and [click](http://host/phish) or [this][1] \\[x](http://host/esc)"
REFERENCE = "[1]: http://host/ref"


def test_markdown_keeps_no_link_or_image_from_article_or_model_text() -> None:
    from markdown_it import MarkdownIt

    briefing = summarize(CROSSING)
    briefing = briefing.model_copy(
        update={
            "article": briefing.article.model_copy(update={"title": HOSTILE, "source": HOSTILE}),
            "summary": f"{HOSTILE} {REFERENCE}",
            "actors": [
                a.model_copy(update={"name": HOSTILE, "canonical_name": None}) for a in briefing.actors
            ],
            "quotes": [q.model_copy(update={"text": HOSTILE}) for q in briefing.quotes],
            "warnings": [BriefingWarning(code="ungrounded_quote", message=HOSTILE, item=HOSTILE)],
        }
    )
    markdown = briefing_markdown(briefing) + "\n" + REFERENCE + "\n"  # a reference defined outside
    page = MarkdownIt("commonmark").render(markdown)
    assert "<img" not in page and "<a " not in page, page
    assert markdown.count("http://host/phish") >= 3  # the text is kept, as text


FRAGMENTS = (
    "Talks stall in Vellmark\n\n"
    'The ministry said on Friday it had intercepted "all" drones over Vellmark, and the army '
    'said it "hit" two launch sites.\n\n'
    'The council will defend "its budget." The talks were a "strategic failure", said envoy Ana Ruiz.\n\n'
    '"Nobody will sign this agreement while the shelling goes on," Ruiz told reporters on Friday.\n'
)


def test_words_quoted_in_passing_are_one_line_apart_from_the_statements() -> None:
    briefing = summarize(FRAGMENTS)
    kinds = {q.text: q.kind for q in briefing.quotes}
    assert kinds["its budget."] == "partial"  # a full stop inside the marks does not make a statement
    for page in (briefing_markdown(briefing), briefing_html(briefing, FRAGMENTS)):
        statements = page.split("Quotes", 1)[1].split("Quoted words", 1)[0]
        words = page.split("Quoted words: ", 1)[1].split("\n", 1)[0]
        assert "Nobody will sign this agreement" in statements
        for fragment in ("all", "hit", "its budget.", "strategic failure"):
            assert f"“{fragment}”" not in statements, fragment
            assert f"“{fragment}”" in words, fragment
        assert "Ana Ruiz" in words  # said by whom, where known


@pytest.mark.parametrize(
    "start", ["# Breaking", "- one", "1. one", "2) two", "***", "---", "___", "| a |", "```", "==="]
)
def test_a_summary_at_the_start_of_a_line_starts_no_block(start: str) -> None:
    """The summary opens its line: whatever it starts with, it stays one paragraph of text."""
    from markdown_it import MarkdownIt

    briefing = summarize(CROSSING)
    briefing = briefing.model_copy(update={"summary": f"{start} 12 people were evacuated."})
    tokens = MarkdownIt("commonmark").parse(briefing_markdown(briefing))
    summary = tokens[[t.content for t in tokens].index("Summary") + 2 :]
    assert summary[0].type == "paragraph_open", summary[0]
    assert summary[1].content.replace("\\", "").startswith(start[:1]), summary[1].content


def test_the_page_drops_the_explicit_bidi_controls_and_keeps_the_marks() -> None:
    """An override in a title or a quote would show what follows it on its line backwards."""
    briefing = summarize(CROSSING)
    spoof = "Wire \u202e[1] \u2067x\u2069 \u202a \u200f"
    briefing = briefing.model_copy(
        update={"article": briefing.article.model_copy(update={"title": spoof, "source": spoof})}
    )
    page = briefing_html(briefing, CROSSING + spoof)
    assert not [c for c in page if 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069]
    assert "Wire [1] x" in page and "\u200f" in page  # the text kept; a right-to-left mark kept
