// The setup page: a form that comes back with what is wrong (HTTP 400) is shown in place,
// like a saved one. htmx leaves 4xx answers out by default.
document.addEventListener("htmx:beforeSwap", (event) => {
  if (event.detail.xhr.status === 400 && event.target.closest(".event-setup")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
