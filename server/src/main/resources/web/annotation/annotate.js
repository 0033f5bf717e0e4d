import { session, get, post, logout, el } from '/annotation/api.js';
import { diff, render } from '/annotation/diff.js';

const $ = (id) => document.getElementById(id);
const state = { queue: null, current: null, next: null, done: 0, busy: false };

function status(text) {
  $('status').textContent = text;
  $('status').classList.toggle('hidden', text === '');
}

/** Takes the next item; a promise of the view, or null when the queue has nothing left for us. */
function take() {
  return post(`/api/annotate/queues/${encodeURIComponent(state.queue.id)}/take`)
    .then((view) => { state.prefetched = view; return view; });
}

function show(view) {
  state.current = view;
  if (!view) {
    $('item').classList.add('hidden');
    progress();
    status('Nothing left in this queue for you. Thank you!');
    return;
  }
  status('');
  $('item').classList.remove('hidden');
  $('context').replaceChildren(...view.context.map((m) =>
    el('div', { class: 'turn' }, el('span', { class: 'role', text: m.role + ':' }), m.content)));
  $('context').classList.toggle('hidden', view.context.length === 0);
  $('prompt').textContent = view.prompt;
  const parts = diff(view.left, view.right);
  render($('left-text'), parts.left, 'del');
  render($('right-text'), parts.right, 'ins');
  $('left').classList.toggle('suggested', view.suggestion === 'left');
  $('right').classList.toggle('suggested', view.suggestion === 'right');
  progress();
}

function progress() {
  $('progress').textContent = `${state.done} labelled by you · ${state.queue.items} items`;
}

/** Shows the prefetched item at once, then prefetches the one after it. */
async function advance() {
  const view = await state.next;
  state.prefetched = null;
  show(view);
  state.next = state.current ? take() : Promise.resolve(null);
}

async function act(key) {
  if (state.busy || !state.current) return;
  state.busy = true;
  const lease = encodeURIComponent(state.current.lease);
  try {
    if (key === 's') {
      await post(`/api/annotate/leases/${lease}/skip`);
    } else {
      const choice = { '1': 'left', '2': 'right', '0': 'tie' }[key];
      await post(`/api/annotate/leases/${lease}/submit`, { choice });
      state.done++;
    }
    await advance();
  } catch (e) {
    status('Could not save: ' + e.message + ' — moving on.');
    await advance();
  } finally {
    state.busy = false;
  }
}

function keys(event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.target.tagName === 'SELECT') return;
  if (event.key === '?') { $('help').classList.toggle('hidden'); return; }
  if (event.key === 'Escape') { $('help').classList.add('hidden'); return; }
  if (['1', '2', '0', 's'].includes(event.key)) { event.preventDefault(); act(event.key); }
}

/** Gives back the prefetched lease when the page goes away, so nobody waits for it to expire. */
function releaseOnLeave() {
  window.addEventListener('pagehide', () => {
    const next = state.prefetched;
    if (next && next.lease) {
      post(`/api/annotate/leases/${encodeURIComponent(next.lease)}/release`, {}, { keepalive: true }).catch(() => {});
    }
  });
}

async function open(queue) {
  state.queue = queue;
  state.done = queue.labelled_by_me;
  const guideline = $('guideline');
  guideline.classList.toggle('hidden', !queue.guideline_url);
  if (queue.guideline_url) { guideline.href = queue.guideline_url; guideline.textContent = `Guideline ${queue.guideline}`; }
  state.next = take();
  await advance();
}

async function start() {
  const s = await session();
  if (!s) { window.location.assign('/annotation/login.html'); return; }
  $('user').textContent = s.username;
  $('logout').addEventListener('click', logout);
  $('help-button').addEventListener('click', () => $('help').classList.toggle('hidden'));
  document.querySelectorAll('.keys button').forEach((b) => b.addEventListener('click', () => act(b.dataset.key)));
  document.addEventListener('keydown', keys);
  releaseOnLeave();
  const queues = await get('/api/annotate/queues');
  if (queues.length === 0) { status('You are not assigned to any queue yet.'); return; }
  const select = $('queue');
  select.replaceChildren(...queues.map((q) => el('option', { value: q.id, text: q.name })));
  const wanted = new URLSearchParams(window.location.search).get('queue');
  const queue = queues.find((q) => q.id === wanted) || queues[0];
  select.value = queue.id;
  select.addEventListener('change', () => window.location.assign('?queue=' + encodeURIComponent(select.value)));
  await open(queue);
}

start().catch((e) => status('Error: ' + e.message));
