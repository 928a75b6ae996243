// The notifications module's settings, config.json section "webhook": every appeal event a
// deployment bridges to SMS or WeChat is POSTed to `url` as JSON, signed with HMAC-SHA256 under
// `secret`. No url: off. LINLI_WEBHOOK_SECRET overrides the secret of config.json.
#pragma once

#include <string>

#include "core/settings.h"

namespace linli::notifications {

struct WebhookConfig {
  std::string url;        // "http://host:port/path"; empty: no webhook
  std::string secret;     // the HMAC key
  int timeout_s = 5;      // to connect, send and read the answer
  int max_attempts = 6;   // then the delivery is `failed`
  int backoff_ms = 1000;  // before the 2nd attempt; doubled for each one after
  int max_backoff_ms = 300'000;
};

settings::Section<WebhookConfig> WebhookSection();

}  // namespace linli::notifications
