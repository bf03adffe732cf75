/* A page that speaks its room's language (the presenter view, the phones) loads again when the facilitator
 * changes that language, so the shared screen follows without anyone touching it. A person who
 * chose a language with the switch does not follow (the page then has no data-follows-language). */
(function () {
  "use strict";
  var room = document.getElementById("room");
  if (!room || !room.hasAttribute("data-follows-language")) return;
  room.addEventListener("htmx:wsAfterMessage", function () {
    var mark = document.getElementById("room-language");
    var spoken = document.documentElement.lang;
    if (mark && mark.dataset.language && spoken && mark.dataset.language !== spoken) location.reload();
  });
})();
