// HTTP handlers of the appeals module: parse → command or query → JSON. No rules here.
#include <array>
#include <functional>
#include <memory>

#include <fmt/format.h>

#include "core/clock.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/appeals/answers.h"
#include "modules/appeals/commands.h"
#include "modules/appeals/day_query.h"
#include "modules/appeals/flow.h"
#include "modules/appeals/kpi_routes.h"
#include "modules/appeals/manifest.h"
#include "modules/appeals/partner_routes.h"
#include "modules/appeals/photo_routes.h"
#include "modules/appeals/queries.h"
#include "modules/appeals/scheduler.h"
#include "modules/appeals/search_index.h"
#include "modules/appeals/step_schema.h"
#include "modules/appeals/steps.h"

namespace linli::appeals {
namespace {

namespace s = http::schema;
constexpr std::array<std::string_view, 1> kMe = {"me"};
constexpr std::array<std::string_view, 2> kBool = {"true", "false"};

std::vector<std::string_view> Codes(const AppealsConfig& config) {
  std::vector<std::string_view> out;
  for (const auto& c : config.categories) out.emplace_back(c.code);
  return out;
}

Result<AppealFilter> ParseFilter(const http::Request& req, const AppealsConfig& config) {
  if (Status st =
          http::OnlyParams(req, {"state", "category", "area_id", "assignee", "overdue",
                                 "supervised", "from", "to", "q", "kpi", "page", "per_page"});
      !st) {
    return st.error();
  }
  AppealFilter f;
  auto state = http::QueryEnum(req, "state", States());
  if (!state) return state.error();
  f.state = *state;
  const auto codes = Codes(config);
  auto category = http::QueryEnum(req, "category", codes);
  if (!category) return category.error();
  f.category = *category;
  auto area = http::QueryId(req, "area_id");
  if (!area) return area.error();
  f.area_id = *area;
  auto me = http::QueryEnum(req, "assignee", kMe);
  if (!me) return me.error();
  f.assigned_to_me = me->has_value();
  auto overdue = http::QueryEnum(req, "overdue", kBool);
  if (!overdue) return overdue.error();
  if (*overdue) f.overdue = **overdue == "true";
  auto supervised = http::QueryEnum(req, "supervised", kBool);
  if (!supervised) return supervised.error();
  if (*supervised) f.supervised = **supervised == "true";
  auto from = QueryDay(req, "from", 0);
  if (!from) return from.error();
  f.from_ms = *from;
  auto to = QueryDay(req, "to", 1);
  if (!to) return to.error();
  f.to_ms = *to;
  auto q = http::QueryText(req, "q");
  if (!q) return q.error();
  f.q = *q;
  if (f.q && f.q->empty()) return Error::Invalid("?q", "must not be empty");
  auto kpi = http::QueryEnum(req, "kpi", kpi::Names());
  if (!kpi) return kpi.error();
  if (*kpi) f.kpi = kpi::FromName(**kpi);
  return f;
}

std::string ViewJson(const AppealView& v, const AppealsConfig& config) {
  AppealViewAnswer out;
  static_cast<AppealAnswer&>(out) = AnswerOf(v.appeal, config);
  for (const auto& p : v.photos) out.photos.push_back(AnswerOf(p));
  for (const auto& st : v.steps) out.timeline.push_back(AnswerOf(st));
  for (const auto& su : v.supervisions) out.supervisions.push_back(AnswerOf(su));
  if (v.follows) out.follows = FollowsRef{v.follows->id, {v.follows->state}};
  return shape::JsonOf(out, 4096);
}

using ContextFn = std::function<Context()>;

// /api/v1/appeal-categories: the configured categories and their clocks.
void CategoryRoutes(http::Router& r, const AppealsConfig& config) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/appeal-categories",
         .handler = [&config](const http::Request&) -> Result<http::Response> {
           shape::ListOf<CategoryAnswer> list;
           for (const auto& c : config.categories) list.items.push_back(AnswerOf(c));
           return http::JsonWritten(200, shape::JsonOf(list));
         },
         .tag = "appeals",
         .summary = "The categories an appeal may have, in the configured order, with the "
                    "clocks each starts (seconds from intake; null: no such clock)",
         .response = shape::SchemaOf<shape::ListOf<CategoryAnswer>>()});
}

