// Unit tests of the SDK's pure parts, with node's built-in runner: node --test browser/test/
// (The DOM wiring is tested in real Chromium by the server's ExampleChatBrowserTest.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promptDecision, feedbackRecord, share, newId, Outbox } from '../plumbline.js';

const HOUR = 60 * 60 * 1000;

test('no prompt is ever shown when the sampling rate is zero', () => {
  assert.deepEqual(promptDecision({ rate: 0, intervalMs: 0, lastPromptMs: null, nowMs: 0, draw: 0 }),
    { decision: 'off', propensity: 0 });
});

test('a prompt within the interval after the last one is capped whatever the draw', () => {
  const decision = promptDecision({ rate: 1, intervalMs: 24 * HOUR, lastPromptMs: 1000, nowMs: 1000 + HOUR, draw: 0 });
  assert.deepEqual(decision, { decision: 'capped', propensity: 0 });
});

test('an eligible prompt is shown exactly when the draw falls under the rate and logs the rate as propensity', () => {
  const base = { rate: 0.2, intervalMs: HOUR, lastPromptMs: 0, nowMs: 2 * HOUR };
  assert.deepEqual(promptDecision({ ...base, draw: 0.1999 }), { decision: 'shown', propensity: 0.2 });
  assert.deepEqual(promptDecision({ ...base, draw: 0.2 }), { decision: 'not_sampled', propensity: 0.2 });
});

test('over many seeded draws the shown share matches the sampling rate', () => {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let shown = 0;
  for (let i = 0; i < 20000; i++) {
    if (promptDecision({ rate: 0.3, intervalMs: 0, lastPromptMs: null, nowMs: i, draw: next() }).decision === 'shown') shown++;
  }
  assert.ok(Math.abs(shown / 20000 - 0.3) < 0.015, 'shown share was ' + shown / 20000);
});

const context = { id: 'f-1', interactionId: 'i-1', nowMs: Date.parse('2026-11-01T10:00:00Z'), userId: 'u-3', dwellMs: 1234.4 };

test('a feedback record has the v1 shape with the user as actor and the dwell time in meta', () => {
  const record = feedbackRecord({ type: 'edit', text: 'Dear Ms Lee', meta: { original_chars: 10 } }, { ...context, captureText: true });
  assert.deepEqual(record, {
    kind: 'feedback', id: 'f-1', interaction_id: 'i-1', ts: '2026-11-01T10:00:00.000Z', type: 'edit',
    actor: { role: 'user', id: 'u-3' }, text: 'Dear Ms Lee',
    meta: { sdk: 'plumbline-js/0.1.0', dwell_ms: '1234', original_chars: '10' },
  });
});

test('the privacy switch keeps the event type and drops every text and reason', () => {
  const edit = feedbackRecord({ type: 'edit', text: 'secret words' }, { ...context, captureText: false });
  const rating = feedbackRecord({ type: 'rating', value: 2, scale: 5, reason: 'rude' }, { ...context, captureText: false });
  assert.equal(edit.type, 'edit');
  assert.ok(!('text' in edit));
  assert.equal(edit.meta.redacted, 'true');
  assert.equal(rating.value, 2);
  assert.ok(!('reason' in rating));
  assert.ok(!JSON.stringify([edit, rating]).includes('secret') && !JSON.stringify(rating).includes('rude'));
});

test('the copied share is the trimmed part over the trimmed whole, at most one', () => {
  assert.equal(share('abcd', '  abcdefgh '), 0.5);
  assert.equal(share('abcdefghij', 'abc'), 1);
  assert.equal(share('x', '   '), 0);
});

test('ids are distinct', () => {
  const ids = new Set(Array.from({ length: 1000 }, newId));
  assert.equal(ids.size, 1000);
});

function recordingTransport(statuses) {
  const calls = [];
  const transport = (url, body, beacon) => {
    calls.push({ url, body: JSON.parse(body), beacon });
    return Promise.resolve(statuses.length > 0 ? statuses.shift() : 200);
  };
  return { calls, transport };
}

test('a full batch is sent at once to /v1/feedback with the token in the body', async () => {
  const { calls, transport } = recordingTransport([]);
  const outbox = new Outbox({ endpoint: 'https://pl.example/', token: 'pft1.t', batchSize: 2, flushIntervalMs: 60000, maxAttempts: 3, transport });
  outbox.add({ id: 'a' });
  assert.equal(calls.length, 0);
  await outbox.add({ id: 'b' });
  await outbox.flush();
  assert.equal(calls.length, 1);
  assert.equal(calls[0].url, 'https://pl.example/v1/feedback');
  assert.deepEqual(calls[0].body, { token: 'pft1.t', records: [{ id: 'a' }, { id: 'b' }] });
  assert.equal(outbox.sent, 2);
});

test('a batch refused with 503 is resent with the same ids, and one refused with 403 is dropped', async () => {
  const { calls, transport } = recordingTransport([503, 200, 403]);
  const outbox = new Outbox({ endpoint: '', token: 't', batchSize: 100, flushIntervalMs: 60000, maxAttempts: 3, transport });
  outbox.add({ id: 'a' });
  await outbox.flush();
  await outbox.flush();
  outbox.add({ id: 'b' });
  await outbox.flush();
  await outbox.flush();
  assert.deepEqual(calls.map((call) => call.body.records.map((r) => r.id)), [['a'], ['a'], ['b']]);
  assert.equal(outbox.sent, 1);
  assert.equal(outbox.failed, 1);
});

test('a page-exit flush asks the transport for a beacon', async () => {
  const { calls, transport } = recordingTransport([]);
  const outbox = new Outbox({ endpoint: '', token: 't', batchSize: 100, flushIntervalMs: 60000, maxAttempts: 3, transport });
  outbox.add({ id: 'a' });
  await outbox.flush({ beacon: true });
  assert.equal(calls[0].beacon, true);
});
