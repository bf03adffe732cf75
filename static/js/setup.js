// The setup page: parts of the page are swapped in place with htmx.
(() => {
  const SETTLED_MS = 60; // after htmx's swap and its 20 ms settle

  // Keyboard and screen reader users keep their place: when the swapped part took the focused
  // element with it (a deleted room, "Nee, laat staan"), focus goes to the part that came back,
  // or else to the line that says what happened.
  function keepFocus(id) {
    if (document.activeElement && document.activeElement !== document.body) return;
    const part = id && document.getElementById(id);
    const next = part && part.querySelector("a[href], summary, button, textarea, input");
    (next || document.getElementById("setup-status")).focus();
  }

  document.addEventListener("htmx:beforeSwap", (event) => {
    if (!event.target.closest(".event-setup")) return;
    // A form that comes back with what is wrong (HTTP 400) is shown in place, like a saved one;
    // htmx leaves 4xx answers out by default.
    if (event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
    const id = event.detail.target.id;
    setTimeout(() => keepFocus(id), SETTLED_MS);
  });
})();
