// TakeStep (commands.h): the steps of the step table (steps.h), and the rules each row names.
#include <fmt/format.h>
#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "core/clock.h"
#include "modules/accounts/directory.h"
#include "modules/appeals/commands.h"
#include "modules/appeals/deadlines.h"
#include "modules/appeals/flow.h"
#include "modules/appeals/kpi_counts.h"
#include "modules/appeals/permissions.h"
#include "modules/appeals/steps.h"
#include "modules/areas/area.h"
#include "modules/audit.h"
#include "modules/duty_zones/serving.h"
#include "modules/report_in/work_units.h"
#include "record/event_log.h"

namespace linli::appeals {
namespace {

constexpr std::string_view kSetState = "UPDATE appeals SET state = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kSetAssignee =
    "UPDATE appeals SET assignee_kind = ?, assignee_id = ? WHERE id = ?";
constexpr std::string_view kSetResolveBy = "UPDATE appeals SET resolve_by = ? WHERE id = ?";
constexpr std::string_view kSetRating = "UPDATE appeals SET rating = ? WHERE id = ?";
constexpr std::string_view kReopen =
    "UPDATE appeals SET reopened = reopened + 1, resolve_by = ? WHERE id = ?";
constexpr std::string_view kSetReferred = "UPDATE appeals SET referred_to = ? WHERE id = ?";
constexpr std::string_view kSetEscalated =
    "UPDATE appeals SET escalated_to = ?, escalated_area_id = ? WHERE id = ?";
constexpr std::string_view kSetMerged = "UPDATE appeals SET merged_into = ? WHERE id = ?";
constexpr std::string_view kStep =
    "INSERT INTO appeal_steps (appeal_id, step, from_state, to_state, actor_id, actor_label,"
    " note, reason, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kLastStep = "SELECT max(id) FROM appeal_steps WHERE appeal_id = ?";
constexpr std::string_view kResolvedAt =
    "SELECT max(at) FROM appeal_steps WHERE appeal_id = ? AND step = 'resolve'";
constexpr std::string_view kUnitExists = "SELECT 1 FROM work_units WHERE id = ?";

constexpr std::string_view kProviderHere =
    "SELECT 1 FROM service_providers WHERE id = ? AND community_id = ?";

constexpr int64_t kDayMs = 86'400'000;

std::string Label(const auth::Actor& actor) {
  return actor.login.empty() ? std::string("system") : actor.login;
}

void Record(store::Connection& c, const auth::Actor& actor, const Appeal& a, const StepRow& step,
            const Outcome& o, int64_t now) {
  const store::Value actor_id =
      actor.account_id ? store::Value(actor.account_id) : store::Value(store::Null{});
  const std::string to(step.to);
  c.Exec(kSetState, {to, now, a.id});
  c.Exec(kStep, {a.id, std::string(step.name), a.state, to, actor_id, Label(actor),
                 store::Opt(o.note), store::Opt(o.reason), boost::json::serialize(o.detail), now});
  boost::json::object summary = o.detail;  // never the free text: it may name people
  summary["from"] = a.state;
  summary["to"] = to;
  record::EventLog::Append(
      c, EventBy(actor, std::string(step.event), "appeal", a.id, a.area_path, summary));
}

// Whether the assignee may be dispatched an appeal of this community: a person serving a duty
// zone on one of its grids or working here; a co-building unit with a confirmed report-in to
// the community; a provider registered with it.
Status AssigneeFits(store::Connection& c, const Appeal& a, std::string_view kind, int64_t id) {
  const auto community = areas::OnPathOfKind(c, a.area_path, "community");
  const std::string path = community ? community->path : a.area_path;
  if (kind == "unit") {
    if (!c.QueryOne(kUnitExists, {id})) {
      return Error::NotFoundField("/assignee_id", fmt::format("no unit {}", id));
    }
    if (!community || !report_in::UnitReportedIn(c, id, community->id)) {
      return Error::Rule("/assignee_id", fmt::format("unit {} has no confirmed report-in to the "
                                                     "community of this appeal",
                                                     id));
    }
    return {};
  }
  if (kind == "provider") {
    if (!community || !c.QueryOne(kProviderHere, {id, community->id})) {
      return Error::NotFoundField(
          "/assignee_id",
          fmt::format("no provider {} registered with the community of this appeal", id));
    }
    return {};
  }
  if (!duty_zones::ServesUnder(c, id, path) && !accounts::WorksAt(c, id, a.area_path, path)) {
    return Error::Rule("/assignee_id",
                       fmt::format("person {} neither serves a duty zone nor works in the "
                                   "community of this appeal",
                                   id));
  }
  return {};
}

// A bad rating sends the appeal back to work with a fresh resolve clock, by the system.
// REQUIRES: a.state is followed_up.
void Reopen(Context& ctx, const Appeal& a, int64_t now) {
  const AppealCategory* cat = CategoryOf(ctx.config, a.category);
  const int64_t resolve_s = cat ? cat->resolve_s : 0;
  const std::optional<int64_t> resolve_by =
      resolve_s > 0 ? std::optional<int64_t>(now + resolve_s * 1000) : std::nullopt;
  ctx.c.Exec(kReopen, {store::Opt(resolve_by), a.id});
  if (resolve_by) SetDeadline(ctx.c, a.id, "resolve", *resolve_by);
  Outcome o{std::nullopt, "the resident was not satisfied: the appeal is reopened", {}, true};
  o.detail["reopened"] = a.reopened + 1;
  Record(ctx.c, SystemActor(), a, *FindStep("reopen"), o, now);
}

Error Refusal(const Appeal& a, Party who) {
  switch (who) {
    case Party::kResident:
      return Error::Rule("", fmt::format("only the resident who raised appeal {} may rate it or "
                                         "answer for it",
                                         a.id));
    case Party::kAssignee:
      return Error::Rule("", fmt::format("only the assignee of appeal {} (the person, or an "
                                         "account of the unit or provider) may take this step",
                                         a.id));
    case Party::kSupervisor:
      return Error::Forbidden(
          fmt::format("appeal {} is escalated: it is in the subdistrict's queue", a.id));
    default:
      return Error::Forbidden();
  }
}

}  // namespace

Result<Outcome> AcceptRules(Context& ctx, const auth::Actor&, const Appeal& a, const StepForm& f,
                            int64_t now) {
  MeetDeadline(ctx.c, a.id, "accept", now);
  return Outcome{f.note, std::nullopt, {}, false};
}

Result<Outcome> DispatchRules(Context& ctx, const auth::Actor&, const Appeal& a, const StepForm& f,
                              int64_t now) {
  store::Connection& c = ctx.c;
  const int64_t person = *f.assignee_id;
  const std::string& kind = *f.assignee_kind;
  if (a.state == "dispatched" && a.assignee_kind == kind && a.assignee_id == person) {
    return Error::Conflict(
        fmt::format("appeal {} is already dispatched to {} {}", a.id, kind, person),
        "/assignee_id");
  }
  if (Status st = AssigneeFits(c, a, kind, person); !st) return st.error();
  Outcome o;
  o.note = f.note;
  o.detail = {{"assignee_kind", *f.assignee_kind}, {"assignee_id", person}};
  if (f.due_at) {
    if (*f.due_at <= now) return Error::Rule("/due_at", "is in the past");
    if (a.resolve_by && *f.due_at > *a.resolve_by) {
      return Error::Rule("/due_at", fmt::format("is later than the appeal's resolve deadline {}",
                                                FormatTime(*a.resolve_by)));
    }
    c.Exec(kSetResolveBy, {*f.due_at, a.id});
    SetDeadline(c, a.id, "resolve", *f.due_at);
    o.detail["due_at"] = FormatTime(*f.due_at);
    o.wake = true;
  }
  c.Exec(kSetAssignee, {*f.assignee_kind, person, a.id});
  return o;
}

Result<Outcome> TakeRules(Context&, const auth::Actor&, const Appeal&, const StepForm& f, int64_t) {
  return Outcome{f.note, std::nullopt, {}, false};
}

Result<Outcome> ArriveRules(Context& ctx, const auth::Actor&, const Appeal& a, const StepForm& f,
                            int64_t now) {
  MeetDeadline(ctx.c, a.id, "on_site", now);
  return Outcome{f.note, std::nullopt, {}, false};
}

Result<Outcome> ResolveRules(Context& ctx, const auth::Actor& actor, const Appeal& a,
                             const StepForm& f, int64_t now) {
  auto photos = CheckPhotos(ctx.c, actor, a.id, f.photo_ids, ctx.config.photos_per_appeal);
  if (!photos) return photos.error();
  MeetAll(ctx.c, a.id, now);
  Outcome o{f.result, std::nullopt, {}, false};
  if (!photos->empty()) o.detail["photos"] = boost::json::array(photos->begin(), photos->end());
  return o;
}

Result<Outcome> FollowUpRules(Context& ctx, const auth::Actor&, const Appeal& a, const StepForm& f,
                              int64_t) {
  ctx.c.Exec(kSetRating, {*f.rating, a.id});
  return Outcome{f.note, std::nullopt, {{"rating", *f.rating}}, false};
}

Result<Outcome> CloseRules(Context& ctx, const auth::Actor&, const Appeal& a, const StepForm& f,
                           int64_t now) {
  const AppealsConfig& config = ctx.config;
  Outcome o{f.note, f.reason, {}, false};
  if (a.state == "resolved") {  // no rating yet: only after the follow-up window
    const int64_t resolved_at = ctx.c.QueryInt(kResolvedAt, {a.id});
    const int64_t open_until = resolved_at + int64_t{config.follow_up_days} * kDayMs;
    if (now < open_until) {
      return Error::Conflict(fmt::format("appeal {} awaits the resident's rating until {}", a.id,
                                         FormatTime(open_until)));
    }
    if (!o.reason) {
      o.reason = fmt::format("the resident did not rate it within {} days", config.follow_up_days);
    }
    o.detail["unrated"] = true;
  }
  MeetAll(ctx.c, a.id, now);
  return o;
}

Result<Outcome> ReferRules(Context& ctx, const auth::Actor&, const Appeal& a, const StepForm& f,
                           int64_t now) {
  ctx.c.Exec(kSetReferred, {*f.to, a.id});
  MeetAll(ctx.c, a.id, now);
  return Outcome{f.note, f.reason, {{"to", *f.to}}, false};
}

Result<Outcome> EscalateRules(Context& ctx, const auth::Actor&, const Appeal& a, const StepForm& f,
                              int64_t) {
  auto sub = areas::OnPathOfKind(ctx.c, a.area_path, "subdistrict");
  const store::Value sub_id = sub ? store::Value(sub->id) : store::Value(store::Null{});
  const std::string to = *f.to == "subdistrict" ? "subdistrict" : *f.department;
  ctx.c.Exec(kSetEscalated, {to, sub_id, a.id});
  Outcome o{f.note, f.reason, {{"to", to}}, false};
  o.detail["queue_area_id"] = sub ? boost::json::value(sub->id) : nullptr;
  return o;
}

Result<Outcome> CloseUnresolvedRules(Context& ctx, const auth::Actor&, const Appeal& a,
                                     const StepForm& f, int64_t now) {
  MeetAll(ctx.c, a.id, now);
  return Outcome{f.note, f.reason, {}, false};
}

Result<Outcome> MergeRules(Context& ctx, const auth::Actor& actor, const Appeal& a,
                           const StepForm& f, int64_t now) {
  store::Connection& c = ctx.c;
  const int64_t into = *f.into;
  if (into == a.id) return Error::Rule("/into", "an appeal cannot be merged into itself");
  auto target = Load(c, into);
  if (!target || !MayRead(actor, *target)) {
    return Error::NotFoundField("/into", fmt::format("no appeal {}", into));
  }
  if (IsFinal(target->state)) {
    return Error::Rule("/into", fmt::format("appeal {} is {}: merge into an appeal still in hand",
                                            into, target->state));
  }
  c.Exec(kSetMerged, {into, a.id});
  MeetAll(c, a.id, now);
  Outcome o{f.note, f.reason, {{"into", into}}, false};
  if (!o.reason)
    o.reason = fmt::format("the same problem as appeal {}, which this one follows", into);
  return o;
}

bool AttachEvidence(Context& ctx, const StepRow& row, int64_t id, const StepForm& f, int64_t now) {
  if (f.photo_ids.empty()) return false;
  AttachPhotos(ctx.c, id, row.name, ctx.c.QueryInt(kLastStep, {id}), f.photo_ids, now);
  return false;
}

bool ReopenIfUnsatisfied(Context& ctx, const StepRow&, int64_t id, const StepForm& f, int64_t now) {
  if (f.rating != "not_satisfied") return false;
  auto rated = Load(ctx.c, id);
  Reopen(ctx, *rated, now);
  return true;
}

Result<Appeal> TakeStep(Context& ctx, const auth::Actor& actor, int64_t id, std::string_view step,
                        const StepForm& f) {
  store::Connection& c = ctx.c;
  store::Tx tx(c, store::Tx::kWrite);
  auto a = Load(c, id);
  if (!a || !MayRead(actor, *a)) return Error::NotFound(fmt::format("no appeal {}", id));
  auto t = Find(a->state, step);
  if (!t) {
    return Error::Conflict(
        fmt::format("appeal {} is {}: {} follows only {}", id, a->state, step, FromStatesOf(step)));
  }
  if (!Is(actor, t->who, *a)) return Refusal(*a, t->who);
  const StepRow& row = *FindStep(step);
  const int64_t now = NowMs();
  const kpi::Counts before = kpi::Snapshot(c, id);
  auto outcome = row.apply(ctx, actor, *a, f, now);
  if (!outcome) return outcome.error();
  Record(c, actor, *a, row, *outcome, now);
  bool wake = outcome->wake;
  if (row.after && row.after(ctx, row, id, f, now)) wake = true;
  kpi::Update(c, id, before);
  auto updated = Load(c, id);
  tx.Commit();
  if (wake && ctx.wake) c.WhenCommitted(ctx.wake);
  return *updated;
}

}  // namespace linli::appeals
