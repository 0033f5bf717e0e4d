import { login } from '/annotation/api.js';

const form = document.getElementById('login');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('error');
  error.textContent = '';
  try {
    const s = await login(document.getElementById('username').value, document.getElementById('password').value);
    window.location.assign(s.role === 'admin' ? '/annotation/admin.html' : '/annotation/annotate.html');
  } catch (e) {
    error.textContent = e.message;
  }
});
