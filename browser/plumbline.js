/**
 * Plumbline browser SDK: captures what users do with one rendered LLM answer (copy, edit,
 * regenerate, thumbs, rating, follow-up, dwell, abandonment) and sends it to a Plumbline server as
 * v1 feedback records, with a feedback token scoped to that one interaction.
 *
 * A plain ES module with no dependencies and no build step:
 *
 *   import { attach } from 'https://plumbline.example.com/sdk/plumbline.js';
 *   const handle = attach(answerElement, { interactionId, token, endpoint: 'https://plumbline.example.com' });
 *   // later, when the user sends the next message in the chat:
 *   handle.followUp(text);
 *
 * Controls the product marks inside `root` (default: the closest [data-plumbline-answer], else the
 * answer's parent) are wired automatically:
 *   data-plumbline="copy"          a copy button (the SDK copies the whole answer)
 *   data-plumbline="edit"          puts the answer into the editor
 *   data-plumbline="editor"        an editable field (textarea, input or contenteditable)
 *   data-plumbline="send"          sends the editor: an edit if the text changed, else an accept
 *   data-plumbline="regenerate"    the regenerate button
 *   data-plumbline="thumbs-up" / "thumbs-down"
 *   data-plumbline="rating" data-plumbline-value="4" [data-plumbline-scale="5"]
 *   data-plumbline="reason"        a text field whose value goes with the next thumbs or rating
 * Selecting part of the answer and copying it (Ctrl+C, menu) is captured with the copied share.
 *
 * Records are batched (batchSize, flushIntervalMs) and flushed with navigator.sendBeacon when the
 * page is hidden or closed; every record has a client id, so a resend is stored once.
 */

export const VERSION = '0.1.0';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULTS = {
  samplingRate: 0,
  promptIntervalMs: DAY_MS,
  userKey: 'default',
  captureText: true,
  batchSize: 10,
  flushIntervalMs: 3000,
  maxAttempts: 3,
};

/**
 * Decides whether to ask this user for an explicit rating now. A prompt is eligible when the last
 * one was at least `intervalMs` ago; an eligible prompt is shown with probability `rate`, so
 * `rate` is the propensity logged with the answer for inverse-propensity estimates.
 * Returns {decision: 'off' | 'capped' | 'not_sampled' | 'shown', propensity}.
 */
export function promptDecision({ rate, intervalMs, lastPromptMs, nowMs, draw }) {
  if (!(rate > 0)) {
    return { decision: 'off', propensity: 0 };
  }
  if (lastPromptMs !== null && nowMs - lastPromptMs < intervalMs) {
    return { decision: 'capped', propensity: 0 };
  }
  return { decision: draw < rate ? 'shown' : 'not_sampled', propensity: Math.min(rate, 1) };
}

/**
 * One v1 feedback record (see DESIGN.md, "Core vocabulary"). `event` is
 * {type, value?, scale?, text?, reason?, meta?}; when `captureText` is false, text and reason are
 * left out and meta.redacted is "true", so the event type, values and counts still arrive.
 */
export function feedbackRecord(event, { id, interactionId, nowMs, userId, captureText, dwellMs }) {
  const record = {
    kind: 'feedback',
    id,
    interaction_id: interactionId,
    ts: new Date(nowMs).toISOString(),
    type: event.type,
    actor: userId ? { role: 'user', id: String(userId) } : { role: 'user' },
  };
  if (event.value !== undefined) record.value = event.value;
  if (event.scale !== undefined) record.scale = event.scale;
  const meta = { sdk: 'plumbline-js/' + VERSION, dwell_ms: String(Math.max(0, Math.round(dwellMs))) };
  for (const [key, value] of Object.entries(event.meta || {})) meta[key] = String(value);
  if (captureText) {
    if (event.text !== undefined) record.text = event.text;
    if (event.reason) record.reason = event.reason;
  } else {
    meta.redacted = 'true'; // the wire contract accepts edit and follow_up without text when this says why
  }
  record.meta = meta;
  return record;
}

