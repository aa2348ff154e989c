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
        // A page with a softphone is never reloaded (that would drop the call): its
        // changing parts are taken from a fresh copy of the page instead.
        if (live.dataset.inPlace) await refreshInPlace(now);
        else window.location.reload();
      }
    } catch {
      // The network or the server is down for a moment: try again at the next tick.
    }
  }

  async function refreshInPlace(now) {
    const answer = await fetch(window.location.href, { credentials: "same-origin" });
    if (!answer.ok) return;
    const fresh = new DOMParser().parseFromString(await answer.text(), "text/html");
    for (const part of document.querySelectorAll("[data-live-part]")) {
      const replacement = fresh.getElementById(part.id);
      if (replacement) part.replaceWith(document.importNode(replacement, true));
    }
    live.dataset.fingerprint = now.fingerprint;
    live.dataset.call = now.call || "";
  }

  window.setInterval(check, everyMs);
})();
