#include "modules/notifications/settings.h"

#include <cstdlib>

namespace linli::notifications {

settings::Section<WebhookConfig> WebhookSection() {
  using W = WebhookConfig;
  using settings::Number;
  using settings::Text;
  return {"webhook",
          "The outbound webhook: appeal events POSTed as signed JSON to a bridge (SMS, WeChat).",
          {Text("url", &W::url, "http://host:port/path; empty: no webhook"),
           Text("secret", &W::secret, "the HMAC-SHA256 key (LINLI_WEBHOOK_SECRET overrides it)"),
           Number("timeout_s", &W::timeout_s, "seconds to connect, send and read the answer", 1),
           Number("max_attempts", &W::max_attempts, "attempts before a delivery is failed", 1),
           Number("backoff_ms", &W::backoff_ms, "milliseconds before the second attempt"),
           Number("max_backoff_ms", &W::max_backoff_ms, "longest wait between attempts")},
          [](WebhookConfig& w, const std::string& where, settings::Errors& errors) {
            if (const char* s = std::getenv("LINLI_WEBHOOK_SECRET")) w.secret = s;
            if (!w.url.empty() && !w.url.starts_with("http://"))
              errors.push_back(where + ".url must start with http:// (put a TLS proxy in front)");
            if (!w.url.empty() && w.secret.empty()) {
              errors.push_back(
                  where + ".url is set but no secret (webhook.secret or LINLI_WEBHOOK_SECRET)");
            }
          }};
}

}  // namespace linli::notifications
