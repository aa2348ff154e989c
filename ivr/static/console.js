// The console's pages keep themselves current: every few seconds ask the page's small JSON
// endpoint what it would show now, and reload when that has changed. A new caller on the
// line reloads at once (the screen pop); anything else waits until no field is being edited.
(() => {
  const live = document.getElementById("live");
  if (!live) return;
  const everyMs = Number(live.dataset.every || 3000);
  const editing = () => document.activeElement?.matches("input, select, textarea") ?? false;

  async function check() {
    try {
      const answer = await fetch(live.dataset.url, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (!answer.ok || !answer.headers.get("Content-Type")?.includes("json")) return;
      const now = await answer.json();
      const newCall = "call" in now && (now.call || "") !== live.dataset.call;
      if (now.fingerprint !== live.dataset.fingerprint && (newCall || !editing())) {
        window.location.reload();
      }
    } catch {
      // The network or the server is down for a moment: try again at the next tick.
    }
  }

  window.setInterval(check, everyMs);
})();
