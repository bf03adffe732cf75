/* Console only: the board is one tab stop, and themes are made from the keyboard in a few keys.
 *  - one note's box has tabindex 0 (a "roving tabindex"); the arrow keys, Home and End move it;
 *  - Space ticks the box (the browser does that); T goes to the name of a new theme, A to
 *    "Voeg toe aan"; Enter opens the note's menu, Escape closes it and comes back;
 *  - a click on a note (not on its menu) ticks it too, for the mouse;
 *  - the selection bar says how many notes are chosen ("3 gekozen").
 * The forms stay plain ws-send forms: the server decides exactly as without this script. */
(function () {
  "use strict";
  var room = document.getElementById("room");
  var board = document.getElementById("board");
  if (!room || !board) return;
  var current = null;  // the id of the note whose box is the board's tab stop

  function boxes() {
    return Array.prototype.filter.call(board.querySelectorAll(".note-pick"), function (box) {
      return box.getClientRects().length > 0;  // shown: not filtered away, not in a hidden phase
    });
  }
  function rove(box, focus) {
    board.querySelectorAll('.note-pick[tabindex="0"]').forEach(function (other) { other.tabIndex = -1; });
    if (!box) return;
    box.tabIndex = 0;
    current = box.id;
    if (focus) { box.focus(); box.closest(".note").scrollIntoView({ block: "nearest" }); }
  }
  function settle() {
    var list = boxes();
    var keep = current && document.getElementById(current);
    rove(keep && list.indexOf(keep) >= 0 ? keep : list[0], false);
    counts();
  }

  /* Up and down go to the note above or below on the screen (the notes stand in a grid). */
  function neighbour(list, from, key) {
    var index = list.indexOf(from);
    if (key === "ArrowRight") return list[index + 1];
    if (key === "ArrowLeft") return list[index - 1];
    if (key === "Home") return list[0];
    if (key === "End") return list[list.length - 1];
    var here = from.closest(".note").getBoundingClientRect(), best = null, bestScore = Infinity;
    list.forEach(function (box) {
      var there = box.closest(".note").getBoundingClientRect();
      var dy = key === "ArrowDown" ? there.top - here.bottom : here.top - there.bottom;
      if (dy < -2) return;
      var score = dy + 3 * Math.abs(there.left - here.left);
      if (score < bestScore) { bestScore = score; best = box; }
    });
    return best;
  }

  function bar(box) { return box && document.getElementById(box.getAttribute("form")); }

  board.addEventListener("keydown", function (event) {
    var box = event.target;
    if (!box.classList || !box.classList.contains("note-pick") || event.ctrlKey || event.metaKey || event.altKey) return;
    var key = event.key;
    if (["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End"].indexOf(key) >= 0) {
      var next = neighbour(boxes(), box, key);
      if (next) rove(next, true);
      event.preventDefault();
    } else if (key === "Enter") {
      var menu = box.closest(".note").querySelector(".note-menu");
      if (menu) {
        menu.open = true;
        var first = menu.querySelector(".menu-items button, .menu-items summary");
        if (first) first.focus();
      }
      event.preventDefault();
    } else if (key === "t" || key === "T" || key === "a" || key === "A") {
      var form = bar(box);
      if (!form || !board.querySelector('.note-pick[form="' + form.id + '"]:checked')) return;
      var field = form.querySelector(key.toLowerCase() === "t" ? "input[name=title]" : "select[name=theme_id]");
      if (field) { field.focus(); event.preventDefault(); }
    }
  });

  /* Escape in a note's menu or in the selection bar: back to the note you came from. */
  room.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var menu = event.target.closest && event.target.closest(".note-menu");
    if (menu) menu.open = false;
    if (menu || (event.target.closest && event.target.closest(".theme-pick"))) {
      var box = document.getElementById(current);
      if (box) box.focus();
    }
  });

  board.addEventListener("click", function (event) {
    var note = event.target.closest && event.target.closest(".note");
    if (!note || event.target.closest("a, button, summary, details, input, label, textarea, select")) return;
    if (window.getSelection && String(window.getSelection())) return;  // selecting text, not a note
    var box = note.querySelector(".note-pick");
    if (box) { box.click(); rove(box, false); }
  });
  board.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("note-pick")) rove(event.target, false);
  });

  /* "3 gekozen" in each phase's selection bar. */
  function counts() {
    document.querySelectorAll(".theme-pick").forEach(function (form) {
      var label = form.querySelector(".pick-count");
      var n = board.querySelectorAll('.note-pick[form="' + form.id + '"]:checked').length;
      if (label) label.textContent = n + " " + label.dataset.word;
    });
  }
  room.addEventListener("change", function (event) {
    if (event.target.classList && event.target.classList.contains("note-pick")) counts();
  });
  room.addEventListener("click", function (event) {
    var clear = event.target.closest && event.target.closest(".pick-clear");
    if (!clear) return;
    var form = clear.closest("form");
    board.querySelectorAll('.note-pick[form="' + form.id + '"]:checked').forEach(function (box) { box.checked = false; });
    counts();
    var box = document.getElementById(current);
    if (box) box.focus();
  });

  /* After a theme is made, the keyboard goes back to the board, where it was. */
  var wasInBar = false;
  room.addEventListener("htmx:wsAfterSend", function (event) {
    wasInBar = !!(event.target.classList && event.target.classList.contains("theme-pick"));
    if (wasInBar) setTimeout(counts);
  });
  room.addEventListener("htmx:wsAfterMessage", function () {
    settle();
    var active = document.activeElement;
    if (wasInBar && (!active || active === document.body || active.closest(".theme-pick"))) {
      wasInBar = false;
      var box = document.getElementById(current);
      if (box) box.focus();
    }
  });

  var skip = document.querySelector(".board-skip");
  if (skip) skip.addEventListener("click", function (event) {
    var box = document.getElementById(current) || boxes()[0];
    if (!box) return;
    event.preventDefault();
    rove(box, true);
  });
  settle();
})();
