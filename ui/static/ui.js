// Two small fixes on top of Gradio's page, run at most once per animation frame after the page
// changes (one observer: a streaming answer changes the page many times a second).
(function () {
  // Keep the latest question in view while its (long) answer streams in below it: the chat
  // scrolls so that the last user message sits at the top, instead of following the answer's end.
  var lastCount = -1;
  function pin() {
    var box = document.querySelector("#hw-chatbot .bubble-wrap") ||
      document.querySelector("#hw-chatbot [role='log']");
    if (!box) return;
    var users = box.querySelectorAll(".message-row.user-row, .user-row, [data-testid='user']");
    if (!users.length) { lastCount = 0; return; }
    if (users.length === lastCount) return;  // pin once per new question; then the user scrolls
    lastCount = users.length;
    var last = users[users.length - 1];
    // Positions on screen, not offsetTop: the message's offset parent is not the scroll box.
    box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  }

  // Gradio writes a few English labels straight into its HTML (no translation key): screen
  // readers and tooltips get them in Dutch as well.
  var DUTCH = {
    "Toggle Sidebar": "Zijpaneel openen of sluiten",
    "More tabs": "Meer tabbladen",
    "chatbot conversation": "gesprek",
    "Copy conversation": "Gesprek kopiëren",
    "Copied conversation": "Gesprek gekopieerd",
  };
  function translate(el, attr) {
    var v = el.getAttribute(attr);
    if (!v) return;
    var nl = DUTCH[v];
    if (!nl && v.indexOf("user's message: ") === 0) nl = "uw vraag: " + v.slice(16);
    if (!nl && v.indexOf("bot's message: ") === 0) nl = "antwoord: " + v.slice(15).replace(/<[^>]+>/g, "");
    if (nl && nl !== v) el.setAttribute(attr, nl);
  }
  function sweep() {
    document.querySelectorAll("[aria-label],[title]").forEach(function (el) {
      translate(el, "aria-label");
      translate(el, "title");
    });
  }
  var pending = false;
  new MutationObserver(function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; pin(); sweep(); });
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true,
    attributeFilter: ["aria-label", "title"] });
})();