// /api/v1/appeals: raise, list, read one.
void AppealRoutes(http::Router& r, store::Database& db, const AppealsConfig& config,
                  const ContextFn& context) {
  const auto codes = Codes(config);
  const std::vector<std::string_view> states(States().begin(), States().end());

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/appeals",
         .handler = [&config, context](const http::Request& req) -> Result<http::Response> {
           auto form = ParseIntake(req.body, config);
           if (!form) return form.error();
           Context ctx = context();
           auto a = RaiseAppeal(ctx, req.Actor(), *form);
           if (!a) return a.error();
           return http::JsonWritten(201, shape::JsonOf(AnswerOf(*a, config), 1024));
         },
         .tag = "appeals",
         .summary = "Raise an appeal: a resident online, or a worker for a resident",
         .request = s::Body(IntakeFields()),
         .response = shape::RefOf<AppealAnswer>(),
         .success = 201});

  r.Add(
      {.method = http::Method::kGet,
       .pattern = "/api/v1/appeals",
       .handler = [&db, &config](const http::Request& req) -> Result<http::Response> {
         auto page = http::ParsePage(req);
         if (!page) return page.error();
         auto filter = ParseFilter(req, config);
         if (!filter) return filter.error();
         auto res = ListAppeals(db.Conn(), req.Actor(), *filter, *page);
         if (!res) return res.error();
         shape::PageOf<AppealAnswer> out{{}, page->page, page->per_page, res->total};
         for (const auto& a : res->items) out.items.push_back(AnswerOf(a, config));
         return http::JsonWritten(200, shape::JsonOf(out, 256 + out.items.size() * 1024));
       },
       .tag = "appeals",
       .summary = "List the appeals in the caller's scope, newest first",
       .response = shape::SchemaOf<shape::PageOf<AppealAnswer>>(),
       .query = {
           {"state", "only appeals in this state", s::Enum(states)},
           {"category", "only appeals of this category", s::Enum(codes)},
           {"area_id", "only appeals placed in this area or below it", s::Int()},
           {"assignee", "me: only appeals dispatched to the caller", s::Enum({"me"})},
           {"overdue", "true: still open with a deadline missed", s::Enum({"true", "false"})},
           {"supervised", "true: raised for supervision at least once", s::Enum({"true", "false"})},
           {"from", "raised on or after this day (China Standard Time)", s::Date()},
           {"to", "raised on or before this day (China Standard Time)", s::Date()},
           {"q", "words in the description (full text; one or two characters too)", s::Str()},
           {"kpi", "only the appeals counted in this KPI set (see GET /api/v1/kpis/appeals)",
            s::Enum(kpi::Names())},
           {"page", "page number from 1", s::Int()},
           {"per_page", "rows per page, 1 to 200", s::Int()}}});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/appeals/{id}",
         .handler = [&db, &config](const http::Request& req) -> Result<http::Response> {
           auto v = GetAppeal(db.Conn(), req.Actor(), req.PathId("id"));
           if (!v) return v.error();
           return http::JsonWritten(200, ViewJson(*v, config));
         },
         .tag = "appeals",
         .summary = "One appeal with its whole timeline and supervision record",
         .response = shape::RefOf<AppealViewAnswer>()});
}

// /api/v1/appeals/{id}/suggestions: whom to dispatch to.
void SuggestionRoutes(http::Router& r, store::Database& db, const AppealsConfig& config) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/appeals/{id}/suggestions",
         .handler = [&db, &config](const http::Request& req) -> Result<http::Response> {
           auto items = Suggest(db.Conn(), req.Actor(), config, req.PathId("id"));
           if (!items) return items.error();
           shape::ListOf<SuggestionAnswer> out;
           for (const auto& sg : *items) out.items.push_back(AnswerOf(sg));
           return http::JsonWritten(200, shape::JsonOf(out, 2048));
         },
         .tag = "appeals",
         .summary = "Whom to dispatch an appeal to: the duty-zone members and grid workers of "
                    "its grid, and the units and providers registered for its category in its "
                    "community, in order, each with the reason",
         .response = shape::SchemaOf<shape::ListOf<SuggestionAnswer>>()});
}

// /api/v1/appeals/{id}/<step>: one route per row of the step table (steps.h).
void StepRoutes(http::Router& r, const ContextFn& context) {
  for (const std::string_view step : Steps()) {
    const StepRow& row = *FindStep(step);
    r.Add({.method = http::Method::kPost,
           .pattern = fmt::format("/api/v1/appeals/{{id}}/{}", step),
           .handler = [context, step](const http::Request& req) -> Result<http::Response> {
             auto form = ParseStep(step, req.body);
             if (!form) return form.error();
             Context ctx = context();
             auto a = TakeStep(ctx, req.Actor(), req.PathId("id"), step, *form);
             if (!a) return a.error();
             return http::JsonWritten(200, shape::JsonOf(AnswerOf(*a, ctx.config), 1024));
           },
           .tag = "appeals",
           .summary = std::string(row.summary),
           .request = StepRequestSchema(row),
           .response = shape::RefOf<AppealAnswer>()});
  }
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  const Crypto& crypto = services.crypto;
  services.settings.Bind(AppealsSection());
  auto scheduler = std::make_shared<Scheduler>(db);
  auto indexer = std::make_shared<SearchIndexer>(db);
  Manifest m;
  m.name = "appeals";
  m.start = [scheduler, indexer, &db, &services] {
    store::Connection& c = db.Conn();
    store::Tx tx(c, store::Tx::kWrite);
    PurgeOrphans(c, PhotoStoreOf(services), NowMs());
    tx.Commit();
    scheduler->Start();
    indexer->Start();
  };
  m.stop = [scheduler, indexer] {
    indexer->Stop();
    scheduler->Stop();
  };
  m.routes = [&db, &crypto, &services, scheduler](http::Router& r) {
    const AppealsConfig& config = Settings(services);
    const PhotoStore photos = PhotoStoreOf(services);
    const ContextFn context = [&db, &crypto, &config, scheduler, photos]() {
      return Context{db.Conn(), crypto, config, [scheduler] { scheduler->Wake(); }, photos};
    };
    AddPhotoRoutes(r, db, photos, context);
    shape::AddComponents<AppealAnswer, AppealViewAnswer, StepAnswer, CategoryAnswer,
                         SuggestionAnswer>(r);
    r.AddSchema("AppealOpenState", s::Enum(OpenStates()));
    CategoryRoutes(r, config);
    AppealRoutes(r, db, config, context);
    SuggestionRoutes(r, db, config);
    StepRoutes(r, context);
    AddKpiRoutes(r, db);
    AddPartnerRoutes(r, db, config);
  };
  return m;
}

}  // namespace linli::appeals
