import { session, get, post, logout, el } from '/annotation/api.js';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
let selected = null;

const fixed = (x, digits = 3) => (x === null || x === undefined || Number.isNaN(x) ? '—' : Number(x).toFixed(digits));
const seconds = (s) => (s >= 3600 ? (s / 3600).toFixed(1) + ' h' : s >= 60 ? (s / 60).toFixed(1) + ' min' : s.toFixed(0) + ' s');

function row(...cells) {
  return el('tr', {}, ...cells.map((c) => el('td', { text: String(c) })));
}

/** A horizontal bar chart in plain SVG: one bar per [label, value]. */
function bars(container, data) {
  const width = 360;
  const height = 22 * data.length + 8;
  const max = Math.max(1, ...data.map((d) => d[1]));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  data.forEach(([label, value], i) => {
    const y = 4 + i * 22;
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('x', 0); text.setAttribute('y', y + 14); text.textContent = label;
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', 110); rect.setAttribute('y', y); rect.setAttribute('height', 16);
    rect.setAttribute('width', Math.max(1, (value / max) * (width - 170))); rect.setAttribute('fill', '#4a6fd1');
    const number = document.createElementNS(SVG, 'text');
    number.setAttribute('x', 115 + (value / max) * (width - 170)); number.setAttribute('y', y + 14);
    number.textContent = fixed(value, Number.isInteger(value) ? 0 : 1);
    svg.append(text, rect, number);
  });
  container.replaceChildren(svg);
}

async function loadQueues() {
  const queues = await get('/api/admin/queues');
  const body = $('queues').querySelector('tbody');
  body.replaceChildren(...queues.map((q) => {
    const m = q.metrics;
    const policies = Object.entries(m.waiting_per_policy).map(([p, n]) => `${p}: ${n}`).join(', ');
    const tr = row(q.id, q.overlap, q.guideline, m.items, m.waiting, m.in_progress, m.complete, m.labels,
      seconds(m.age_p50_seconds), seconds(m.age_p95_seconds), policies);
    tr.style.cursor = 'pointer';
    tr.classList.toggle('selected', q.id === selected);
    tr.addEventListener('click', () => { selected = q.id; loadQueues(); });
    return tr;
  }));
  if (!selected && queues.length > 0) selected = queues[0].id;
  if (selected) await loadDetail(queues.find((q) => q.id === selected));
}

async function loadDetail(queue) {
  const id = encodeURIComponent(queue.id);
  const [stats, agreement] = await Promise.all([get(`/api/admin/queues/${id}/stats`), get(`/api/admin/queues/${id}/agreement`)]);
  $('detail').classList.remove('hidden');
  $('detail-title').textContent = `Queue ${queue.name}`;
  bars($('backlog-chart'), [['waiting', stats.waiting], ['in progress', stats.in_progress], ['complete', stats.complete]]);
  bars($('throughput-chart'), stats.annotators.map((a) => [a.annotator, a.items_per_hour]));
  const summaries = new Map((agreement.per_annotator || []).map((a) => [a.annotator, a]));
  $('annotators').querySelector('tbody').replaceChildren(...stats.annotators.map((a) => {
    const s = summaries.get(a.annotator) || {};
    const gold = a.gold_labels === 0 ? 'no gold yet' : `${fixed(a.gold_accuracy, 2)} (${a.gold_correct}/${a.gold_labels})`;
    return row(a.annotator, a.labels, fixed(a.items_per_hour, 1), fixed(a.median_seconds_per_item, 1),
      fixed(s.agreement_with_others), fixed(s.dawid_skene_accuracy), gold);
  }));
  const alpha = (agreement.alpha || []).find((x) => x.level === 'nominal');
  $('agreement-summary').textContent = `${agreement.labels} labels on ${agreement.subjects} items · raw agreement `
    + `${fixed(agreement.raw_agreement && agreement.raw_agreement.value)} · Fleiss' kappa `
    + `${fixed(agreement.fleiss_kappa && agreement.fleiss_kappa.value)} · Krippendorff's alpha (nominal) `
    + `${alpha ? fixed(alpha.estimate.value) + ' — ' + alpha.band : '—'}`;
  $('pairs').querySelector('tbody').replaceChildren(...(agreement.pairs || []).map((p) =>
    row(p.first, p.second, p.shared, fixed(p.raw_agreement), fixed(p.kappa.value),
      `${fixed(p.kappa.interval.lower)} … ${fixed(p.kappa.interval.upper)}`)));
  $('low-agreement').querySelector('tbody').replaceChildren(...(agreement.adjudication || []).slice(0, 50).map((a) =>
    row(a.subject, a.majority || 'none', a.dawid_skene, fixed(a.posterior, 2),
      Object.entries(a.labels).map(([who, v]) => `${who}: ${v}`).join(', '))));
}

function form(id, submit) {
  $(id).addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.target).entries());
    try {
      await submit(data, event.target);
      event.target.reset();
      $('status').textContent = 'Saved.';
      await loadQueues();
    } catch (e) {
      $('status').textContent = 'Error: ' + e.message;
    }
  });
}

async function start() {
  const s = await session();
  if (!s) { window.location.assign('/annotation/login.html'); return; }
  if (s.role !== 'admin') { window.location.assign('/annotation/annotate.html'); return; }
  $('user').textContent = s.username;
  $('logout').addEventListener('click', logout);
  form('create-queue', (d, f) => post('/api/admin/queues', {
    id: d.id, overlap: Number(d.overlap), guideline: d.guideline, guideline_url: d.guideline_url || null,
    gold_rate: Number(d.gold_rate), assisted: f.elements.assisted.checked,
  }));
  form('create-user', (d) => post('/api/admin/users', {
    username: d.username, password: d.password, role: d.role,
    queues: d.queues.split(',').map((q) => q.trim()).filter((q) => q),
  }));
  await loadQueues();
}

start().catch((e) => { $('status').textContent = 'Error: ' + e.message; });
