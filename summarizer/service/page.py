"""The web page at ``/``: paste or upload an article and see its briefing page, follow
recent jobs, open a day's briefing.

The page is static: it holds no article text and no data. Its script (served from
``/app.js``, the only script the page's Content-Security-Policy allows) sends requests with
``fetch`` and shows each briefing page in a sandboxed ``iframe`` (``srcdoc``, no
``allow-scripts``), so a briefing page, whose article text is escaped anyway, can never run
script in it. Text shown in the page itself is set with ``textContent``, never as HTML.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; "
    "frame-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
)
# No site may frame the page (clickjacking): CSP for current browsers, the header for older.
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY"}

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>summarizer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 1.5rem;color:#1d1d1f}
textarea{width:100%;min-height:12rem;font:inherit}
input,select,button{font:inherit;margin:.2rem .4rem .2rem 0}
iframe{width:100%;height:70vh;border:1px solid #ccc;border-radius:6px;margin-top:.6rem}
section{border-top:1px solid #ddd;padding:.6rem 0}
#status,#jobs-status,#daily-status{color:#8a2b2b}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:left}
</style></head>
<body>
<h1>summarizer</h1>
<p>Grounded briefings of news articles: every actor, incident, quote and figure is tied to the
article's own words. <a href="/openapi.json">API description (OpenAPI)</a></p>
<p><label>Token (if the server needs one) <input id="token" type="password" autocomplete="off"></label></p>
<section><h2>Brief an article</h2>
<form id="brief-form">
<p><label>Title <input id="title" size="60"></label></p>
<textarea id="text" placeholder="Paste the article text here"></textarea>
<p><label>…or upload a text file <input id="file" type="file" accept=".txt,.md,text/plain"></label></p>
<p><label>Engine <select id="engine"><option value="">server default</option>
<option value="extractive">offline (extractive)</option><option value="llm">LLM</option></select></label>
<button id="brief" type="submit">Brief</button> <span id="status" role="status"></span></p>
</form>
<iframe id="briefing" title="Briefing" sandbox></iframe>
</section>
<section><h2>Recent jobs</h2><button id="refresh" type="button">Refresh</button>
<span id="jobs-status" role="status"></span>
<table><thead><tr><th>job</th><th>state</th><th>briefed</th><th>failed</th><th>queued</th><th>progress</th></tr></thead>
<tbody id="jobs"></tbody></table></section>
<section><h2>A day's briefing</h2>
<p><label>JSON lines of the day's articles <input id="day-file" type="file" accept=".jsonl,.ndjson"></label>
<label>Date <input id="day-date" type="date"></label>
<button id="daily" type="button">Open the day's briefing</button> <span id="daily-status" role="status"></span></p>
<iframe id="day" title="Daily briefing" sandbox></iframe></section>
<script src="/app.js"></script>
</body></html>
"""

SCRIPT = """'use strict';
const $ = (id) => document.getElementById(id);
function headers(extra) {
  const h = Object.assign({}, extra);
  const token = $('token').value.trim();
  if (token) h['Authorization'] = 'Bearer ' + token;
  return h;
}
async function problem(response) {
  try { const p = await response.json(); return (p.title || 'Error') + ': ' + (p.detail || response.status); }
  catch (e) { return 'HTTP ' + response.status; }
}
$('file').addEventListener('change', async () => {
  const f = $('file').files[0];
  if (f) $('text').value = await f.text();
});
$('brief-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('status').textContent = 'briefing…';
  const body = {text: $('text').value};
  if ($('title').value.trim()) body.title = $('title').value.trim();
  if ($('engine').value) body.engine = $('engine').value;
  const response = await fetch('/v1/briefings', {method: 'POST',
    headers: headers({'Content-Type': 'application/json', 'Accept': 'text/html'}), body: JSON.stringify(body)});
  if (!response.ok) { $('status').textContent = await problem(response); return; }
  $('briefing').srcdoc = await response.text();
  $('status').textContent = '';
});
async function refreshJobs() {
  const response = await fetch('/v1/jobs', {headers: headers({})});
  if (!response.ok) { $('jobs-status').textContent = await problem(response); return; }
  $('jobs-status').textContent = '';
  const rows = $('jobs'); rows.replaceChildren();
  for (const job of await response.json()) {
    const tr = document.createElement('tr');
    const c = job.counts;
    for (const value of [job.id, job.state, c.briefed, c.failed, c.queued, Math.round(job.progress * 100) + '%']) {
      const td = document.createElement('td'); td.textContent = String(value); tr.appendChild(td);
    }
    rows.appendChild(tr);
  }
}
$('refresh').addEventListener('click', refreshJobs);
$('daily').addEventListener('click', async () => {
  const f = $('day-file').files[0];
  if (!f) { $('daily-status').textContent = 'choose a JSON lines file'; return; }
  const articles = (await f.text()).split('\\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const body = {articles};
  if ($('day-date').value) body.date = $('day-date').value;
  $('daily-status').textContent = 'merging…';
  const response = await fetch('/v1/daily', {method: 'POST',
    headers: headers({'Content-Type': 'application/json', 'Accept': 'text/html'}), body: JSON.stringify(body)});
  if (!response.ok) { $('daily-status').textContent = await problem(response); return; }
  $('day').srcdoc = await response.text();
  $('daily-status').textContent = '';
});
refreshJobs();
"""


def install(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(PAGE, headers=HEADERS)

    @app.get("/app.js", include_in_schema=False)
    async def script() -> Response:
        return Response(SCRIPT, media_type="text/javascript", headers=HEADERS)
