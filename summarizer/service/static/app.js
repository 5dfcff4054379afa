'use strict';
// The service page's client. Every string that comes from an article or a briefing is put
// in the page with textContent or as a text node (Element.append of a string), never as
// HTML: this file contains no innerHTML, outerHTML, insertAdjacentHTML or document.write,
// and a test checks that it stays so.
const $ = (id) => document.getElementById(id);

// The token lives in this tab's sessionStorage (gone when the tab closes), is sent only in
// the Authorization header, and never goes in a URL.
const TOKEN_KEY = 'summarizer.token';

class Refused extends Error {}

function headers(extra) {
  const h = Object.assign({}, extra);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) h.Authorization = 'Bearer ' + token;
  return h;
}

function askForToken(reason) {
  $('auth-reason').textContent = reason;
  $('auth').hidden = false;
  $('token').focus();
}

// fetch with the token; a 401 asks for one (the only way the page learns that the server
// needs one) and stops the caller.
async function call(path, options) {
  const given = options || {};
  const response = await fetch(path, Object.assign({}, given, {headers: headers(given.headers)}));
  if (response.status === 401) {
    const had = sessionStorage.getItem(TOKEN_KEY);
    sessionStorage.removeItem(TOKEN_KEY);
    askForToken(had ? 'The server refused that token.' : 'This server needs a token.');
    throw new Refused();
  }
  return response;
}

async function problem(response) {
  try {
    const p = await response.json();
    return (p.title || 'Error') + ': ' + (p.detail || response.status);
  } catch (e) {
    return 'HTTP ' + response.status;
  }
}

function shown(statusId, error) {
  if (!(error instanceof Refused)) $(statusId).textContent = String(error.message || error);
}

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

$('auth').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('token').value.trim();
  $('token').value = '';
  if (!token) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  $('auth').hidden = true;
  refreshJobs();
});

// ------------------------------------------------------------------ reading the articles

function parsed(text, where) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(where + ': not JSON (' + e.message + ')');
  }
}

async function articlesToSend() {
  const articles = [];
  if ($('text').value.trim()) {
    const article = {text: $('text').value};
    if ($('title').value.trim()) article.title = $('title').value.trim();
    articles.push(article);
  }
  for (const file of $('files').files) {
    const body = await file.text();
    if (/\.(jsonl|ndjson)$/i.test(file.name)) {
      body.split('\n').forEach((line, n) => {
        if (line.trim()) articles.push(parsed(line, file.name + ' line ' + (n + 1)));
      });
    } else if (/\.json$/i.test(file.name)) {
      const data = parsed(body, file.name);
      articles.push(...(Array.isArray(data) ? data : data.articles || [data]));
    } else {
      articles.push({text: body});
    }
  }
  return articles;
}

