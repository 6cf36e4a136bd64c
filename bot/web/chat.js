// Mounts rasa-webchat on Rasa's socket.io channel. Every setting (title,
// opening intent, storage) comes from the server in #chat-config; the welcome
// and the suggested questions are the bot's own greeting (domain.yml), in the
// page's language: ?lang=ja or ?lang=en, else the browser's first language.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("chat-config").textContent);
  var languages = config.languages || {};
  function pageLanguage() {
    var asked = new URLSearchParams(window.location.search).get("lang");
    if (asked && languages[asked]) {
      return asked;
    }
    var preferred = (navigator.languages && navigator.languages[0]) || navigator.language || "";
    return preferred.toLowerCase().indexOf("ja") === 0 && languages.ja ? "ja" : "en";
  }
  var language = pageLanguage();
  var chosen = languages[language] || { title: config.title, init_payload: config.init_payload };
  document.documentElement.lang = language;
  document.title = chosen.title;
  var heading = document.querySelector("h1");
  if (heading) {
    heading.textContent = chosen.title;
  }
  window.WebChat.default(
    {
      socketUrl: window.location.origin,
      socketPath: config.socket_path,
      initPayload: chosen.init_payload,
      title: chosen.title,
      embedded: true,
      withRules: false,
      hideWhenNotConnected: false,
      showFullScreenButton: false,
      params: { storage: config.storage },
      customMessageDelay: function () {
        return config.message_delay_ms;
      },
    },
    document.getElementById("chat")
  );
})();
