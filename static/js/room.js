/* Vierluik room page: the few things HTML alone cannot do.
 *  - outbox: a note stays (also in localStorage) until a frame with its client_id comes back,
 *    and is sent again on every socket (re)open; the server stores it once per client_id;
 *  - versions: frames carry the room version; a gap means a missed frame, so ask for `sync`;
 *  - the composer keeps the phase a note was started in, and is never replaced;
 *  - reconnect after any unexpected close, not only the codes the ws extension retries on;
 *    after 4429 (too many from this address) too, but only after a while;
 *  - the text being written is kept per room (localStorage) until it is sent, so a reload or a
 *    discarded tab loses nothing; once sent it lives in the outbox until the server has it;
 *  - a text over the limit stays whole in the box with the reason, and is not sent;
 *  - after deleting one's own note, "Zet terug" for a few seconds (note.restore). */
(function () {
  "use strict";
  var room = document.getElementById("room");
  if (!room) return;
  var composer = document.getElementById("composer");
  var storeKey = "vierluik-outbox:" + location.pathname;
  var draftKey = "vierluik-draft:" + location.pathname;
  var lastVersion = Number(document.getElementById("room-version").dataset.roomVersion || 0);
  var socket = null;      // the extension's socket wrapper, once open
  var syncing = false;    // a `sync` is on its way: don't ask again for every later frame

  // Reconnect soon after a drop, but spread out so 500 phones do not all knock at once.
  htmx.config.wsReconnectDelay = function (retry) {
    return Math.min(500 * Math.pow(2, retry), 5000) * (0.5 + Math.random() / 2);
  };

  function newClientId() {
    var bytes = crypto.getRandomValues(new Uint8Array(16));  // works on plain http too
    bytes[6] = (bytes[6] & 0x0f) | 0x40; bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function loadOutbox() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || []; } catch (e) { return []; }
  }
  function saveOutbox(items) {
    try { localStorage.setItem(storeKey, JSON.stringify(items)); } catch (e) { /* private mode: memory only */ }
    renderOutbox(items);
  }
  function renderOutbox(items) {
    var list = document.getElementById("outbox");
    if (!list) return;
    list.replaceChildren.apply(list, items.map(function (item) {
      var li = document.createElement("li");
      li.textContent = item.text + " · " + composer.dataset.sending;
      return li;
    }));
  }
  function sendItem(item) {
    if (socket) socket.send(JSON.stringify({ action: "note.add", text: item.text, client_id: item.client_id, phase: item.phase }));
  }

  /* A note leaves the outbox once anything carrying its client_id is on the page (the note
   * itself, or an ack for a resend). A refused note goes back into the text field. */
  function settleOutbox() {
    var items = loadOutbox();
    var textarea = composer && composer.querySelector("textarea");
    var left = items.filter(function (item) {
      if (document.querySelector('[data-client-id="' + CSS.escape(item.client_id) + '"]')) return false;
      var retry = document.querySelector('[data-retry-client-id="' + CSS.escape(item.client_id) + '"]');
      if (retry) {  // not stored yet (the server is busy): keep it and send it again shortly
        retry.removeAttribute("data-retry-client-id");
        setTimeout(function () { sendItem(item); }, 2000 + Math.random() * 3000);
        return true;
      }
      var refused = document.querySelector('[data-refused-client-id="' + CSS.escape(item.client_id) + '"]');
      if (refused) {  // back into the box, never lost: before what is there now, if anything
        if (textarea) {
          textarea.value = textarea.value ? item.text + "\n" + textarea.value : item.text;
          composer.querySelector('[name="phase"]').value = item.phase || composer.querySelector('[name="phase"]').value;
          updateCounter(); saveDraft();
        }
        return false;
      }
      return true;
    });
    if (left.length !== items.length) saveOutbox(left);
    var acks = document.getElementById("acks");
    if (acks) acks.replaceChildren();
  }

  function currentPhase() {
    var status = document.getElementById("phase-status");
    return status ? { key: status.dataset.phase, title: status.dataset.phaseTitle, open: status.dataset.writingOpen === "true" } : null;
  }

  function tooLong() {
    return composer.querySelector("textarea").value.length > Number(composer.dataset.max);
  }
  function updateCounter() {
    if (!composer) return;
    var textarea = composer.querySelector("textarea");
    document.getElementById("note-counter").textContent = textarea.value.length + " / " + composer.dataset.max;
    var over = tooLong();
    document.getElementById("note-too-long").hidden = !over;
    if (over) textarea.setAttribute("aria-invalid", "true"); else textarea.removeAttribute("aria-invalid");
  }

  /* The draft: what is in the box, and the phase it was started in. */
  function saveDraft() {
    var textarea = composer.querySelector("textarea");
    try {
      if (textarea.value) {
        localStorage.setItem(draftKey, JSON.stringify({ text: textarea.value, phase: composer.querySelector('[name="phase"]').value }));
      } else {
        localStorage.removeItem(draftKey);
      }
    } catch (e) { /* private mode: the box itself is all there is */ }
  }
  function restoreDraft() {
    var draft = null;
    try { draft = JSON.parse(localStorage.getItem(draftKey)); } catch (e) { draft = null; }
    var textarea = composer.querySelector("textarea");
    if (!draft || !draft.text || textarea.value) return;
    textarea.value = draft.text;
    if (draft.phase) composer.querySelector('[name="phase"]').value = draft.phase;
  }

  /* The composer keeps the phase its note was started in; an empty composer follows the room.
   * While writing is closed the text stays, but the send button waits until it opens again. */
  function followPhase() {
    if (!composer) return;
    var phase = currentPhase();
    var field = composer.querySelector('[name="phase"]');
    var textarea = composer.querySelector("textarea");
    var hint = document.getElementById("note-phase-hint");
    composer.querySelector('button[type="submit"]').disabled = !phase.open;
    // Writing closed with text in the box: it stays there, and says so.
    document.getElementById("note-closed-hint").hidden = phase.open || !textarea.value.trim();
    if (!textarea.value.trim() || field.value === phase.key) {
      field.value = phase.key;
      hint.hidden = true;
    } else if (field.value !== phase.key) {
      var started = document.getElementById("notes-title-" + field.value);
      hint.textContent = composer.dataset.landsIn.replace("%s", started ? started.textContent.trim() : field.value);
      hint.hidden = false;
    }
  }

  if (composer) {
    restoreDraft();
    composer.querySelector("textarea").addEventListener("input", function () { updateCounter(); saveDraft(); followPhase(); });
    composer.addEventListener("htmx:wsConfigSend", function (event) {
      var params = event.detail.parameters;
      if (tooLong()) {  // kept whole in the box with the reason beside it; nothing is sent, nothing cut
        event.preventDefault();
        updateCounter();
        composer.querySelector("textarea").focus();
        return;
      }
      if (!String(params.text || "").trim()) return;  // the server explains an empty note
      var items = loadOutbox();
      items.push({ text: params.text, client_id: params.client_id, phase: params.phase });
      saveOutbox(items);
      document.getElementById("messages").replaceChildren();  // an old refusal is no longer news
      composer.querySelector('[name="client_id"]').value = newClientId();
      composer.querySelector("textarea").value = "";
      saveDraft();  // the text is in the outbox now, kept there until the server has it
      updateCounter();
      setTimeout(followPhase);
    });
  }

  room.addEventListener("htmx:wsOpen", function (event) {
    socket = event.detail.socketWrapper;
    syncing = false;
    document.getElementById("connection").textContent = "";
    room.classList.remove("is-offline");
    // Notes the extension queued while offline are in the outbox too: send them once, from there.
    var queue = socket.queue;
    for (var i = queue.length - 1; i >= 0; i--) {
      if (/"action":"note\.add"/.test(queue[i].message)) queue.splice(i, 1);
    }
    loadOutbox().forEach(sendItem);
  });

  room.addEventListener("htmx:wsClose", function (event) {
    var code = event.detail.event.code;
    socket = null;
    delete room.dataset.live;
    var connection = document.getElementById("connection");
    if (code === 4429) {  // too many at once from this address: say so, and try again after a while
      connection.textContent = connection.dataset.busy;
      room.classList.add("is-offline");
      setTimeout(function () { event.detail.socketWrapper.reconnect(); }, 45000 + Math.random() * 30000);
      return;
    }
    if (code === 4403) room.classList.add("is-shut");  // not (or no longer) allowed in: no box to type into
    if (code >= 4000) return;  // refused by the server: the message says why; retrying will not help
    connection.textContent = connection.dataset.offline;
    room.classList.add("is-offline");
    if ([1006, 1011, 1012, 1013].indexOf(code) < 0) {  // the extension retries only these itself
      setTimeout(function () { event.detail.socketWrapper.reconnect(); }, 1000 + Math.random() * 2000);
    }
  });

  room.addEventListener("htmx:wsBeforeMessage", function (event) {
    park(event.detail.message);
    var match = /data-room-version="(\d+)"/.exec(event.detail.message);
    if (!match) return;  // errors and acks are for this socket only and carry no version
    var version = Number(match[1]);
    var isSnapshot = event.detail.message.indexOf('data-snapshot="true"') >= 0;
    var isPart = event.detail.message.indexOf("data-part=") >= 0;  // a big board comes in parts, one version
    if (isSnapshot && version >= lastVersion) { lastVersion = version; syncing = false; return; }
    if (!isSnapshot && version === lastVersion + 1) { lastVersion = version; return; }
    event.preventDefault();  // old news, or a frame after a gap: the snapshot will bring it
    if ((version > lastVersion || isPart) && !syncing) {  // a part older than the page: its board is incomplete
      syncing = true;
      event.detail.socketWrapper.send(JSON.stringify({ action: "sync" }));
    }
  });

  /* A phone's own note carries empty menus ("Pas aan", "Kies een voorwaarde"); the forms exist
   * once per page (#own-note-forms) and move into the menu that opens, with that note's id, text
   * and tags. Before a frame replaces the note (or what holds it), they move back home.
   * The console's menus carry their own forms: their edit box only needs the text. */
  var ownForms = document.getElementById("own-note-forms");
  function noteId(note) { return note.id.replace("note-", ""); }
  function lend(menu, note) {
    var block = ownForms.querySelector(menu.matches(".note-edit") ? ".own-note-edit" : ".own-note-tags");
    if (!block) block = document.querySelector(menu.matches(".note-edit") ? ".own-note-edit" : ".own-note-tags");
    var lent = block.closest("details");
    if (lent && lent !== menu) lent.open = false;
    block.querySelectorAll('[name="note_id"]').forEach(function (field) { field.value = noteId(note); });
    var box = block.querySelector("textarea");
    if (box) box.value = note.querySelector(".note-text").textContent;
    var tags = (menu.dataset.tags || "").split(" ");
    block.querySelectorAll("form").forEach(function (form) {
      var tag = form.querySelector('[name="tag"]');
      if (!tag) return;
      var on = tags.indexOf(tag.value) >= 0;
      form.querySelector('[name="action"]').value = on ? "note.untag" : "note.tag";
      form.querySelector("button").setAttribute("aria-pressed", on ? "true" : "false");
    });
    menu.appendChild(block);
  }
  function park(message) {
    if (!ownForms) return;
    ownForms.parentNode.querySelectorAll(".own-note-edit, .own-note-tags").forEach(function (block) {
      if (block.parentNode === ownForms) return;
      for (var node = block.closest(".note"); node && node !== room; node = node.parentElement) {
        if (!message || (node.id && message.indexOf('id="' + node.id + '"') >= 0) || message.indexOf("data-snapshot") >= 0) {
          block.closest("details").open = false;
          ownForms.appendChild(block);
          return;
        }
      }
    });
  }
  room.addEventListener("toggle", function (event) {
    var menu = event.target, note = menu.open && menu.closest && menu.closest(".note");
    if (!note || !menu.matches(".note-edit, .tag-menu")) return;
    if (ownForms && !menu.querySelector("form")) return lend(menu, note);
    var box = menu.matches(".note-edit") && menu.querySelector("textarea");
    if (box && !box.value) box.value = note.querySelector(".note-text").textContent;
  }, true);

  /* "Zet terug": shown once the note asked to be deleted has left the page, for as long as the
   * server keeps it (data-seconds); the server decides whether it is still in time. */
  var undo = document.getElementById("undo");
  var undoBar = undo && undo.querySelector(".undo-bar");
  var deleting = null, undoTimer = null;
  function hideUndo() { if (undoBar) undoBar.hidden = true; clearTimeout(undoTimer); }
  function offerUndo() {
    if (!undoBar || !deleting || document.getElementById("note-" + deleting.id)) {
      if (deleting && Date.now() - deleting.at > 10000) deleting = null;  // refused: the message says why
      return;
    }
    undoBar.querySelector('[name="note_id"]').value = deleting.id;
    var left = Number(undo.dataset.seconds) * 1000 - (Date.now() - deleting.at);
    deleting = null;
    if (left <= 0) return;
    undoBar.hidden = false;
    clearTimeout(undoTimer);
    undoTimer = setTimeout(hideUndo, left);
  }
  room.addEventListener("htmx:wsConfigSend", function (event) {
    var params = event.detail.parameters;
    if (params.action === "note.delete") deleting = { id: String(params.note_id), at: Date.now() };
    if (params.action === "note.restore") setTimeout(hideUndo);
  });

  room.addEventListener("htmx:wsAfterMessage", function (event) {
    if (event.detail.message.indexOf('data-snapshot="true"') >= 0) room.dataset.live = "true";
    settleOutbox();
    followPhase();
    offerUndo();
  });

  /* A note stored while the live fan-out was down (Redis restarting) never comes back by itself:
   * resend what is still waiting now and then; the server acknowledges a stored client_id. */
  setInterval(function () { if (socket) loadOutbox().forEach(sendItem); }, 10000);

  renderOutbox(loadOutbox());
  updateCounter();
  followPhase();
})();
