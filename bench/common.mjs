// What the browser benchmarks share: Chromium's flags, argument parsing, and the in-page
// measurement of one user action (see browser.mjs for what `dom`, `layout` and `frame` mean).

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

// In-page measurement of one change. `act` is the source of a function that performs the
// user action synchronously (dispatches the event).
export const MEASURE = `async (actSource) => {
  const act = eval(actSource);
  const target = document.querySelector('main') || document.body;
  let mutations = 0;
  const mo = new MutationObserver((list) => { mutations += list.length; });
  mo.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
  const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  const t0 = performance.now();
  act();
  await task();
  const dom = performance.now() - t0;
  void document.body.offsetHeight;
  const layout = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(r));
  await task();
  const frame = performance.now() - t0;
  mo.disconnect();
  return { dom, layout, frame, changed: mutations > 0 };
}`;

