// The accounts module: logins, sessions, and role grants (who holds which role where).
#pragma once

#include "http/router.h"
#include "modules/module.h"

namespace linli::accounts {

Manifest Module(Services& services);
// Resolves the actor of a request from its bearer token or session cookie.
http::Authenticator MakeAuthenticator(Services& services);

}  // namespace linli::accounts
