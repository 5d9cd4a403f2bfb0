// The SHA-256 worker of the ALTCHA widget (the "external" build ships none inline, so the page's CSP stays 'self').
// Loaded after i18n/nl.js, which creates globalThis.$altcha, and before altcha.min.js, which starts the widget.
const worker = new URL('workers/sha.js', import.meta.url);
globalThis.$altcha.algorithms.set('SHA-256', () => new Worker(worker));