$('submit-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('submit-status').textContent = '';
  try {
    const articles = await articlesToSend();
    if (!articles.length) {
      $('submit-status').textContent = 'paste an article or choose a file';
      return;
    }
    const body = {articles};
    if ($('engine').value) body.engine = $('engine').value;
    $('submit-status').textContent = 'sending…';
    const response = await call('/v1/jobs', {method: 'POST',
      headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    if (!response.ok) {
      $('submit-status').textContent = await problem(response);
      return;
    }
    const job = await response.json();
    $('submit-status').textContent = '';
    watch(job.id);
  } catch (error) {
    shown('submit-status', error);
  }
});

// ------------------------------------------------------------------ watching a job

let watching = 0;  // the job shown; an older watch stops when another starts
let download = null;  // the object URL of the results offered for download
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function watch(id) {
  const ticket = ++watching;
  $('job').hidden = false;
  $('job-id').textContent = id;
  $('job-status').textContent = '';
  $('results').replaceChildren();
  $('download').hidden = true;
  $('cancel').hidden = false;
  const path = '/v1/jobs/' + encodeURIComponent(id);
  try {
    for (;;) {
      const response = await call(path);
      if (ticket !== watching) return;
      if (!response.ok) {
        $('job-status').textContent = await problem(response);
        return;
      }
      const status = await response.json();
      const c = status.counts;
      $('job-progress').value = status.progress;
      $('job-state').textContent = status.state + ': ' + c.briefed + ' briefed, ' + c.failed +
        ' failed, ' + (c.queued + c.running) + ' to go, of ' + c.total;
      if (status.state === 'done' || status.state === 'cancelled') break;
      await sleep(400);
    }
    $('cancel').hidden = true;
    const response = await call(path + '/results');
    const text = await response.text();
    if (ticket !== watching) return;
    if (!response.ok) {
      $('job-status').textContent = await problem(new Response(text, {status: response.status}));
      return;
    }
    for (const line of text.split('\n')) {
      if (line.trim()) $('results').append(record(JSON.parse(line)));
    }
    if (download) URL.revokeObjectURL(download);
    download = URL.createObjectURL(new Blob([text], {type: 'application/x-ndjson'}));
    $('download').href = download;
    $('download').download = 'summarizer-job-' + id + '.jsonl';
    $('download').hidden = false;
    refreshJobs();
  } catch (error) {
    shown('job-status', error);
  }
}

$('cancel').addEventListener('click', async () => {
  try {
    const response = await call('/v1/jobs/' + encodeURIComponent($('job-id').textContent), {method: 'DELETE'});
    if (!response.ok) $('job-status').textContent = await problem(response);
  } catch (error) {
    shown('job-status', error);
  }
});

// ------------------------------------------------------------------ showing results

function record(line) {
  if (line.status === 'briefed') return briefing(line.briefing);
  const box = el('div', null, 'briefing failure');
  const f = line.failure;
  box.append(el('p', 'Article ' + (line.seq + 1) + ': ' +
    (f ? 'failed at ' + f.stage + ': ' + f.reason + ' (' + f.article_id + ')' : line.status)));
  return box;
}

function section(box, heading, items, show) {
  if (!items || !items.length) return;
  box.append(el('h4', heading));
  const list = el('ul');
  for (const item of items) {
    const li = el('li');
    li.append(...show(item));
    list.append(li);
  }
  box.append(list);
}

function briefing(b) {
  const box = el('article', null, 'briefing');
  const a = b.article;
  box.append(el('h3', a.title || a.id));
  const p = b.provenance;
  const meta = [a.source, a.published, 'engine: ' + p.engine + (p.model ? ' (' + p.model + ')' : '')];
  box.append(el('p', meta.filter(Boolean).join(' · '), 'meta'));
  box.append(el('p', b.summary));
  const names = new Map(b.actors.map((x) => [x.id, x.canonical_name || x.name]));
  const who = (id) => names.get(id) || id;
  section(box, 'Incidents', b.incidents, (i) => {
    const where = [i.place || i.location, i.time].filter(Boolean).join(', ');
    const by = i.perpetrators.map(who).join(', ');
    return [el('b', i.type.replace(/_/g, ' ')), (where ? ' (' + where + ')' : '') + ': ' + i.description +
      (by ? ' — by ' + by : ''), ' ', el('small', '[' + i.status + ']')];
  });
  // Statements are listed; words a text only quotes in passing are one line (as the
  // briefing page shows them).
  const statements = b.quotes.filter((q) => q.kind !== 'partial');
  const words = b.quotes.filter((q) => q.kind === 'partial');
  section(box, 'Quotes', statements, (q) => ['“' + q.text + '” — ' +
    (q.speaker ? who(q.speaker) : q.speaker_as_written || 'unattributed') + (q.channel ? ' (' + q.channel + ')' : '')]);
  if (words.length) {
    const line = el('p', null, 'quoted-words');
    line.append(el('small', 'Quoted words: ' + words.map((q) => '“' + q.text + '”' +
      (q.speaker ? ' (' + who(q.speaker) + ')' : '')).join(', ')));
    box.append(line);
  }
  section(box, 'Figures', b.figures, (f) => [f.text + ' → ' + f.bound.replace(/_/g, ' ') + ' ' +
    (f.value_high !== null && f.value_high !== undefined ? f.value + '–' + f.value_high : f.value) + ' ' + f.unit +
    (f.counted ? ' ' + f.counted : ''), ' ', el('small', '[' + f.category + ']')]);
  section(box, 'Actors', b.actors, (x) => [(x.canonical_name || x.name) + ' (' + x.kind + (x.role ? ', ' + x.role : '') + ')']);
  section(box, 'Warnings', b.warnings, (w) => [el('span', w.code + ': ' + w.message + (w.item ? ' — “' + w.item + '”' : ''), 'warn')]);
  return box;
}

// ------------------------------------------------------------------ recent jobs

async function refreshJobs() {
  try {
    const response = await call('/v1/jobs');
    if (!response.ok) {
      $('jobs-status').textContent = await problem(response);
      return;
    }
    $('jobs-status').textContent = '';
    const rows = [];
    for (const job of await response.json()) {
      const tr = el('tr');
      const open = el('button', job.id);
      open.type = 'button';
      open.addEventListener('click', () => watch(job.id));
      const first = el('td');
      first.append(open);
      tr.append(first);
      for (const value of [job.created_at, job.state, job.counts.briefed, job.counts.failed,
        Math.round(job.progress * 100) + '%']) tr.append(el('td', value));
      rows.push(tr);
    }
    $('jobs').replaceChildren(...rows);
  } catch (error) {
    shown('jobs-status', error);
  }
}
$('refresh').addEventListener('click', refreshJobs);

// ------------------------------------------------------------------ a day's briefing

$('daily').addEventListener('click', async () => {
  const file = $('day-file').files[0];
  if (!file) {
    $('daily-status').textContent = 'choose a JSON lines file';
    return;
  }
  try {
    const articles = [];
    (await file.text()).split('\n').forEach((line, n) => {
      if (line.trim()) articles.push(parsed(line, file.name + ' line ' + (n + 1)));
    });
    const body = {articles};
    if ($('day-date').value) body.date = $('day-date').value;
    $('daily-status').textContent = 'merging…';
    const response = await call('/v1/daily', {method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'text/html'}, body: JSON.stringify(body)});
    if (!response.ok) {
      $('daily-status').textContent = await problem(response);
      return;
    }
    // A sandboxed frame without allow-scripts: the page (escaped anyway) can run nothing.
    $('day').srcdoc = await response.text();
    $('day').hidden = false;
    $('daily-status').textContent = '';
  } catch (error) {
    shown('daily-status', error);
  }
});

refreshJobs();
