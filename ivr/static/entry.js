// The entry form: suggest the category and colours from the description as the clerk types.
// Fields the clerk set are theirs: suggestions only fill fields left alone (or emptied).
// The language too: when the description reads better in another language, it is switched.
(() => {
  const form = document.getElementById("entry");
  if (!form) return;
  // Clerks type without the mouse, so the field the page asks for (the first mistake, or
  // the description) must have the focus; a busy browser may skip the autofocus attribute.
  const wanted = form.querySelector("[autofocus]");
  if (wanted && document.activeElement === document.body) wanted.focus();
  const { description, language, category, colors } = form.elements;
  const status = document.getElementById("suggestion");
  let timer = null;
  let latest = 0;

  for (const field of [category, colors]) {
    field.addEventListener("input", () => {
      field.dataset.touched = field.value ? "yes" : "";
    });
  }
  language.addEventListener("change", () => {
    language.dataset.touched = "yes";
  });

  async function suggest() {
    const text = description.value.trim();
    const asked = ++latest;
    if (!text) {
      status.textContent = "";
      return;
    }
    const chosen = language.dataset.touched ? "1" : "0";
    const query = new URLSearchParams({ text, language: language.value, chosen });
    let answer;
    try {
      const response = await fetch(`${form.dataset.describeUrl}?${query}`, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (!response.ok || !response.headers.get("Content-Type")?.includes("json")) return;
      answer = await response.json();
    } catch {
      return; // suggestions are a help, not a requirement: saving infers them anyway
    }
    if (asked !== latest) return; // a newer request went out meanwhile
    language.value = answer.language; // the same unless the clerk left the choice to us
    const colorLabels = answer.colors.map((color) => color.label);
    if (!category.dataset.touched) category.value = answer.category ? answer.category.label : "";
    if (!colors.dataset.touched) colors.value = colorLabels.join(", ");
    const parts = [answer.kind?.label ?? answer.category?.label, ...colorLabels, answer.brand];
    const shown = parts.filter(Boolean);
    const read = language.selectedOptions[0]?.textContent ?? answer.language;
    // The sentence comes from the page, in the clerk's language: "Suggested: {words} (read as {language})".
    const sentence = status.dataset.sentence ?? "{words} ({language})";
    status.textContent = shown.length
      ? sentence.replace("{words}", shown.join(" · ")).replace("{language}", read)
      : "";
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(suggest, 250);
  }
  description.addEventListener("input", soon);
  language.addEventListener("change", soon);
})();
