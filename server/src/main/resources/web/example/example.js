// The example product page: asks the scripted model (/example/chat) for answers, attaches the SDK
// to each, and shows what it sends. window.plumblineExample exposes the state for tests.
import { attach } from '/sdk/plumbline.js';

const params = new URLSearchParams(location.search);
const samplingRate = Number(params.get('sampling') ?? '0.3');
const promptIntervalMs = Number(params.get('interval') ?? String(24 * 60 * 60 * 1000));
const captureText = params.get('privacy') !== '1';
const endpoint = location.origin;
const sessionId = 'ex-session-' + Math.random().toString(36).slice(2, 10);
const state = { answers: [], sent: [] };
window.plumblineExample = state;

const chat = document.getElementById('chat');
const log = document.getElementById('log');

document.getElementById('mint').textContent =
`curl -s -X POST ${endpoint}/v1/feedback-tokens \\
  -H 'Authorization: Bearer pl_YOUR_INGEST_KEY' -H 'Content-Type: application/json' \\
  -d '{"interaction_id": "THE_INTERACTION_ID", "ttl_seconds": 3600}'
# Java SDK: plumblineClient.feedbackToken("THE_INTERACTION_ID", Duration.ofHours(1)).map(FeedbackToken::token)`;

// Wraps the SDK's transport only to show the records on this page.
function loggingTransport(url, body, beacon) {
  const records = JSON.parse(body).records;
  state.sent.push(...records);
  log.textContent = records.map((r) => JSON.stringify(r)).join('\n') + '\n' + log.textContent;
  if (beacon && navigator.sendBeacon(url, new Blob([body], { type: 'text/plain;charset=UTF-8' }))) {
    return Promise.resolve(202);
  }
  return fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, keepalive: true })
    .then((response) => response.status);
}

async function ask(message, regenerates) {
  const response = await fetch('/example/chat', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ message, session_id: sessionId, regenerates, feedback_propensity: samplingRate > 0 ? samplingRate : undefined }),
  });
  const reply = await response.json();
  if (!response.ok) throw new Error(reply.error ? reply.error.message : response.status);
  render(message, reply);
}

function render(message, reply) {
  const turn = document.createElement('div');
  turn.className = 'turn';
  turn.setAttribute('data-plumbline-answer', '');
  turn.setAttribute('data-interaction-id', reply.interaction_id);
  turn.innerHTML = `<div class="user"></div><div class="answer"></div>
    <div class="controls">
      <button type="button" data-plumbline="copy">Copy</button>
      <button type="button" data-plumbline="edit">Edit</button>
      <button type="button" data-plumbline="regenerate">Regenerate</button>
      <button type="button" data-plumbline="thumbs-up" aria-label="thumbs up">👍</button>
      <button type="button" data-plumbline="thumbs-down" aria-label="thumbs down">👎</button>
      <input data-plumbline="reason" placeholder="reason (optional)">
    </div>
    <div class="editor"><textarea data-plumbline="editor" rows="6"></textarea>
      <button type="button" data-plumbline="send">Send edited version</button></div>`;
  turn.querySelector('.user').textContent = message;
  const answer = turn.querySelector('.answer');
  answer.textContent = reply.completion;
  chat.append(turn);
  const handle = attach(answer, {
    interactionId: reply.interaction_id, token: reply.token, endpoint,
    samplingRate, promptIntervalMs, captureText, transport: loggingTransport,
  });
  turn.querySelector('[data-plumbline="edit"]').addEventListener('click', () => turn.querySelector('.editor').classList.add('open'));
  // The SDK records the regenerate itself (the button is marked); the product just asks again.
  turn.querySelector('[data-plumbline="regenerate"]').addEventListener('click', () => ask(message, reply.interaction_id));
  state.answers.push({ interactionId: reply.interaction_id, token: reply.token, handle, message });
  showSnippet(reply);
}

function showSnippet(reply) {
  document.getElementById('snippet').textContent =
`<script type="module">
  import { attach } from '${endpoint}/sdk/plumbline.js';
  const handle = attach(answerElement /* the element holding the answer text */, {
    interactionId: '${reply.interaction_id}',
    token: '${reply.token}',
    endpoint: '${endpoint}',
    samplingRate: ${samplingRate},            // ask for a rating on this share of answers
    promptIntervalMs: ${promptIntervalMs},  // at most one prompt per user per interval
    captureText: ${captureText},           // false: event types without text
  });
  // when the user sends the next message: handle.followUp(text);
</script>`;
}

document.getElementById('composer').addEventListener('submit', async (event) => {
  event.preventDefault();
  const field = document.getElementById('message');
  const message = field.value.trim();
  if (!message) return;
  field.value = '';
  const last = state.answers[state.answers.length - 1];
  if (last) last.handle.followUp(message);
  try {
    await ask(message);
  } catch (e) {
    log.textContent = 'the example model failed: ' + e.message + '\n' + log.textContent;
  }
});
