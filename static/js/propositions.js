/* The droomzin form: once the sent droomzin (or the ack of a resend) is on the page, the field
 * empties and the form gets a fresh client_id. Until then the text stays, so a refusal loses nothing. */
(function () {
  "use strict";
  var form = document.getElementById("proposition-form");
  var room = document.getElementById("room");
  if (!form || !room) return;
  var pending = null;

  function newClientId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2);
  }

  form.addEventListener("htmx:wsConfigSend", function (event) {
    var params = event.detail.parameters;
    if (String(params.text || "").trim()) pending = params.client_id;
  });

  room.addEventListener("htmx:wsAfterMessage", function () {
    if (!pending || !document.querySelector('[data-client-id="' + CSS.escape(pending) + '"]')) return;
    pending = null;
    form.querySelector('[name="client_id"]').value = newClientId();
    form.querySelector("textarea").value = "";
  });
})();
