"""``summarizer story``: the stories kept across days by ``summarizer daily``; with an id,
one story's timeline (what each day said of it and what changed)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from summarizer.cli.app import app, rep
from summarizer.cli.report import report_store, usage_error
from summarizer.cli.settings import resolved_settings


def _shown(text: str) -> str:
    """Article text on one terminal line: control characters (escape sequences that would
    retitle or recolour the reader's terminal, line breaks) become spaces."""
    return "".join(c if c.isprintable() else " " for c in text)


@app.command()
def story(
    story_id: Annotated[
        str | None, typer.Argument(metavar="[ID]", help="A story's id, as the list gives it.")
    ] = None,
    limit: Annotated[
        int,
        typer.Option("-n", "--limit", min=1, max=1000, metavar="N", help="How many stories, latest first."),
    ] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of lines of text.")] = False,
) -> None:
    """List the stories followed across days, latest first; with an ID, that story's timeline."""
    from summarizer.daily.stories import list_stories, story_timeline
    from summarizer.pipeline.runner import store_for

    store = store_for(resolved_settings())
    if story_id is None:
        found = list_stories(store, limit)
        report_store(store)
        if as_json:
            sys.stdout.write("".join(s.model_dump_json() + "\n" for s in found))
        elif not found:
            rep.say(f"no stories yet: `summarizer daily` keeps each day's in {store.path}")
        for s in [] if as_json else found:
            span = f"{s.first_seen}..{s.last_seen}" if s.days > 1 else str(s.first_seen)
            sys.stdout.write(
                f"{_shown(s.id)}  {span}  {s.days} day(s)  {s.status}  {_shown(s.description)}\n"
            )
        return
    timeline = story_timeline(store, story_id)
    report_store(store)
    if timeline is None:
        raise usage_error(f"no story {_shown(story_id)!r}; `summarizer story` lists them")
    if as_json:
        sys.stdout.write(timeline.model_dump_json(indent=2) + "\n")
        return
    sys.stdout.write(f"story {_shown(timeline.id)}: {timeline.first_seen} to {timeline.last_seen}\n")
    for day in timeline.days:
        place = f" ({_shown(day.place)})" if day.place else ""
        sys.stdout.write(f"{day.date}  {day.status}{place}: {_shown(day.description)}\n")
        for change in day.changes:
            sys.stdout.write(f"    changed: {_shown(change)}\n")
        for figure in day.figures:
            sys.stdout.write(f"    figure: {_shown(figure)}\n")
        if day.articles:
            sys.stdout.write(f"    articles: {_shown(', '.join(day.articles))}\n")
