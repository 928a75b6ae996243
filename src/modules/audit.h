// Builds the event a command appends for its write (record/event_log.h).
#pragma once

#include <optional>
#include <string>

#include <boost/json/object.hpp>

#include "auth/actor.h"
#include "record/event_log.h"

namespace linli {

inline record::Event EventBy(const auth::Actor& actor, std::string action, std::string subject_kind,
                             std::optional<int64_t> subject_id, std::string area_path,
                             boost::json::object summary) {
  record::Event e;
  e.actor_id = actor.account_id ? std::optional<int64_t>(actor.account_id) : std::nullopt;
  e.actor_label = actor.login.empty() ? "system" : actor.login;
  e.action = std::move(action);
  e.subject_kind = std::move(subject_kind);
  e.subject_id = subject_id;
  e.area_path = std::move(area_path);
  e.summary = std::move(summary);
  return e;
}

// The actor for work the system does itself (migrations, demo data, CLI).
inline auth::Actor SystemActor() {
  auth::Actor a;
  a.login = "system";
  a.grants.push_back({auth::Role::kSystemAdmin, std::nullopt, "", std::nullopt, ""});
  return a;
}

}  // namespace linli
