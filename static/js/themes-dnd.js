/* Console only.
 *  - The ticked notes and the theme name survive a board refresh (hx-preserve); once "Maak thema"
 *    is sent they are cleared, so the next theme starts empty.
 *  - An extra for mouse users on a large screen: drag a note onto a theme to put it there, or
 *    onto the loose notes of its phase to take it out of its theme. It only fills and submits a
 *    hidden ws-send form, so the server decides exactly as for the keyboard menu. */
(function () {
  "use strict";
  var room = document.getElementById("room");
  if (!room) return;
  room.addEventListener("htmx:wsAfterSend", function (event) {
    var sent = event.target;
    if (sent.classList && sent.classList.contains("theme-pick")) sent.reset();  // also unticks its form= checkboxes
  });

  var form = document.getElementById("theme-drop");
  if (!form || !window.matchMedia("(pointer: fine) and (min-width: 60rem)").matches) return;

  function markDraggable() {
    room.querySelectorAll("#board .note[id^='note-']").forEach(function (note) { note.draggable = true; });
  }

  function target(event) {
    return event.target.closest && event.target.closest("#board .theme, #board ul.notes[id^='notes-']");
  }

  room.addEventListener("dragstart", function (event) {
    var note = event.target.closest && event.target.closest("#board .note[id^='note-']");
    if (!note) return;
    event.dataTransfer.setData("text/x-vierluik-note", note.id.slice(5));
    event.dataTransfer.effectAllowed = "move";
  });
  room.addEventListener("dragover", function (event) {
    if (target(event) && event.dataTransfer.types.indexOf("text/x-vierluik-note") >= 0) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
    }
  });
  room.addEventListener("drop", function (event) {
    var zone = target(event);
    var noteId = event.dataTransfer.getData("text/x-vierluik-note");
    if (!zone || !noteId) return;
    event.preventDefault();
    var themeId = zone.dataset.themeId || "";
    form.querySelector("[name=action]").value = themeId ? "theme.add" : "theme.remove";
    form.querySelector("[name=theme_id]").value = themeId;
    form.querySelector("[name=note_id]").value = noteId;
    form.requestSubmit();
  });
  room.addEventListener("htmx:wsAfterMessage", markDraggable);
  markDraggable();
})();