/** The share (0..1, 3 decimals) of the answer's text that `part` covers. */
export function share(part, whole) {
  const total = whole.trim().length;
  if (total === 0) return 0;
  return Math.round(Math.min(1, part.trim().length / total) * 1000) / 1000;
}

/** A random id for one record: resends reuse it, so the server stores the record once. */
export function newId() {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return 'pb-' + c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && c.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  return 'pb-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends records to `${endpoint}/v1/feedback` in batches. The token travels in the body and the
 * body is text/plain, so neither fetch nor sendBeacon needs a CORS preflight.
 */
export class Outbox {
  constructor({ endpoint, token, batchSize, flushIntervalMs, maxAttempts, transport }) {
    this.url = String(endpoint || '').replace(/\/+$/, '') + '/v1/feedback';
    this.token = token;
    this.batchSize = batchSize;
    this.flushIntervalMs = flushIntervalMs;
    this.maxAttempts = maxAttempts;
    this.transport = transport || defaultTransport;
    this.queue = [];
    this.timer = null;
    this.sent = 0;
    this.failed = 0;
  }

  add(record) {
    this.queue.push({ record, attempts: 0 });
    if (this.queue.length >= this.batchSize) this.flush();
    else if (this.timer === null) this.timer = setTimeout(() => this.flush(), this.flushIntervalMs);
  }

  /** Sends what is queued; with `beacon` (page exit) through sendBeacon, which outlives the page. */
  flush({ beacon = false } = {}) {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.queue.length === 0) return Promise.resolve();
    const batch = this.queue.splice(0, this.queue.length);
    const body = JSON.stringify({ token: this.token, records: batch.map((item) => item.record) });
    return this.transport(this.url, body, beacon).then(
      (status) => this.settle(batch, status),
      () => this.settle(batch, 0));
  }

  settle(batch, status) {
    if (status >= 200 && status < 300) {
      this.sent += batch.length;
      return;
    }
    const retriable = status === 0 || status === 429 || status >= 500;
    const again = batch.filter((item) => retriable && ++item.attempts < this.maxAttempts);
    this.failed += batch.length - again.length;
    if (again.length > 0) {
      this.queue.unshift(...again);
      if (this.timer === null) this.timer = setTimeout(() => this.flush(), this.flushIntervalMs);
    }
  }
}

function defaultTransport(url, body, beacon) {
  if (beacon && typeof navigator !== 'undefined' && navigator.sendBeacon) {
    const blob = new Blob([body], { type: 'text/plain;charset=UTF-8' });
    if (navigator.sendBeacon(url, blob)) return Promise.resolve(202);
  }
  return fetch(url, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    keepalive: true,
    mode: 'cors',
    credentials: 'omit',
  }).then((response) => response.status);
}

/**
 * Instruments one rendered answer. Options: interactionId, token, endpoint (required); userId,
 * root, editor, samplingRate, promptIntervalMs, userKey, captureText, batchSize, flushIntervalMs,
 * promptContainer, answerText, random, now, storage, transport (optional; the last four for tests).
 * Returns a handle: followUp(text), edited(text), regenerated(), thumbs(up, reason), rate(value,
 * scale, reason), flush(), detach(), and `prompt` ({decision, propensity}).
 */
export function attach(answerElement, options) {
  const o = Object.assign({}, DEFAULTS, options);
  for (const required of ['interactionId', 'token']) {
    if (!o[required]) throw new Error('plumbline.attach: option ' + required + ' is required');
  }
  const session = new AnswerSession(answerElement, o);
  session.start();
  return session.handle();
}

class AnswerSession {
  constructor(answer, o) {
    this.answer = answer;
    this.o = o;
    this.now = o.now || (() => Date.now());
    this.random = o.random || Math.random;
    this.storage = o.storage !== undefined ? o.storage : safeLocalStorage();
    this.root = o.root || answer.closest('[data-plumbline-answer]') || answer.parentElement || answer;
    this.answerText = o.answerText !== undefined ? o.answerText : textOf(answer);
    this.startedMs = this.now();
    this.seen = [];
    this.ended = false;
    this.outbox = new Outbox(Object.assign({}, o, { transport: o.transport }));
    this.listeners = [];
  }

