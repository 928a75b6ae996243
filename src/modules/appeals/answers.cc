#include "modules/appeals/answers.h"

#include <fmt/format.h>
#include <boost/json/serialize.hpp>

namespace linli::appeals {
namespace {

using shape::View;

std::optional<shape::Time> TimeOf(const std::optional<int64_t>& ms) {
  if (!ms) return std::nullopt;
  return shape::Time{*ms};
}

std::optional<int64_t> Clock(int64_t secs) {
  if (secs <= 0) return std::nullopt;
  return secs;
}

}  // namespace

AppealAnswer AnswerOf(const Appeal& a, const AppealsConfig& config) {
  const AppealCategory* cat = CategoryOf(config, a.category);
  AppealAnswer out;
  out.id = a.id;
  out.channel = {a.channel};
  out.category = {a.category, cat ? std::string_view(cat->name) : std::string_view(a.category)};
  out.urgency = {a.urgency};
  out.description = a.description;
  out.state = {a.state};
  out.resident = {a.resident_id, a.resident_name, View(a.resident_phone_mask)};
  out.deadlines = {TimeOf(a.accept_by), TimeOf(a.on_site_by), TimeOf(a.resolve_by)};
  out.overdue = a.overdue_at.has_value();
  out.overdue_at = TimeOf(a.overdue_at);
  if (a.rating) out.rating = shape::OneOf<&Ratings>{*a.rating};
  out.escalated_to = View(a.escalated_to);
  out.referred_to = View(a.referred_to);
  out.merged_into = a.merged_into;
  out.reopened = a.reopened;
  out.created_at = {a.created_at};
  out.updated_at = {a.updated_at};
  out.place.area = {a.area_id, a.area_name, a.area_kind, a.area_path};
  out.place.grid_id = a.grid_id;
  if (a.lng && a.lat) out.place.point = GeoPoint{*a.lng, *a.lat};
  if (a.assignee_kind && a.assignee_id) {
    out.assignee = AssigneeRef{{*a.assignee_kind}, *a.assignee_id, View(a.assignee_name)};
  }
  return out;
}

StepAnswer AnswerOf(const Step& s) {
  return {s.id,         s.step,         View(s.from_state), s.to_state, s.actor_label,
          View(s.note), View(s.reason), {s.detail},         {s.at}};
}

SupervisionAnswer AnswerOf(const Supervision& s) {
  return {s.kind, {s.due_at}, s.level_area_id, {s.raised_at}};
}

PhotoAnswer AnswerOf(const Photo& p) {
  PhotoAnswer out{p.id,
                  p.hash,
                  {p.content_type},
                  p.bytes,
                  fmt::format("/api/v1/photos/{}", p.id),
                  {p.created_at},
                  p.appeal_id,
                  std::nullopt};
  if (p.step) out.step = shape::OneOf<&PhotoSteps>{*p.step};
  return out;
}

CategoryAnswer AnswerOf(const AppealCategory& c) {
  return {c.code, c.name, Clock(c.accept_s), Clock(c.on_site_s), Clock(c.resolve_s)};
}

PartnerAnswer AnswerOf(const Partner& p) {
  return {{p.kind}, p.id, p.name, p.community_id, p.categories, View(p.services), p.person_ids};
}

SuggestionAnswer AnswerOf(const Suggestion& s) {
  SuggestionAnswer out{{s.assignee_kind}, s.assignee_id, {s.role},    View(s.name),
                       s.reason,          s.zone_id,     std::nullopt};
  if (s.person) out.person = people::AnswerOf(*s.person);
  return out;
}

}  // namespace linli::appeals
