// The web chat page: a person plays a young person talking to the bot.
// Every piece of user or bot text is inserted with textContent, never as HTML.
"use strict";

const MEDIA_LABELS = {
  sticker: "🙂",
  photo: "📷 Photo",
  voice: "🎤 Voice note",
  document: "📄 File",
};
const NAME_KEY = "carevoice-sim-name";
const $ = (id) => document.getElementById(id);

const page = {
  chatId: chosenChatId(),
  lastSeq: 0,
  toastAfterSeq: null, // answers older than the first render are not shown again
};

function chosenChatId() {
  const fromUrl = Number(new URLSearchParams(location.search).get("chat"));
  return Number.isInteger(fromUrl) && fromUrl > 0 ? fromUrl : newChatId();
}

function newChatId() {
  return 100000 + Math.floor(Math.random() * 900000000);
}

function openChat(chatId) {
  location.search = new URLSearchParams({ chat: String(chatId) }).toString();
}

async function api(method, suffix, body) {
  const options = { method, headers: {} };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(`/sim/chats/${page.chatId}/${suffix}`, options);
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || "Something went wrong");
  return data;
}

function firstName() {
  return $("name").value.trim() || "Sam";
}

async function act(suffix, body) {
  try {
    await api("POST", suffix, body);
    showStatus("");
    await refresh();
  } catch (error) {
    showStatus(error.message);
  }
}

async function refresh() {
  render(await api("GET", "transcript"));
}

function render(events) {
  const list = $("messages");
  list.replaceChildren(...events.filter((e) => e.type === "message").map(bubble));
  for (const event of events) page.lastSeq = Math.max(page.lastSeq, event.updated_seq);
  if (page.toastAfterSeq === null) page.toastAfterSeq = page.lastSeq;
  showAnswers(events);
  showQuickReplies(events);
  list.scrollTop = list.scrollHeight;
}

function bubble(event) {
  const item = document.createElement("li");
  item.className = `bubble ${event.from}`;
  if (event.deleted) {
    item.classList.add("deleted");
    item.textContent = "This message was deleted";
    return item;
  }
  item.append(content(event));
  if (event.edited) item.append(meta("edited"));
  const rows = (event.reply_markup && event.reply_markup.inline_keyboard) || [];
  if (rows.length) item.append(inlineKeyboard(event.message_id, rows));
  return item;
}

function content(event) {
  const span = document.createElement("span");
  if (event.kind === "text") {
    span.textContent = event.text;
  } else {
    span.textContent = MEDIA_LABELS[event.kind] || event.kind;
    if (event.kind === "sticker") span.className = "sticker";
  }
  return span;
}

function meta(text) {
  const small = document.createElement("small");
  small.className = "meta";
  small.textContent = text;
  return small;
}

function inlineKeyboard(messageId, rows) {
  const keyboard = document.createElement("div");
  keyboard.className = "keyboard";
  for (const row of rows) {
    const line = document.createElement("div");
    line.className = "key-row";
    line.append(...row.map((key) => inlineKey(messageId, key)));
    keyboard.append(line);
  }
  return keyboard;
}

function inlineKey(messageId, key) {
  if (key.url && /^https?:\/\//.test(key.url)) {
    const link = document.createElement("a");
    link.href = key.url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = `${key.text} ↗`;
    return link;
  }
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = key.text;
  if (key.callback_data === undefined) {
    button.disabled = true;
  } else {
    button.addEventListener("click", () =>
      act("callback", { message_id: messageId, data: key.callback_data }),
    );
  }
  return button;
}

function showAnswers(events) {
  for (const event of events) {
    if (event.type !== "callback_answer" || event.seq <= page.toastAfterSeq) continue;
    page.toastAfterSeq = event.seq;
    if (!event.text) continue;
    if (event.show_alert) showAlert(event.text);
    else showToast(event.text);
  }
}

function showQuickReplies(events) {
  const box = $("quick-replies");
  const keyboard = currentReplyKeyboard(events);
  box.replaceChildren();
  box.hidden = !keyboard;
  if (!keyboard) return;
  for (const key of keyboard.flat()) {
    const text = typeof key === "string" ? key : key.text;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = text;
    button.addEventListener("click", () => sendText(text));
    box.append(button);
  }
}

function currentReplyKeyboard(events) {
  let keyboard = null;
  let isOneTime = false;
  for (const event of events) {
    if (event.type !== "message") continue;
    const markup = event.from === "bot" ? event.reply_markup : null;
    if (markup && markup.keyboard) {
      keyboard = markup.keyboard;
      isOneTime = Boolean(markup.one_time_keyboard);
    } else if (markup && markup.remove_keyboard) {
      keyboard = null;
    } else if (event.from === "user" && isOneTime) {
      keyboard = null;
    }
  }
  return keyboard;
}

function showStatus(text) {
  $("status").textContent = text;
  $("status").hidden = !text;
}

function showToast(text) {
  const toast = $("toast");
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(showToast.timer);
  showToast.timer = setTimeout(() => (toast.hidden = true), 3500);
}

function showAlert(text) {
  $("alert-text").textContent = text;
  $("alert").hidden = false;
  $("alert-ok").focus();
}

async function sendText(text) {
  if (!text.trim()) return;
  await act("messages", { text, first_name: firstName() });
}

async function pollForever() {
  for (;;) {
    try {
      const events = await api("GET", `wait?after_seq=${page.lastSeq}&timeout=25`);
      if (events.length) await refresh();
    } catch (error) {
      showStatus("Can't reach the simulator. Trying again…");
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

function wireUp() {
  $("chat-label").textContent = `Chat ${page.chatId}`;
  $("chat-id").value = String(page.chatId);
  $("name").value = localStorage.getItem(NAME_KEY) || "Sam";
  $("name").addEventListener("change", () => localStorage.setItem(NAME_KEY, firstName()));
  $("open-chat").addEventListener("click", () => {
    const chatId = Number($("chat-id").value);
    if (Number.isInteger(chatId) && chatId > 0) openChat(chatId);
  });
  $("new-chat").addEventListener("click", () => openChat(newChatId()));
  $("block").addEventListener("click", () => act("block", {}));
  $("unblock").addEventListener("click", () => act("unblock", {}));
  $("alert-ok").addEventListener("click", () => ($("alert").hidden = true));
  for (const button of document.querySelectorAll("[data-kind]")) {
    button.addEventListener("click", () =>
      act("messages", { kind: button.dataset.kind, first_name: firstName() }),
    );
  }
  wireComposer();
}

function wireComposer() {
  const text = $("text");
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const value = text.value;
    text.value = "";
    sendText(value);
  });
  text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      $("composer").requestSubmit();
    }
  });
}

// A ?start=CODE link works like Telegram's t.me/<bot>?start=CODE: it presses Start once.
async function followDeepLink(code) {
  if (code) await act("messages", { text: `/start ${code}`, first_name: firstName() });
}

async function start() {
  wireUp();
  const deepLinkCode = new URLSearchParams(location.search).get("start");
  history.replaceState(null, "", `?chat=${page.chatId}`);
  try {
    await refresh();
  } catch (error) {
    render([]);
  }
  await followDeepLink(deepLinkCode);
  pollForever();
}

start();
