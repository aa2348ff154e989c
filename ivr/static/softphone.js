// The agent's softphone: calls put through to `client:NAME` ring in this page, through the
// Twilio Voice JavaScript SDK that the app serves itself (static/vendor/twilio.min.js).
// Every word shown is in the page (#softphone's hidden paragraphs), not here.
(() => {
  const phone = document.getElementById("softphone");
  if (!phone) return;
  const $ = (id) => document.getElementById(id);
  const answer = $("softphone-answer");
  const hangUp = $("softphone-hangup");
  const mute = $("softphone-mute");
  let device = null;
  let call = null;

  // Show the one state paragraph named, and hide the others.
  function show(state, detail = "") {
    for (const line of phone.querySelectorAll("[data-state]")) {
      line.hidden = line.dataset.state !== state;
    }
    $("softphone-detail").textContent = detail;
    phone.dataset.current = state;
  }

  function buttons({ ringing = false, talking = false } = {}) {
    answer.hidden = !ringing;
    hangUp.hidden = !(ringing || talking);
    mute.hidden = !talking;
    mute.setAttribute("aria-pressed", String(Boolean(call && call.isMuted())));
  }

  // While a call rings or goes on, the desk must not reload (console.js asks).
  window.softphoneBusy = () => call !== null;

  async function token() {
    const answered = await fetch(phone.dataset.tokenUrl, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    const body = await answered.json().catch(() => ({}));
    if (!answered.ok || !body.token) throw new Error(body.error || `HTTP ${answered.status}`);
    return body.token;
  }

  function unreachable(error) {
    show("unreachable", error && error.message ? error.message : "");
    buttons();
  }

  function follow(incoming) {
    call = incoming;
    show("ringing", incoming.parameters.From || "");
    buttons({ ringing: true });
    const over = () => {
      call = null;
      show("ready");
      buttons();
    };
    incoming.on("accept", () => {
      show("talking");
      buttons({ talking: true });
    });
    incoming.on("mute", () => buttons({ talking: true }));
    incoming.on("disconnect", over);
    incoming.on("cancel", over);
    incoming.on("reject", over);
    incoming.on("error", (error) => {
      over();
      unreachable(error);
    });
  }

  answer.addEventListener("click", () => call && call.accept());
  hangUp.addEventListener("click", () => {
    if (!call) return;
    if (call.status() === "pending") call.reject();
    else call.disconnect();
  });
  mute.addEventListener("click", () => call && call.mute(!call.isMuted()));

  async function start() {
    if (!window.Twilio || !window.Twilio.Device) {
      unreachable(new Error("twilio.min.js"));
      return;
    }
    const sounds = {};
    for (const name of ["disconnect", "outgoing", "dtmf0", "dtmf1", "dtmf2", "dtmf3", "dtmf4",
      "dtmf5", "dtmf6", "dtmf7", "dtmf8", "dtmf9", "dtmfh", "dtmfs"]) {
      sounds[name] = phone.dataset.silence; // nothing fetched from Twilio's CDN
    }
    sounds.incoming = phone.dataset.ring;
    try {
      device = new window.Twilio.Device(await token(), {
        sounds,
        logLevel: "silent",
        closeProtection: true,
        tokenRefreshMs: 60_000, // a new token a minute before this one expires
      });
    } catch (error) {
      unreachable(error);
      return;
    }
    device.on("registered", () => {
      if (!call) show("ready");
    });
    device.on("unregistered", () => unreachable());
    device.on("error", (error) => {
      if (!call) unreachable(error);
    });
    device.on("incoming", follow);
    device.on("tokenWillExpire", async () => {
      try {
        device.updateToken(await token());
      } catch (error) {
        unreachable(error);
      }
    });
    device.register().catch(unreachable);
    // No word from Twilio within a few seconds: say so rather than wait in silence.
    window.setTimeout(() => {
      if (device.state !== "registered" && !call) unreachable();
    }, Number(phone.dataset.patienceMs || 8000));
  }

  show("connecting");
  buttons();
  start();
})();
