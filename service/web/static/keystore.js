// Where the page keeps an API key: for this browser session only (sessionStorage), unless the
// person ticks "Remember on this computer" (localStorage). A key left on a shared computer is
// a key anyone at it can use, so remembering is asked for, never assumed.

const KEY_STORE = "smic-matcher.api-key";

/** The key in use: this session's, else one remembered on this computer, else "". */
export function readKey() {
  return sessionStorage.getItem(KEY_STORE) || localStorage.getItem(KEY_STORE) || "";
}

/** Whether the key in use is remembered on this computer. */
export function isRemembered() {
  return Boolean(localStorage.getItem(KEY_STORE));
}

/** Keep `key` for this session, and on this computer only if `remember`; "" forgets it. */
export function saveKey(key, remember = false) {
  if (!key) { forgetKey(); return; }
  sessionStorage.setItem(KEY_STORE, key);
  if (remember) localStorage.setItem(KEY_STORE, key);
  else localStorage.removeItem(KEY_STORE);
}

/** Forget the key everywhere. */
export function forgetKey() {
  sessionStorage.removeItem(KEY_STORE);
  localStorage.removeItem(KEY_STORE);
}

/** The "Remember on this computer" box of the key form, if the page has one. */
export function rememberWanted() {
  const box = document.getElementById("key-remember");
  return Boolean(box && box.checked);
}

/** Tick the box when the key in use is remembered. */
export function showRemembered() {
  const box = document.getElementById("key-remember");
  if (box) box.checked = isRemembered();
}

showRemembered();  // the form shows whether the key in use is remembered
