/* Vierluik organiser pages (overview, plenary): say when the socket is away, and mark the page
 * live once the first frame arrived (tests and people can rely on data-live). */
(function () {
  "use strict";
  var root = document.getElementById("event");
  if (!root) return;
  var connection = document.getElementById("connection");
  root.addEventListener("htmx:wsOpen", function () {
    connection.textContent = "";
    root.classList.remove("is-offline");
  });
  root.addEventListener("htmx:wsAfterMessage", function () { root.dataset.live = "true"; });
  root.addEventListener("htmx:wsClose", function (event) {
    delete root.dataset.live;
    if (event.detail.event.code >= 4000) return;  // refused: the message says why
    connection.textContent = connection.dataset.offline;
    root.classList.add("is-offline");
  });
})();
