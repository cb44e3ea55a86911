"""HTML fragments built in Python: the highlighted article text and the SVG charts.

Everything from the database passes through `escape` here, so article text such
as `<script>` shows as text; templates receive the result as `Markup`.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

from marsad.web.geo import capital_point, locate


@dataclass(frozen=True)
class Mark:
    """A highlight: `[start, end)` of the text, its kind (quote, trigger, mention) and the link it opens."""

    start: int
    end: int
    kind: str
    href: str
    label: str


def article_marks(record: dict[str, Any], ids: dict[str, dict[str, int]]) -> list[Mark]:
    """Highlights for every actor mention, event trigger and quote of a stored record."""
    marks = []
    names = {a["id"]: a.get("name_latin") or a["name"] for a in record.get("actors", [])}
    for actor in record.get("actors", []):
        href = f"/actors/{ids['actors'][actor['id']]}" if actor["id"] in ids["actors"] else "#"
        label = f"{names[actor['id']]} ({actor.get('country', '')}{actor.get('sector', '')})"
        marks += [Mark(m["start"], m["end"], "mention", href, label) for m in actor.get("mentions", [])]
    for event in record.get("events", []):
        href = f"/events/{ids['events'][event['id']]}" if event["id"] in ids["events"] else "#"
        label = f"{event['type']} {event.get('mode') or ''}".strip()
        marks += [Mark(t["start"], t["end"], "trigger", href, label) for t in event.get("triggers", [])]
    for n, quote in enumerate(record.get("quotes", []), 1):
        speaker = names.get(quote.get("speaker") or "", "unknown speaker")
        marks.append(Mark(quote["span"]["start"], quote["span"]["end"], "quote", f"#quote-{n}", f"quote: {speaker}"))
    return marks


def highlight(text: str, marks: list[Mark]) -> Markup:
    """`text` escaped, with each mark a link; a trigger wins over a mention, quotes wrap both."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces: list[tuple[Mark | None, Mark | None, str]] = []
    for lo, hi in pairwise(bounds):
        covering = [m for m in marks if m.start <= lo and hi <= m.end]
        quote = next((m for m in covering if m.kind == "quote"), None)
        inner = next((m for kind in ("trigger", "mention") for m in covering if m.kind == kind), None)
        if pieces and pieces[-1][:2] == (quote, inner):
            pieces[-1] = (quote, inner, pieces[-1][2] + text[lo:hi])  # same highlights: one element
        else:
            pieces.append((quote, inner, text[lo:hi]))
    out = []
    for quote, inner, chunk in pieces:
        html = escape(chunk)
        if inner is not None:
            html = _link(inner, html)
        if quote is not None:
            html = _link(quote, html) if inner is None else Markup('<span class="hl quote">{}</span>').format(html)
        out.append(html)
    return Markup("").join(out)


def _link(mark: Mark, inner: Markup) -> Markup:
    return Markup('<a class="hl {}" href="{}" title="{}">{}</a>').format(mark.kind, mark.href, mark.label, inner)


def dyad_chart(series: list[dict[str, Any]], width: int = 720, height: int = 260) -> Markup:
    """Bars of events per period and a line of the summed score (its own scale, zero marked)."""
    if not series:
        return Markup('<p class="empty">No events between these two in the selected period.</p>')
    pad, n = 40, len(series)
    step = (width - 2 * pad) / n
    most = max(p["events"] for p in series) or 1
    top = max(abs(p["score"]) for p in series) or 1.0
    mid = height / 2

    def score_y(score: float) -> float:
        return mid - score / top * (height / 2 - pad / 2)

    parts = [Markup('<line class="zero" x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}"/>').format(
        pad, width - pad, mid, mid)]
    points = []
    for i, p in enumerate(series):
        x = pad + i * step
        bar = p["events"] / most * (height - 2 * pad)
        parts.append(Markup('<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}">'
                            '<title>{}: {} events, score {}</title></rect>').format(
            x + step * 0.1, height - pad - bar, step * 0.8, bar, p["period"], p["events"], p["score"]))
        points.append(f"{x + step / 2:.1f},{score_y(p['score']):.1f}")
        if n <= 24 or i % max(1, n // 12) == 0:
            parts.append(Markup('<text class="tick" x="{:.1f}" y="{}">{}</text>').format(
                x + step / 2, height - pad / 3, p["period"]))
    parts.append(Markup('<polyline class="score" points="{}"/>').format(" ".join(points)))
    parts.append(Markup('<text class="legend" x="{}" y="14">bars: events (max {}) · line: score (±{})</text>').format(
        pad, most, round(top, 1)))
    return Markup('<svg class="chart" id="dyad-chart" viewBox="0 0 {} {}" role="img" aria-label="dyad timeline">'
                  '{}</svg>').format(width, height, Markup("").join(parts))


def world_map(locations: list[dict[str, Any]], width: int = 960, height: int = 480) -> Markup:
    """An equirectangular plot of event locations (circle area ~ events) with country labels."""

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (lon + 180) / 360 * width, (90 - lat) / 180 * height

    parts = [Markup('<rect class="sea" width="{}" height="{}"/>').format(width, height)]
    for lon in range(-180, 181, 30):
        parts.append(Markup('<line class="grid" x1="{0:.1f}" x2="{0:.1f}" y1="0" y2="{1}"/>').format(
            xy(0, lon)[0], height))
    for lat in range(-60, 91, 30):
        parts.append(Markup('<line class="grid" x1="0" x2="{1}" y1="{0:.1f}" y2="{0:.1f}"/>').format(
            xy(lat, 0)[1], width))
    most = max((loc["events"] for loc in locations), default=1)
    countries = set()
    for loc in locations:
        point = locate(loc["name"], loc["country"])
        if point is None:
            continue
        x, y = xy(float(point["lat"]), float(point["lon"]))
        radius = 3 + 12 * (loc["events"] / most) ** 0.5
        parts.append(Markup('<circle class="place" cx="{:.1f}" cy="{:.1f}" r="{:.1f}"><title>{} ({}): {} events'
                            '</title></circle>').format(x, y, radius, loc["name"], loc["country"] or "?",
                                                        loc["events"]))
        countries.add(loc["country"])
    for country in sorted(c for c in countries if c):
        capital = capital_point(country)
        if capital:
            x, y = xy(*capital)
            parts.append(Markup('<text class="country" x="{:.1f}" y="{:.1f}">{}</text>').format(x + 6, y - 6, country))
    return Markup('<svg class="map" id="map" viewBox="0 0 {} {}" role="img" aria-label="event locations">{}</svg>'
                  ).format(width, height, Markup("").join(parts))
