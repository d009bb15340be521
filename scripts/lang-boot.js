// Runs in <head> before the first paint (a blocking external script, see post_build.py):
// picks the UI language by the app's rule (src/app.rs: `lang` in the URL, then the saved
// choice, then the browser's first language) and the saved theme, so the prerendered page
// shows the right language from the start (style/main.css hides the other one) and the
// app's first render matches. Anything unreadable falls back quietly: English, the system
// theme.
(function () {
  var root = document.documentElement;
  function code(v) {
    v = typeof v === "string" ? v.trim().toLowerCase() : "";
    return v === "ko" || v === "en" ? v : null;
  }
  var lang = null;
  var theme = null;
  try {
    // The last `lang` that names a language wins, as in query::lang_param.
    var all = new URLSearchParams(location.search).getAll("lang");
    for (var i = 0; i < all.length; i++) lang = code(all[i]) || lang;
  } catch (e) {}
  try {
    var prefs = JSON.parse(localStorage.getItem("trailmap:prefs") || "null");
    var settings = prefs && typeof prefs === "object" ? prefs.settings : null;
    if (settings && typeof settings === "object") {
      if (!lang) lang = code(settings.lang);
      if (settings.theme === "light" || settings.theme === "dark") theme = settings.theme;
    }
  } catch (e) {}
  if (!lang) {
    var first = (navigator.languages && navigator.languages[0]) || navigator.language || "";
    lang = String(first).toLowerCase().indexOf("ko") === 0 ? "ko" : "en";
  }
  root.lang = lang;
  // Start fetching this language's data at once, in parallel with the wasm, which awaits this
  // promise (src/dom/data.rs) and mounts when it resolves. The file's address is in
  // <meta name="trailmap-data-ko|en"> (scripts/post_build.py); the other language is fetched
  // when the reader switches, and by the service worker in the background.
  try {
    var meta = document.querySelector('meta[name="trailmap-data-' + lang + '"]');
    var url = meta && meta.getAttribute("content");
    if (url && window.fetch) {
      var text = fetch(url).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.text();
      });
      // The app reports a failure (with a retry button); no unhandled rejection here.
      text.catch(function () {});
      window.__trailmapData = { lang: lang, text: text };
    }
  } catch (e) {}
  if (theme) root.setAttribute("data-theme", theme);
  if (lang === "ko") {
    var title = document.querySelector("title[data-ko]");
    if (title) document.title = title.getAttribute("data-ko");
  }
  // Once the page is parsed, keep only the prerendered copy in this language: its ids are then
  // unique, and `#stage` links (the trail picture, shared URLs) reach the copy on screen.
  document.addEventListener("DOMContentLoaded", function () {
    var copies = document.querySelectorAll("[data-prerendered]");
    for (var i = 0; i < copies.length; i++) {
      if (copies[i].getAttribute("data-prerendered") !== lang) copies[i].remove();
    }
  });
})();
