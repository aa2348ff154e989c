// The label page's print button (scripts live in files: the pages' CSP forbids inline ones).
document.getElementById("print")?.addEventListener("click", () => window.print());
