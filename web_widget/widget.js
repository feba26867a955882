/*
 * Kitchen Table chat widget. Plain JavaScript, no build step, no third-party requests.
 *
 * Add it to a page with one tag:
 *   <script src="/widget/widget.js" data-kt-endpoint="/api/chat" defer></script>
 * Any element with a data-kt-open attribute opens the chat when clicked.
 *
 * - Talks only to data-kt-endpoint (POST /api/chat) and, after a reload, to
 *   GET <endpoint>/../sessions/{id}/transcript to show the conversation so far.
 * - The session token is kept in localStorage, so the conversation survives page reloads.
 * - Every message is put on the page as text (textContent), never as HTML.
 * - Exactly one live region (role="log") announces new messages; restored history is put
 *   outside it, so it is not read out again.
 * - No inline script or style: works under a strict Content-Security-Policy.
 * - The latest question is always in view with its choices: the choices sit in the scrolling
 *   conversation right under the question, and after each reply the messages are scrolled to
 *   the top of the newest message rather than to the very end (a long list of choices would
 *   otherwise push the question out of sight). On a phone the panel fills the screen and
 *   follows the visual viewport, so an on-screen keyboard never covers the question.
 */
(function () {
  "use strict";

  if (window.KitchenTableWidget) {
    return;
  }

  var script =
    document.currentScript || document.querySelector("script[data-kt-endpoint]");
  if (!script) {
    return;
  }
  var scriptUrl = new URL(script.getAttribute("src") || "", document.baseURI);
  var endpoint = new URL(script.getAttribute("data-kt-endpoint") || "/api/chat", scriptUrl);
  var STORE_KEY = "kt-widget:" + endpoint.href;
  var SIZE_KEY = "kt-widget:text-size";
  var SIZES = 4;

  // ------------------------------------------------------------------ storage (may be blocked)

  function load(key) {
    try {
      var raw = window.localStorage.getItem(key);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }

  function save(key, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, JSON.stringify(value));
      }
    } catch (e) {
      /* private browsing: the conversation lasts as long as the page */
    }
  }

  var saved = load(STORE_KEY) || {};
  var sessionId = typeof saved.session_id === "string" ? saved.session_id : null;
  var progress = saved.progress || null;

  // ------------------------------------------------------------------ building the panel

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        node.setAttribute(name, attrs[name]);
      });
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  var root = el("div", { class: "kt-widget", lang: "en-GB" });
  root.hidden = true; // shown once the style sheet has loaded

  var launcher = el("button", {
    type: "button",
    class: "kt-launcher",
    "aria-expanded": "false",
    "aria-controls": "kt-panel",
  });
  launcher.appendChild(el("span", { class: "kt-launcher-icon", "aria-hidden": "true" }));
  launcher.appendChild(el("span", { class: "kt-launcher-text" }, "Plan with Kitchen Table"));

  var panel = el("section", {
    id: "kt-panel",
    class: "kt-panel",
    role: "dialog",
    "aria-modal": "false",
    "aria-labelledby": "kt-title",
    "aria-describedby": "kt-subtitle",
  });
  panel.hidden = true;

  var header = el("div", { class: "kt-header" });
  var titles = el("div", { class: "kt-titles" });
  titles.appendChild(el("h2", { id: "kt-title", class: "kt-title" }, "Kitchen Table"));
  titles.appendChild(
    el(
      "p",
      { id: "kt-subtitle", class: "kt-subtitle" },
      "Plan how to use your personal budget. We are not the council."
    )
  );
  var closeButton = el("button", { type: "button", class: "kt-close" });
  closeButton.appendChild(el("span", { "aria-hidden": "true", class: "kt-close-icon" }));
  closeButton.appendChild(el("span", { class: "kt-close-text" }, "Close"));
  closeButton.setAttribute("aria-label", "Close chat");
  header.appendChild(titles);
  header.appendChild(closeButton);

  var toolbar = el("div", { class: "kt-toolbar" });
  var progressBox = el("div", { class: "kt-progress" });
  var progressLabel = el("span", { id: "kt-progress-label", class: "kt-progress-label" });
  var progressBar = el("progress", {
    class: "kt-progress-bar",
    "aria-labelledby": "kt-progress-label",
  });
  progressBox.appendChild(progressLabel);
  progressBox.appendChild(progressBar);
  var sizeGroup = el("div", {
    class: "kt-size",
    role: "group",
    "aria-labelledby": "kt-size-label",
  });
  sizeGroup.appendChild(el("span", { id: "kt-size-label", class: "kt-size-label" }, "Text size"));
  var smaller = el("button", { type: "button", class: "kt-size-button" }, "Smaller");
  var larger = el("button", { type: "button", class: "kt-size-button" }, "Larger");
  sizeGroup.appendChild(smaller);
  sizeGroup.appendChild(larger);
  toolbar.appendChild(progressBox);
  toolbar.appendChild(sizeGroup);

  // the messages scroll: focusable so the keyboard can scroll them too
  var body = el("div", {
    class: "kt-body",
    tabindex: "0",
    role: "region",
    "aria-label": "Messages",
  });
  var history = el("div", { class: "kt-history" });
  var log = el("div", {
    class: "kt-log",
    role: "log",
    "aria-live": "polite",
    "aria-relevant": "additions",
    "aria-label": "Conversation",
  });
  var typing = el("p", { class: "kt-typing" });
  typing.appendChild(el("span", { class: "kt-typing-text" }, "Kitchen Table is writing"));
  typing.appendChild(el("span", { class: "kt-dots", "aria-hidden": "true" }));
  typing.hidden = true;
  var replies = el("div", {
    class: "kt-replies",
    role: "group",
    "aria-label": "Answers you can choose",
  });
  replies.hidden = true;
  body.appendChild(history);
  body.appendChild(log);
  body.appendChild(replies);
  body.appendChild(typing);

  var form = el("form", { class: "kt-form", novalidate: "" });
  var label = el("label", { for: "kt-input", class: "kt-label" }, "Your message");
  var hint = el(
    "p",
    { id: "kt-hint", class: "kt-hint" },
    "Press Enter to send. Shift and Enter starts a new line."
  );
  var row = el("div", { class: "kt-row" });
  var input = el("textarea", {
    id: "kt-input",
    class: "kt-input",
    rows: "2",
    autocomplete: "off",
    "aria-describedby": "kt-hint",
  });
  var sendButton = el("button", { type: "submit", class: "kt-send" }, "Send");
  row.appendChild(input);
  row.appendChild(sendButton);
  form.appendChild(label);
  form.appendChild(row);
  form.appendChild(hint);

  panel.appendChild(header);
  panel.appendChild(toolbar);
  panel.appendChild(body);
  panel.appendChild(form);
  root.appendChild(launcher);
  root.appendChild(panel);

  // ------------------------------------------------------------------ showing messages

  function safeHref(url) {
    try {
      var resolved = new URL(url, endpoint);
      if (resolved.protocol === "https:" || resolved.protocol === "http:") {
        return resolved.href;
      }
    } catch (e) {
      /* not an address */
    }
    return null;
  }

  function messageNode(who, text, links, kind) {
    var item = el("div", { class: "kt-msg kt-msg-" + (kind || who) });
    var speaker = who === "you" ? "You said:" : who === "note" ? "Note:" : "Kitchen Table said:";
    item.appendChild(el("span", { class: "kt-visually-hidden" }, speaker + " "));
    if (text) {
      item.appendChild(el("p", { class: "kt-text" }, text));
    }
    if (links && links.length) {
      var list = el("ul", { class: "kt-links" });
      links.forEach(function (link) {
        var href = safeHref(String(link.url || ""));
        if (!href) {
          return;
        }
        var li = el("li");
        li.appendChild(el("a", { href: href, class: "kt-link" }, String(link.title || href)));
        list.appendChild(li);
      });
      if (list.childNodes.length) {
        item.appendChild(list);
      }
    }
    return item;
  }

  function scrollToEnd() {
    body.scrollTop = body.scrollHeight;
  }

  var latest = null; // the newest message from Kitchen Table: the question to keep in view

  // Scroll so the newest message shows from its top, with its choices under it; when everything
  // fits, this is simply the end of the conversation.
  function showLatest() {
    if (!latest || !latest.isConnected) {
      scrollToEnd();
      return;
    }
    var offset = latest.getBoundingClientRect().top - body.getBoundingClientRect().top;
    var wanted = body.scrollTop + offset - 8;
    body.scrollTop = Math.max(0, Math.min(wanted, body.scrollHeight - body.clientHeight));
  }

  function say(container, who, text, links, kind) {
    var node = messageNode(who, text, links, kind);
    container.appendChild(node);
    if (who === "bot") {
      latest = node;
    }
    scrollToEnd();
    return node;
  }

  function showButtons(buttons) {
    while (replies.firstChild) {
      replies.removeChild(replies.firstChild);
    }
    buttons.forEach(function (b) {
      var title = String(b.title || b.payload || "");
      var button = el("button", { type: "button", class: "kt-reply" }, title);
      button.addEventListener("click", function () {
        send(String(b.payload || title), title, false);
      });
      replies.appendChild(button);
    });
    replies.hidden = buttons.length === 0;
    // a long list becomes a compact list, one choice to a line
    replies.classList.toggle("kt-replies-long", buttons.length > 6);
    showLatest();
  }

  function allButtons(messages) {
    var out = [];
    (messages || []).forEach(function (m) {
      (m.buttons || []).forEach(function (b) {
        out.push(b);
      });
    });
    return out;
  }

  function showProgress() {
    var step = progress && Number(progress.step);
    var of = progress && Number(progress.of);
    if (!of || isNaN(step) || isNaN(of)) {
      progressBox.hidden = true;
      return;
    }
    progressBox.hidden = false;
    progressBar.max = of;
    progressBar.value = Math.max(0, Math.min(step, of));
    progressLabel.textContent = step > 0 ? "Step " + step + " of " + of : "Getting started";
  }

  function remember() {
    save(STORE_KEY, sessionId ? { session_id: sessionId, progress: progress } : null);
  }

  // ------------------------------------------------------------------ talking to the gateway

  var busy = false;
  var started = false;

  function setBusy(on) {
    busy = on;
    typing.hidden = !on;
    input.readOnly = on;
    form.setAttribute("aria-busy", on ? "true" : "false");
    if (on) {
      scrollToEnd();
    }
  }

  function problem(text) {
    say(log, "note", text, null, "error");
  }

  function errorText(status, data) {
    if (status === 429) {
      return (
        "You have sent a lot of messages quickly. Please wait a moment, then send again. " +
        "Your words are still in the box."
      );
    }
    if (status === 503) {
      return (
        "Sorry, I can't answer just now. Please try again in a minute or two. " +
        "Your words are still in the box."
      );
    }
    if (status === 413) {
      return "That message is too long. Please send it in shorter parts.";
    }
    if (data && typeof data.detail === "string") {
      return data.detail;
    }
    return "Something went wrong. Please try again.";
  }

  function send(text, shown, fromInput) {
    if (busy) {
      return;
    }
    setBusy(true);
    var payload = { text: text };
    if (sessionId) {
      payload.session_id = sessionId;
    }
    fetch(endpoint.href, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
      credentials: "omit",
    })
      .then(function (response) {
        return response
          .json()
          .catch(function () {
            return null;
          })
          .then(function (data) {
            return { status: response.status, data: data };
          });
      })
      .then(
        function (result) {
          setBusy(false);
          var data = result.data || {};
          if (typeof data.session_id === "string") {
            sessionId = data.session_id;
          }
          if (result.status === 200 && data.erased === true) {
            // "delete everything" was confirmed: forget the conversation, on screen too (the
            // device may be shared), and keep only the goodbye
            sessionId = null;
            progress = null;
            showProgress();
            history.textContent = "";
            log.textContent = "";
            (data.messages || []).forEach(function (m) {
              say(log, "bot", String(m.text || ""), m.links || []);
            });
            showButtons([]);
            panel.setAttribute("data-kt-asking", "");
            remember();
            if (fromInput) {
              input.value = "";
            }
            input.focus();
            return;
          }
          if (result.status === 200) {
            if (shown) {
              say(log, "you", shown);
            }
            (data.messages || []).forEach(function (m) {
              say(log, "bot", String(m.text || ""), m.links || []);
            });
            showButtons(allButtons(data.messages));
            if (data.state) {
              // what the last message asks for (CONTRACT.md section 1), for styling and tests
              panel.setAttribute("data-kt-asking", data.state.asking || "");
              if (data.state.progress) {
                progress = data.state.progress;
                showProgress();
              }
            }
            remember();
            if (fromInput) {
              input.value = "";
            }
            input.focus();
            return;
          }
          remember();
          if (result.status === 404 && payload.session_id) {
            sessionId = null;
            remember();
            problem("I couldn't find your earlier conversation, so we will start again.");
            send(text, shown, fromInput);
            return;
          }
          problem(errorText(result.status, data));
          if (fromInput) {
            input.focus();
          }
        },
        function () {
          setBusy(false);
          problem(
            "I can't reach Kitchen Table just now. Please check you are online and try again. " +
              "Your words are still in the box."
          );
        }
      );
  }

  function restore() {
    var url = new URL("sessions/" + encodeURIComponent(sessionId) + "/transcript", endpoint);
    setBusy(true);
    fetch(url.href, { credentials: "omit" })
      .then(function (response) {
        if (response.status === 404) {
          return null;
        }
        if (!response.ok) {
          throw new Error("transcript " + response.status);
        }
        return response.json();
      })
      .then(
        function (data) {
          setBusy(false);
          if (data === null) {
            sessionId = null;
            progress = null;
            remember();
            send("", null, false);
            return;
          }
          showHistory(data.messages || []);
        },
        function () {
          setBusy(false);
          problem(
            "I can't show our earlier messages just now. You can still carry on from here."
          );
        }
      );
  }

  function showHistory(messages) {
    var offered = {};
    var lastTurn = [];
    messages.forEach(function (m) {
      if (m.direction === "out") {
        say(history, "bot", String(m.text || ""), m.links || []);
        lastTurn.push(m);
        (m.buttons || []).forEach(function (b) {
          offered[b.payload] = b.title;
        });
        return;
      }
      var text = String(m.text || "");
      if (!text) {
        return;
      }
      lastTurn = [];
      say(history, "you", offered[text] || text);
      offered = {};
    });
    showButtons(allButtons(lastTurn));
    showProgress();
  }

  // ------------------------------------------------------------------ opening and closing

  function isOpen() {
    return !panel.hidden;
  }

  function open() {
    if (isOpen()) {
      input.focus();
      return;
    }
    panel.hidden = false;
    fitViewport(); // the text size may have changed since the page loaded
    root.classList.add("kt-open");
    launcher.setAttribute("aria-expanded", "true");
    input.focus();
    if (!started) {
      started = true;
      showProgress();
      if (sessionId) {
        restore();
      } else {
        send("", null, false);
      }
    }
  }

  function close(returnFocus) {
    if (!isOpen()) {
      return;
    }
    panel.hidden = true;
    root.classList.remove("kt-open");
    launcher.setAttribute("aria-expanded", "false");
    if (returnFocus) {
      launcher.focus();
    }
  }

  launcher.addEventListener("click", open);
  closeButton.addEventListener("click", function () {
    close(true);
  });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") {
      event.preventDefault();
      close(true);
    }
  });
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("[data-kt-open]")) {
      event.preventDefault();
      open();
    }
  });

  // The panel floats over the page. If focus moves to something on the page that the panel
  // covers, move the page so it can be seen; if it still cannot, fold the panel away
  // (WCAG 2.4.11 Focus Not Obscured). Nothing typed is lost: the panel keeps its contents.
  function overlaps(a, b) {
    return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
  }

  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (!isOpen() || !target || root.contains(target) || !target.getBoundingClientRect) {
      return;
    }
    var box = panel.getBoundingClientRect();
    var rect = target.getBoundingClientRect();
    if (!overlaps(rect, box)) {
      return;
    }
    window.scrollBy(0, rect.bottom - box.top + 16);
    if (overlaps(target.getBoundingClientRect(), panel.getBoundingClientRect())) {
      close(false);
    }
  });

  // ------------------------------------------------------------------ typing and sending

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    send(text, text, true);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (typeof form.requestSubmit === "function") {
        form.requestSubmit();
      } else {
        form.dispatchEvent(new Event("submit", { cancelable: true }));
      }
    }
  });

  // ------------------------------------------------------------------ text size

  var size = Number(load(SIZE_KEY)) || 0;

  function applySize() {
    for (var i = 0; i < SIZES; i += 1) {
      panel.classList.toggle("kt-size-" + i, i === size);
    }
    smaller.setAttribute("aria-disabled", size === 0 ? "true" : "false");
    larger.setAttribute("aria-disabled", size === SIZES - 1 ? "true" : "false");
    save(SIZE_KEY, size);
  }

  smaller.addEventListener("click", function () {
    size = Math.max(0, size - 1);
    applySize();
    fitViewport();
  });
  larger.addEventListener("click", function () {
    size = Math.min(SIZES - 1, size + 1);
    applySize();
    fitViewport();
  });
  applySize();

  // ------------------------------------------------------------------ phones and keyboards

  // On a small screen the panel fills the screen. An on-screen keyboard shrinks only the visual
  // viewport on many phones, so the panel is sized to that (through two CSS variables: setting
  // them from script is allowed under the strict policy) and the newest question is scrolled
  // back into view. A short panel (under 480 px, or under 24 lines of its text: large text on a
  // phone) drops the extras (subtitle, toolbar, hint) to keep room for the conversation.
  var SHORT = 480;
  var SHORT_EMS = 24;

  function fitViewport() {
    var vv = window.visualViewport;
    var height = vv ? vv.height : window.innerHeight;
    var em = parseFloat(window.getComputedStyle(panel).fontSize) || 16;
    panel.style.setProperty("--kt-vv-top", (vv ? vv.offsetTop : 0) + "px");
    panel.style.setProperty("--kt-vv-height", height + "px");
    panel.classList.toggle("kt-short", height < Math.max(SHORT, SHORT_EMS * em));
    if (isOpen()) {
      showLatest();
    }
  }

  if (window.visualViewport) {
    window.visualViewport.addEventListener("resize", fitViewport);
    window.visualViewport.addEventListener("scroll", fitViewport);
  }
  window.addEventListener("resize", fitViewport);
  fitViewport();

  // ------------------------------------------------------------------ put it on the page

  var sheet = el("link", { rel: "stylesheet", href: new URL("widget.css", scriptUrl).href });
  function reveal() {
    root.hidden = false;
  }
  sheet.addEventListener("load", reveal);
  sheet.addEventListener("error", reveal);
  document.head.appendChild(sheet);
  document.body.appendChild(root);

  window.KitchenTableWidget = { open: open, close: close };
})();
