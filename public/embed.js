/* qantar-map host script, embed protocol v1. MIT */
/* global window, document, setTimeout, MutationObserver */
(() => {
  if (window.qantarMap) return; // loaded twice: the first copy already listens
  const Q = 'qantar-map';
  const GET = { type: 'get-state' };
  const frames = new WeakMap();
  const link = document.createElement('a');
  const ours = () => Array.from(document.querySelectorAll('iframe[data-qantar-map]'));
  // http(s) only: "null" would match any sandboxed sender
  const originOf = (f) => ((link.href = f.src), f.src && /^https?:$/.test(link.protocol) ? link.origin : null);
  // handlers in a Map: on('constructor' | 'toString' | '__proto__', fn) is just another name
  const rec = (f) => frames.get(f) || frames.set(f, { queue: [], on: new Map() }).get(f);
  // unsettled getState calls, [record, fail]: failed when the frame leaves the page (after being in it)
  const pending = new Set();
  let watcher;
  const gone = () => pending.forEach(([r, fail]) => (r.seen = r.seen || r.iframe.isConnected) && !r.iframe.isConnected && fail());
  const post = (f, msg) => {
    const o = originOf(f); // not '*': the frame may have navigated away
    if (o && f.contentWindow) f.contentWindow.postMessage(Object.assign({ target: Q, version: 1 }, msg), o);
  };
  // queued until `ready`: a lazy frame may not have loaded
  const send = (f, msg, sent) => {
    if (!rec(f).ready) return rec(f).queue.push([msg, sent]);
    post(f, msg);
    if (sent) sent();
  };
  const emit = (r, type, msg) => (r.on.get(type) || []).forEach((fn) => fn(msg));

  window.addEventListener('message', (e) => {
    const f = ours().find((x) => x.contentWindow === e.source);
    const d = e.data;
    if (!f || e.origin !== originOf(f) || !d || typeof d !== 'object') return;
    const dw = d['datawrapper-height'];
    const h = (d.source === Q && d.type === 'resize') || (d.sentinel === 'amp' && d.type === 'embed-size')
      ? d.height : dw && Object.values(dw)[0];
    if (typeof h === 'number' && h >= 100 && h <= 5000) f.style.height = Math.ceil(h) + 'px';
    if (d.source !== Q || d.version !== 1) return;
    const r = rec(f);
    if (!r.ready || d.type === 'ready') {
      // any message shows it listens (we may have missed `ready`)
      r.ready = true;
      r.hello = d.type === 'ready' ? d : { source: Q, version: 1, id: d.id, type: 'ready' };
      r.queue.splice(0).forEach((q) => send(f, q[0], q[1]));
      emit(r, 'ready', r.hello);
    }
    if (d.type !== 'ready') emit(r, d.type, d);
  });

  function qantarMap(target) {
    let f = target;
    if (typeof target === 'string') {
      try {
        f = document.getElementById(target) || document.querySelector(target);
      } catch {
        throw new TypeError('qantarMap: ' + JSON.stringify(target) + ' is neither an element id nor a valid selector');
      }
    }
    if (!f || f.tagName !== 'IFRAME') throw new TypeError('qantarMap: no iframe for ' + target);
    const r = rec(f);
    r.iframe = f;
    r.seen = r.seen || f.isConnected;
    if (r.api) return r.api;
    f.setAttribute('data-qantar-map', ''); // so we hear it
    const cmd = (type, payload) => (send(f, Object.assign({ type }, payload)), api);
    const api = (r.api = {
      iframe: f,
      setTime: (t) => cmd('set-time', { t }),
      play: () => cmd('play'),
      pause: () => cmd('pause'),
      setMode: (mode) => cmd('set-mode', { mode }),
      setTypes: (types) => cmd('set-types', { types: types ? Array.from(types) : null }),
      selectEvent: (event) => cmd('select-event', { event }),
      // 3 s from posting, not from a lazy frame's wait; at once when the frame leaves the page.
      // Only the answer to this request: it echoes our ref (an earlier state may still be in flight).
      getState: () => new Promise((resolve, reject) => {
        const ref = (r.asked = (r.asked || 0) + 1);
        const entry = [r, () => done(0)];
        const done = (s) => {
          if (s && !(s.ref >= ref)) return;
          api.off('state', done);
          pending.delete(entry);
          if (s) resolve(s);
          else reject(new Error(s === 0 ? 'qantarMap: the iframe was removed from the page before it answered' : 'qantarMap: no state in 3 s'));
        };
        api.on('state', done);
        pending.add(entry);
        (watcher = watcher || new MutationObserver(gone)).observe(document, { childList: true, subtree: true });
        send(f, { type: 'get-state', ref }, () => setTimeout(done, 3000));
        gone(); // it may have left already
      }),
      // late `ready` handlers still run once
      on: (type, fn) => {
        r.on.set(type, (r.on.get(type) || []).concat(fn));
        if (type === 'ready' && r.ready) Promise.resolve(r.hello).then(fn);
        return api;
      },
      off: (type, fn) => (r.on.set(type, (r.on.get(type) || []).filter((g) => g !== fn)), api),
    });
    if (!r.ready) post(f, GET); // a map loaded before us answers
    return api;
  }

  qantarMap.version = 1;
  window.qantarMap = qantarMap;
  ours().forEach((f) => post(f, GET)); // ditto
})();
