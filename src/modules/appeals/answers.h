// The shapes of the appeals module's answers, each declared once (http/shape.h): their JSON
// and their schemas (the OpenAPI components named by their kSchemaName) come from these
// structs. They view the records they are made from: keep the record
// alive while its answer is written.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/config.h"
#include "http/shape.h"
#include "modules/appeals/appeal.h"
#include "modules/appeals/flow.h"
#include "modules/appeals/partners.h"
#include "modules/appeals/photos.h"
#include "modules/appeals/vocabulary.h"
#include "modules/areas/answers.h"
#include "modules/areas/area_ref.h"
#include "modules/people/answers.h"

namespace linli::appeals {

namespace shape = http::shape;

struct CategoryRef {
  std::string_view code;
  std::string_view name;
  static constexpr shape::Doc kDocs[] = {{"code", "one of GET /api/v1/appeal-categories"}};
};
struct GeoPoint {
  double lng = 0;
  double lat = 0;
};
struct PlaceRef {
  areas::AreaRef area;
  std::optional<int64_t> grid_id;
  std::optional<GeoPoint> point;
  static constexpr shape::Doc kDocs[] = {{"grid_id", "the grid the place lies in"}};
};
struct ResidentRef {
  int64_t id = 0;
  std::string_view name;
  std::optional<std::string_view> phone;
  static constexpr shape::Doc kDocs[] = {{"phone", "masked"}};
};
struct Deadlines {
  std::optional<shape::Time> accept_by;
  std::optional<shape::Time> on_site_by;
  std::optional<shape::Time> resolve_by;
};
struct AssigneeRef {
  shape::OneOf<&AssigneeKinds> kind;
  int64_t id = 0;
  std::optional<std::string_view> name;
  static constexpr shape::Doc kDocs[] = {{"name", "the person's, unit's or provider's name"}};
};

// An item of the list, and the answer of intake and of every step.
struct AppealAnswer {
  static constexpr std::string_view kSchemaName = "Appeal";
  int64_t id = 0;
  shape::OneOf<&Channels> channel;
  CategoryRef category;
  shape::OneOf<&Urgencies> urgency;
  std::string_view description;
  shape::OneOf<&States> state;
  ResidentRef resident;
  Deadlines deadlines;
  bool overdue = false;
  std::optional<shape::Time> overdue_at;
  std::optional<shape::OneOf<&Ratings>> rating;
  std::optional<std::string_view> escalated_to;
  std::optional<std::string_view> referred_to;
  std::optional<int64_t> merged_into;
  int64_t reopened = 0;
  shape::Time created_at;
  shape::Time updated_at;
  PlaceRef place;
  std::optional<AssigneeRef> assignee;
  static constexpr shape::Doc kDocs[] = {{"overdue", "a deadline was missed"},
                                         {"escalated_to", "subdistrict, or a department's name"},
                                         {"referred_to", "the outside body it was referred to"},
                                         {"merged_into", "the appeal this one follows"},
                                         {"reopened", "times reopened after a bad rating"}};
};

// One row of the timeline.
struct StepAnswer {
  static constexpr std::string_view kSchemaName = "AppealStep";
  int64_t id = 0;
  std::string_view step;
  std::optional<std::string_view> from_state;
  std::string_view to_state;
  std::string_view actor;
  std::optional<std::string_view> note;
  std::optional<std::string_view> reason;
  shape::RawObject detail;
  shape::Time at;
  static constexpr shape::Doc kDocs[] = {{"actor", "login, or system"},
                                         {"note", "shown to the resident"},
                                         {"reason", "shown to the resident"}};
};

struct SupervisionAnswer {
  std::string_view kind;
  shape::Time due_at;
  std::optional<int64_t> level_area_id;
  shape::Time raised_at;
};

struct PhotoAnswer {
  static constexpr std::string_view kSchemaName = "Photo";
  int64_t id = 0;
  std::string_view hash;
  shape::OneOf<&PhotoTypes> content_type;
  int64_t bytes = 0;
  std::string url;
  shape::Time created_at;
  std::optional<int64_t> appeal_id;
  std::optional<shape::OneOf<&PhotoSteps>> step;
  static constexpr shape::Doc kDocs[] = {{"hash", "BLAKE2b-256 of the bytes, hex"},
                                         {"url", "GET it here"},
                                         {"appeal_id", "null until attached"}};
};

struct FollowsRef {
  int64_t id = 0;
  shape::OneOf<&States> state;
};

// One appeal with its photos, timeline and supervision record.
struct AppealViewAnswer : AppealAnswer {
  static constexpr std::string_view kSchemaName = "AppealView";
  std::vector<PhotoAnswer> photos;
  std::vector<StepAnswer> timeline;
  std::vector<SupervisionAnswer> supervisions;
  std::optional<FollowsRef> follows;
};

// A configured category and the clocks it starts.
struct CategoryAnswer {
  static constexpr std::string_view kSchemaName = "AppealCategory";
  std::string_view code;
  std::string_view name;
  std::optional<int64_t> accept_s;
  std::optional<int64_t> on_site_s;
  std::optional<int64_t> resolve_s;
  static constexpr shape::Doc kDocs[] = {{"accept_s", "seconds from intake"},
                                         {"on_site_s", "seconds from intake"},
                                         {"resolve_s", "seconds from intake"}};
};

// A unit or provider registered with a community for appeals.
struct PartnerAnswer {
  static constexpr std::string_view kSchemaName = "AppealPartner";
  shape::OneOf<&PartnerKinds> kind;
  int64_t id = 0;
  std::string_view name;
  int64_t community_id = 0;
  std::vector<std::string> categories;
  std::optional<std::string_view> services;
  std::vector<int64_t> person_ids;
  static constexpr shape::Doc kDocs[] = {
      {"id", "the work unit's or the provider's id: the assignee_id"},
      {"categories", "codes of GET /api/v1/appeal-categories"},
      {"services", "provider: what it offers"},
      {"person_ids", "provider: the people who act for it (a unit: none)"}};
};

// Whom to dispatch an appeal to, and why.
struct SuggestionAnswer {
  static constexpr std::string_view kSchemaName = "AppealSuggestion";
  shape::OneOf<&AssigneeKinds> assignee_kind;
  int64_t assignee_id = 0;
  shape::OneOf<&SuggestionRoles> role;
  std::optional<std::string_view> name;
  std::string_view reason;
  std::optional<int64_t> zone_id;
  std::optional<people::PersonAnswer> person;
  static constexpr shape::Doc kDocs[] = {{"name", "the unit's or provider's name"},
                                         {"zone_id", "duty_zone_member: the zone served"},
                                         {"person", "assignee_kind person"}};
};

// The appeals lists behind a KPI figure.
struct CountLinks {
  std::string appeals;
  static constexpr shape::Doc kDocs[] = {{"appeals", "appeals list URL"}};
};
struct KpiCount {
  int64_t count = 0;
  CountLinks links;
};
struct RatioLinks {
  std::string numerator;
  std::string denominator;
  static constexpr shape::Doc kDocs[] = {{"numerator", "appeals list URL of the numerator"},
                                         {"denominator", "appeals list URL of the denominator"}};
};
// A KPI rate: numerator / denominator, null when the denominator is 0.
struct RatioAnswer {
  static constexpr std::string_view kSchemaName = "KpiRatio";
  int64_t numerator = 0;
  int64_t denominator = 0;
  std::optional<double> rate;
  RatioLinks links;
};
struct SatisfactionLinks : RatioLinks {
  std::string satisfied;
  std::string basically_satisfied;
  std::string not_satisfied;
};
struct SatisfactionAnswer {
  int64_t numerator = 0;
  int64_t denominator = 0;
  std::optional<double> rate;
  SatisfactionLinks links;
  std::optional<double> strict_rate;
  int64_t satisfied = 0;
  int64_t basically_satisfied = 0;
  int64_t not_satisfied = 0;
  static constexpr shape::Doc kDocs[] = {{"numerator", "satisfied + basically_satisfied"},
                                         {"denominator", "rated"},
                                         {"strict_rate", "satisfied / rated"}};
};
// The appeal KPIs of an area over the appeals received in a period.
struct KpiAnswer {
  static constexpr std::string_view kSchemaName = "AppealKpis";
  areas::AreaAnswer area;
  std::optional<std::string> from;
  std::optional<std::string> to;
  shape::Time as_of;
  KpiCount received;
  RatioAnswer response_rate;
  RatioAnswer on_site_in_time;
  RatioAnswer resolution_rate;
  SatisfactionAnswer satisfaction_rate;
  KpiCount overdue_now;
  static constexpr shape::Doc kDocs[] = {
      {"from", "YYYY-MM-DD, as given"},
      {"to", "YYYY-MM-DD, as given"},
      {"received", "appeals received in the period in the area"},
      {"response_rate", "answered by accept_by / received"},
      {"on_site_in_time", "arrived by on_site_by / with an on-site clock"},
      {"resolution_rate",
       "resolved, followed up or closed after a fix / received, less referred and merged"},
      {"overdue_now", "open with a deadline missed, now (whatever the period)"}};
};

BOOST_DESCRIBE_STRUCT(CategoryRef, (), (code, name))
BOOST_DESCRIBE_STRUCT(GeoPoint, (), (lng, lat))
BOOST_DESCRIBE_STRUCT(PlaceRef, (), (area, grid_id, point))
BOOST_DESCRIBE_STRUCT(ResidentRef, (), (id, name, phone))
BOOST_DESCRIBE_STRUCT(Deadlines, (), (accept_by, on_site_by, resolve_by))
BOOST_DESCRIBE_STRUCT(AssigneeRef, (), (kind, id, name))
BOOST_DESCRIBE_STRUCT(AppealAnswer, (),
                      (id, channel, category, urgency, description, state, resident, deadlines,
                       overdue, overdue_at, rating, escalated_to, referred_to, merged_into,
                       reopened, created_at, updated_at, place, assignee))
BOOST_DESCRIBE_STRUCT(StepAnswer, (),
                      (id, step, from_state, to_state, actor, note, reason, detail, at))
BOOST_DESCRIBE_STRUCT(SupervisionAnswer, (), (kind, due_at, level_area_id, raised_at))
BOOST_DESCRIBE_STRUCT(PhotoAnswer, (),
                      (id, hash, content_type, bytes, url, created_at, appeal_id, step))
BOOST_DESCRIBE_STRUCT(FollowsRef, (), (id, state))
BOOST_DESCRIBE_STRUCT(AppealViewAnswer, (AppealAnswer), (photos, timeline, supervisions, follows))
BOOST_DESCRIBE_STRUCT(CategoryAnswer, (), (code, name, accept_s, on_site_s, resolve_s))
BOOST_DESCRIBE_STRUCT(PartnerAnswer, (),
                      (kind, id, name, community_id, categories, services, person_ids))
BOOST_DESCRIBE_STRUCT(SuggestionAnswer, (),
                      (assignee_kind, assignee_id, role, name, reason, zone_id, person))
BOOST_DESCRIBE_STRUCT(CountLinks, (), (appeals))
BOOST_DESCRIBE_STRUCT(KpiCount, (), (count, links))
BOOST_DESCRIBE_STRUCT(RatioLinks, (), (numerator, denominator))
BOOST_DESCRIBE_STRUCT(RatioAnswer, (), (numerator, denominator, rate, links))
BOOST_DESCRIBE_STRUCT(SatisfactionLinks, (RatioLinks),
                      (satisfied, basically_satisfied, not_satisfied))
BOOST_DESCRIBE_STRUCT(SatisfactionAnswer, (),
                      (numerator, denominator, rate, links, strict_rate, satisfied,
                       basically_satisfied, not_satisfied))
BOOST_DESCRIBE_STRUCT(KpiAnswer, (),
                      (area, from, to, as_of, received, response_rate, on_site_in_time,
                       resolution_rate, satisfaction_rate, overdue_now))

AppealAnswer AnswerOf(const Appeal& a, const AppealsConfig& config);
StepAnswer AnswerOf(const Step& s);
SupervisionAnswer AnswerOf(const Supervision& s);
PhotoAnswer AnswerOf(const Photo& p);
CategoryAnswer AnswerOf(const AppealCategory& c);
PartnerAnswer AnswerOf(const Partner& p);
SuggestionAnswer AnswerOf(const Suggestion& s);

}  // namespace linli::appeals
