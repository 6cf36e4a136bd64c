// Mounts rasa-webchat on Rasa's socket.io channel. Every setting (title,
// opening intent, storage) comes from the server in #chat-config; the welcome
// and the suggested questions are the bot's own greeting (domain.yml).
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("chat-config").textContent);
  window.WebChat.default(
    {
      socketUrl: window.location.origin,
      socketPath: config.socket_path,
      initPayload: config.init_payload,
      title: config.title,
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
