// The annotation API as small async functions. The session cookie is HttpOnly; the CSRF token the
// server hands out with the session is kept here and sent with every state-changing request.
let csrf = null;

async function failure(response) {
  let message = response.status + ' ' + response.statusText;
  try { message = (await response.json()).error.message; } catch (e) { /* not JSON */ }
  const error = new Error(message);
  error.status = response.status;
  return error;
}

export async function session() {
  const response = await fetch('/api/session', { credentials: 'same-origin' });
  if (response.status === 401) return null;
  if (!response.ok) throw await failure(response);
  const s = await response.json();
  csrf = s.csrf;
  return s;
}

export async function login(username, password) {
  const token = await (await fetch('/api/csrf', { credentials: 'same-origin' })).json();
  const response = await fetch('/api/login', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token.csrf },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw await failure(response);
  const s = await response.json();
  csrf = s.csrf;
  return s;
}

export async function get(path) {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** POSTs JSON with the CSRF token; resolves to the parsed answer, or null for 204. */
export async function post(path, body = {}, options = {}) {
  const response = await fetch(path, {
    method: 'POST', credentials: 'same-origin', keepalive: options.keepalive === true,
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf || '' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  return response.status === 204 ? null : response.json();
}

export async function logout() {
  await post('/api/logout');
  window.location.assign('/annotation/login.html');
}

/** Creates an element with attributes and children; text is always set as text, never parsed as HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}
