/* Presenter view: when the current phase's notes do not fit on the shared screen, they page by
 * themselves, one screenful every few seconds, and start again at the top. Nobody touches the
 * shared screen, so it must move on its own; with reduced motion it jumps instead of gliding. */
(function () {
  "use strict";
  var board = document.getElementById("board");
  if (!board) return;
  var PAGE_SECONDS = 10;
  var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function section() { return board.querySelector(".phase-notes:has(> .phase-head.is-current)"); }
  function fit() {
    var notes = section();
    if (!notes) return;
    var room = Math.max(160, window.innerHeight - notes.getBoundingClientRect().top - window.scrollY - 12);
    board.style.setProperty("--notes-height", room + "px");
  }
  function page() {
    var notes = section();
    if (!notes || notes.scrollHeight <= notes.clientHeight + 4) return;
    var end = notes.scrollTop + notes.clientHeight >= notes.scrollHeight - 4;
    notes.scrollTo({ top: end ? 0 : notes.scrollTop + notes.clientHeight - 24, behavior: smooth ? "smooth" : "auto" });
  }
  window.addEventListener("resize", fit);
  document.getElementById("room").addEventListener("htmx:wsAfterMessage", fit);
  setInterval(page, PAGE_SECONDS * 1000);
  fit();
})();
