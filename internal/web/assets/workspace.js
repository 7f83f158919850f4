// The workspace's only script: the report follows the source as it is
// saved, and returned workbooks can be dropped on the page. Every page
// works without it.
'use strict';

(function live() {
  const section = document.getElementById('live');
  const frame = document.getElementById('report');
  const box = document.getElementById('problems');
  if (!section || !frame || !box || !window.EventSource) return;
  const events = new EventSource(section.dataset.live);
  events.addEventListener('change', async () => {
    try {
      const r = await fetch(section.dataset.problems, { credentials: 'same-origin' });
      if (r.ok) box.innerHTML = await r.text();
    } catch (e) { /* the next save tries again */ }
    frame.contentWindow.location.replace(frame.src);
  });
})();

(function drop() {
  for (const zone of document.querySelectorAll('[data-drop]')) {
    const input = zone.querySelector('input[type=file]');
    if (!input) continue;
    const over = (on) => (e) => { e.preventDefault(); zone.classList.toggle('over', on); };
    zone.addEventListener('dragenter', over(true));
    zone.addEventListener('dragover', over(true));
    zone.addEventListener('dragleave', over(false));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  }
})();