  start() {
    this.listen(document, 'copy', () => this.onSelectionCopy());
    this.listen(this.root, 'click', (event) => this.onClick(event));
    this.listen(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.leave('hidden');
    });
    this.listen(window, 'pagehide', () => this.leave('pagehide'));
    this.prompt = this.decidePrompt();
    if (this.prompt.decision === 'shown') this.showPrompt();
  }

  handle() {
    return {
      interactionId: this.o.interactionId,
      prompt: this.prompt,
      outbox: this.outbox,
      followUp: (text) => this.record({ type: 'follow_up', text: String(text) }),
      edited: (text) => this.sendEditor(String(text)),
      regenerated: () => this.record({ type: 'regenerate' }),
      thumbs: (up, reason) => this.record({ type: 'thumbs', value: up ? 1 : -1, reason, meta: this.explicitMeta(false) }),
      rate: (value, scale = 5, reason) => this.record({ type: 'rating', value, scale, reason, meta: this.explicitMeta(false) }),
      flush: () => this.outbox.flush(),
      detach: () => this.detach(),
    };
  }

  listen(target, type, listener) {
    target.addEventListener(type, listener);
    this.listeners.push(() => target.removeEventListener(type, listener));
  }

  detach() {
    this.listeners.forEach((remove) => remove());
    this.listeners = [];
    return this.outbox.flush();
  }

  record(event) {
    const id = event.id || newId();
    this.seen.push(event.type);
    if (event.type === 'follow_up' || event.type === 'regenerate') this.ended = true;
    this.outbox.add(feedbackRecord(event, {
      id,
      interactionId: this.o.interactionId,
      nowMs: this.now(),
      userId: this.o.userId,
      captureText: this.o.captureText,
      dwellMs: this.now() - this.startedMs,
    }));
    return id;
  }

  /** Abandonment: the page is hidden or closed and the user neither followed up nor regenerated. */
  leave(trigger) {
    if (!this.ended) {
      this.ended = true;
      this.record({ id: this.o.interactionId + ':abandon', type: 'abandon', meta: { trigger, after: this.seen.join(',') } });
    }
    this.sendPendingRating();
    this.outbox.flush({ beacon: true });
  }

  onSelectionCopy() {
    const selected = selectedTextWithin(this.answer);
    if (selected.trim().length > 0) {
      this.record({ type: 'copy', text: selected, meta: { share: share(selected, this.answerText), via: 'selection' } });
    }
  }

  onClick(event) {
    const control = event.target.closest && event.target.closest('[data-plumbline]');
    if (!control || !this.root.contains(control)) return;
    const kind = control.getAttribute('data-plumbline');
    const reason = () => this.takeReason();
    if (kind === 'copy') this.copyAll();
    else if (kind === 'edit') this.openEditor();
    else if (kind === 'send') this.sendEditor(textOf(this.editor() || this.answer));
    else if (kind === 'regenerate') this.record({ type: 'regenerate' });
    else if (kind === 'thumbs-up' || kind === 'thumbs-down') {
      this.record({ type: 'thumbs', value: kind === 'thumbs-up' ? 1 : -1, reason: reason(), meta: this.explicitMeta(false) });
    } else if (kind === 'rating') {
      const value = Number(control.getAttribute('data-plumbline-value'));
      const scale = Number(control.getAttribute('data-plumbline-scale') || 5);
      this.record({ type: 'rating', value, scale, reason: reason(), meta: this.explicitMeta(false) });
    }
  }

  copyAll() {
    this.record({ type: 'copy', text: this.answerText, meta: { share: 1, via: 'button' } });
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(this.answerText).catch(() => {});
    }
  }

  editor() {
    return this.o.editor || this.root.querySelector('[data-plumbline="editor"]');
  }

  openEditor() {
    const editor = this.editor();
    if (!editor) return;
    setText(editor, this.answerText);
    editor.focus();
  }

  /** The editor was sent: an edit with the final text if it differs from the answer, else an accept. */
  sendEditor(finalText) {
    if (finalText.trim() === this.answerText.trim()) {
      return this.record({ type: 'accept' });
    }
    return this.record({ type: 'edit', text: finalText, meta: { original_chars: this.answerText.length } });
  }

  takeReason() {
    const field = this.root.querySelector('[data-plumbline="reason"]');
    if (!field) return undefined;
    const value = textOf(field).trim();
    setText(field, '');
    return value || undefined;
  }

  explicitMeta(prompted) {
    return {
      prompt: prompted ? 'sampled' : 'unsolicited',
      prompt_decision: this.prompt ? this.prompt.decision : 'off',
      feedback_propensity: this.prompt ? this.prompt.propensity : 0,
    };
  }

  decidePrompt() {
    const key = 'plumbline.lastPrompt.' + this.o.userKey;
    const stored = this.storage ? Number(this.storage.getItem(key)) : NaN;
    const decision = promptDecision({
      rate: Number(this.o.samplingRate),
      intervalMs: Number(this.o.promptIntervalMs),
      lastPromptMs: Number.isFinite(stored) && stored > 0 ? stored : null,
      nowMs: this.now(),
      draw: this.random(),
    });
    if (decision.decision === 'shown' && this.storage) this.storage.setItem(key, String(this.now()));
    return decision;
  }

  showPrompt() {
    const box = document.createElement('div');
    box.className = 'plumbline-prompt';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', 'Rate this answer');
    box.append(Object.assign(document.createElement('span'), { textContent: 'How helpful was this answer? ' }));
    for (let value = 1; value <= 5; value++) {
      const star = Object.assign(document.createElement('button'), { type: 'button', textContent: String(value) });
      star.setAttribute('data-plumbline-prompt-value', String(value));
      star.addEventListener('click', () => this.choose(box, value));
      box.append(star);
    }
    const reason = Object.assign(document.createElement('input'), { type: 'text', placeholder: 'Why? (optional)' });
    reason.setAttribute('data-plumbline-prompt-reason', '');
    const send = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Send' });
    send.setAttribute('data-plumbline-prompt-send', '');
    send.addEventListener('click', () => this.sendPendingRating());
    box.append(reason, send);
    this.promptBox = box;
    const container = this.o.promptContainer;
    if (container) container.append(box);
    else this.answer.insertAdjacentElement('afterend', box);
  }

  choose(box, value) {
    this.pendingRating = value;
    box.querySelectorAll('[data-plumbline-prompt-value]').forEach((star) =>
      star.setAttribute('aria-pressed', String(Number(star.getAttribute('data-plumbline-prompt-value')) === value)));
  }

  /** A chosen rating is sent on Send, or at page exit if the user chose but never pressed Send. */
  sendPendingRating() {
    if (!this.pendingRating || !this.promptBox) return;
    const reason = this.promptBox.querySelector('[data-plumbline-prompt-reason]').value.trim() || undefined;
    this.record({ type: 'rating', value: this.pendingRating, scale: 5, reason, meta: this.explicitMeta(true) });
    this.pendingRating = null;
    this.promptBox.textContent = 'Thanks for the feedback.';
  }
}

function selectedTextWithin(element) {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return '';
  let text = '';
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    if (!range.intersectsNode(element)) continue;
    const within = document.createRange();
    within.selectNodeContents(element);
    if (range.compareBoundaryPoints(Range.START_TO_START, within) > 0) within.setStart(range.startContainer, range.startOffset);
    if (range.compareBoundaryPoints(Range.END_TO_END, within) < 0) within.setEnd(range.endContainer, range.endOffset);
    text += within.toString();
  }
  return text;
}

function textOf(element) {
  if ('value' in element && typeof element.value === 'string') return element.value;
  return element.innerText !== undefined ? element.innerText : element.textContent;
}

function setText(element, text) {
  if ('value' in element && typeof element.value === 'string') element.value = text;
  else element.textContent = text;
}

function safeLocalStorage() {
  try {
    return globalThis.localStorage || null;
  } catch (e) {
    return null; // storage blocked (privacy settings): the interval cap then holds per page only
  }
}
