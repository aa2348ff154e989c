// The disposal list: one button ticks (or unticks) every item on the page.
(() => {
  const button = document.getElementById("tick-all");
  if (!button) return;
  const boxes = [...document.querySelectorAll('input[name="item"]')];
  button.hidden = false;
  button.addEventListener("click", () => {
    const tick = boxes.some((box) => !box.checked);
    for (const box of boxes) box.checked = tick;
    // The words come from the page, in the clerk's language.
    button.textContent = tick ? button.dataset.untick : button.dataset.tick;
  });
})();
