/* Vierluik timer: counts down locally from the absolute end time the server renders into
 * #timer (data-ends-at, ISO 8601), corrected for this device's clock with data-now (the server's
 * time when the frame was rendered). A reconnect or reload brings a fresh #timer, so the count is
 * right again at once. Screen readers hear it only at moments that matter (start, pause, one
 * minute left, time up) through #timer-announce, never every second.
 * Also keeps keyboard focus on a control that a frame just replaced (same id). */
(function () {
  "use strict";
  var offset = 0;        // server clock minus this device's clock, in ms
  var seenNow = null;    // the data-now we last used for the offset
  var seenKey = null;    // state + end time we last announced for
  var minuteSaid = null; // end time for which "one minute left" was said
  var first = true;

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function clock(seconds) { return Math.floor(seconds / 60) + ":" + pad(seconds % 60); }
  function announce(text) {
    var region = document.getElementById("timer-announce");
    if (region && text) region.textContent = text;
  }
  function minutesText(el, seconds) {
    var minutes = Math.ceil(seconds / 60);
    return minutes <= 1 ? el.dataset.textMinute : el.dataset.textMinutes.replace("%s", minutes);
  }

  function tick() {
    var el = document.getElementById("timer");
    if (!el) return;
    if (el.dataset.now && el.dataset.now !== seenNow) {
      seenNow = el.dataset.now;
      offset = Date.parse(el.dataset.now) - Date.now();
    }
    var state = el.dataset.state;
    var label = el.querySelector(".timer-label");
    var face = el.querySelector(".timer-clock");
    var key = state + "|" + el.dataset.endsAt + "|" + el.dataset.secondsLeft;
    var left = null;
    if (state === "running") {
      left = Math.max(0, Math.ceil((Date.parse(el.dataset.endsAt) - (Date.now() + offset)) / 1000));
      if (left === 0) {
        state = el.dataset.state = "expired";
        key = "expired|" + el.dataset.endsAt + "|";
        label.textContent = el.dataset.textUp;
        face.textContent = "";
      } else {
        face.textContent = clock(left);
      }
    }
    if (key !== seenKey) {
      if (!first || state === "expired") {
        if (state === "running") announce(minutesText(el, left));
        else if (state === "paused") announce(el.dataset.textPaused);
        else if (state === "expired") announce(el.dataset.textUp);
      }
      seenKey = key;
      if (state === "running" && left <= 60) minuteSaid = el.dataset.endsAt;  // just said it
    }
    if (state === "running" && left <= 60 && left > 0 && minuteSaid !== el.dataset.endsAt) {
      minuteSaid = el.dataset.endsAt;
      announce(el.dataset.textMinute);
    }
    first = false;
  }

  /* A frame that replaces the control which had focus (e.g. "Pauzeer" becomes "Ga verder",
   * both id="timer-toggle") would drop keyboard focus to the page; put it back. */
  var focusedId = null;
  document.addEventListener("focusin", function (event) { focusedId = event.target.id || null; });
  document.addEventListener("htmx:wsAfterMessage", function () {
    if (focusedId && (!document.activeElement || document.activeElement === document.body)) {
      var again = document.getElementById(focusedId);
      if (again) again.focus();
    }
    tick();
  });

  tick();
  setInterval(tick, 250);
})();
