#include "modules/open311/requests.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <boost/json/parse.hpp>

#include "auth/actor.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "core/personal_data.h"
#include "modules/appeals/appeal.h"
#include "modules/appeals/forms.h"
#include "modules/appeals/step_reasons.h"
#include "modules/audit.h"
#include "modules/open311/mapping.h"
#include "store/sql.h"

namespace linli::open311 {
namespace {

constexpr std::string_view kAreaRow = "SELECT name, kind, parent_id FROM areas WHERE id = ?";
constexpr std::string_view kGrids =
    "SELECT id, geometry FROM areas WHERE kind = 'grid' AND geometry IS NOT NULL ORDER BY id";
constexpr std::string_view kInsertRequest =
    "INSERT INTO open311_requests (appeal_id, key_id, token, created_at) VALUES (?, ?, ?, ?)";
constexpr std::string_view kToken = "SELECT appeal_id FROM open311_requests WHERE token = ?";
constexpr size_t kMaxText = 2000;
constexpr size_t kMaxName = 100;

// Names of areas, read once per answer (an answer of 1,000 requests shares its areas): the
// places of a page and every area on their paths read up front in two statements (Preload);
// an area not read then (none, while paths and parents agree) is read on its own.
class Areas {
 public:
  explicit Areas(store::Connection& c) : c_(c) {}
  struct Info {
    std::string name;
    std::string kind;
    std::optional<int64_t> parent;
  };
  void Preload(const std::vector<int64_t>& places) {
    std::vector<int64_t> above;
    for (const auto& r : Read(places, ", path")) {
      for (const int64_t id : auth::PathIds(r.Text(4))) above.push_back(id);
    }
    Read(above, "");
  }
  const Info* Get(int64_t id) {
    auto it = cache_.find(id);
    if (it != cache_.end()) return it->second ? &*it->second : nullptr;
    std::optional<Info> info;
    if (auto r = c_.QueryOne(kAreaRow, {id})) info = Info{r->Text(0), r->Text(1), r->OptInt(2)};
    auto& slot = cache_[id];
    slot = std::move(info);
    return slot ? &*slot : nullptr;
  }

 private:
  // The areas of `ids` not read yet, with `more` columns after name, kind and parent_id.
  std::vector<store::Row> Read(const std::vector<int64_t>& ids, std::string_view more) {
    std::vector<store::Value> todo;
    for (const int64_t id : ids) {
      if (cache_.emplace(id, std::nullopt).second) todo.emplace_back(id);
    }
    if (todo.empty()) return {};
    auto rows = c_.Query(fmt::format("SELECT name, kind, parent_id, id{} FROM areas WHERE id IN"
                                     " ({})",
                                     more, store::Marks(todo.size())),
                         todo);
    for (const auto& r : rows) cache_[r.Int(3)] = Info{r.Text(0), r.Text(1), r.OptInt(2)};
    return rows;
  }

  store::Connection& c_;
  std::map<int64_t, std::optional<Info>> cache_;
};

// The reasons of the last refer and close_unresolved steps of a page's appeals (their status
// notes quote them), read in one statement: (appeal, step) -> the reason, null when none given.
using Reasons = appeals::StepReasons;

// Why each appeal of the page that ended without a fix (closed unresolved or referred) ended.
Reasons ReasonsOf(store::Connection& c, const std::vector<appeals::Appeal>& page) {
  constexpr std::array<std::string_view, 2> kEndings = {"close_unresolved", "refer"};
  std::vector<int64_t> ids;
  for (const auto& a : page) {
    if (a.state == "closed_unresolved" || a.state == "referred") ids.push_back(a.id);
  }
  return appeals::ReasonsOfSteps(c, ids, kEndings);
}

std::string Duration(int64_t s) {
  if (s < 3600) return fmt::format("{}分钟", s / 60);
  if (s < 86400) return fmt::format("{}小时", s / 3600);
  return fmt::format("{}天", s / 86400);
}

std::string Notice(const appeals::AppealCategory& c) {
  std::string out;
  if (c.accept_s > 0) out += fmt::format("{}内受理", Duration(c.accept_s));
  if (c.on_site_s > 0)
    out += fmt::format("{}{}内到场", out.empty() ? "" : "，", Duration(c.on_site_s));
  if (c.resolve_s > 0)
    out += fmt::format("{}{}内办结", out.empty() ? "" : "，", Duration(c.resolve_s));
  return out;
}

std::string StatusNotes(const Reasons& reasons, const appeals::Appeal& a) {
  auto reason = [&](std::string_view step) {
    auto it = reasons.find({a.id, std::string(step)});
    return it != reasons.end() && it->second ? Redact(*it->second, a.resident_name) : std::string();
  };
  const std::string& s = a.state;
  if (s == "received") return "已收到，待受理";
  if (s == "accepted") return a.reopened ? "居民不满意，已重新办理" : "已受理";
  if (s == "dispatched") return "已派单";
  if (s == "taken") return "已接单";
  if (s == "on_site") return "工作人员已到场";
  if (s == "escalated") return fmt::format("已上报至{}", a.escalated_to.value_or("上级"));
  if (s == "resolved") return "已办结，待回访";
  if (s == "followed_up") return "已办结并回访";
  if (s == "closed") return "已办结";
  if (s == "closed_unresolved")
    return fmt::format("未能解决，已关闭：{}", reason("close_unresolved"));
  if (s == "referred") {
    return fmt::format("不属社区职责，已转{}：{}", a.referred_to.value_or(""), reason("refer"));
  }
  if (s == "merged") return fmt::format("与请求{}为同一问题，已合并", a.merged_into.value_or(0));
  return s;
}

// The request's answer.
RequestAnswer RequestOf(const Reasons& reasons, const appeals::AppealsConfig& config, Areas& areas,
                        const appeals::Appeal& a) {
  const appeals::AppealCategory* cat = appeals::CategoryOf(config, a.category);
  // The place: a household is shown as the area above it; the address names the places from
  // the community down.
  int64_t place = a.area_id;
  if (const auto* info = areas.Get(place); info && info->kind == "household" && info->parent) {
    place = *info->parent;
  }
  std::vector<std::string> names;
  std::string community;
  std::string subdistrict;
  for (std::optional<int64_t> id = place; id;) {
    const auto* info = areas.Get(*id);
    if (!info) break;
    if (info->kind == "subdistrict") subdistrict = info->name;
    if (info->kind == "community") community = info->name;
    if (community.empty()) names.insert(names.begin(), info->name);
    if (info->kind == "community") names.insert(names.begin(), info->name);
    id = info->parent;
  }
  std::string address;
  for (const auto& n : names) address += (address.empty() ? "" : " ") + n;
  std::string agency = community;
  if (a.state == "referred" && a.referred_to) {
    agency = *a.referred_to;
  } else if (a.escalated_to) {
    agency =
        *a.escalated_to == "subdistrict" && !subdistrict.empty() ? subdistrict : *a.escalated_to;
  }
  std::optional<shape::Time> expected;
  if (a.resolve_by) expected = shape::Time{*a.resolve_by};
  return {std::to_string(a.id),
          {StatusOf(a.state)},
          StatusNotes(reasons, a),
          cat ? cat->name : a.category,
          a.category,
          Redact(a.description, a.resident_name),
          agency,
          cat ? Notice(*cat) : std::string(),
          {a.created_at},
          {a.updated_at},
          expected,
          address,
          std::to_string(place),
          std::nullopt,
          a.lat,
          a.lng,
          std::nullopt};  // media_url: photos are private to those who may read the appeal
}

int Hex(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

// application/x-www-form-urlencoded: name → value (the last of a repeated name); nullopt when
// a percent escape is broken.
std::optional<std::map<std::string, std::string>> Decode(std::string_view body) {
  std::map<std::string, std::string> out;
  auto decode = [](std::string_view s) -> std::optional<std::string> {
    std::string r;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '+') {
        r += ' ';
      } else if (s[i] == '%') {
        if (i + 2 >= s.size() || Hex(s[i + 1]) < 0 || Hex(s[i + 2]) < 0) return std::nullopt;
        r += static_cast<char>(Hex(s[i + 1]) * 16 + Hex(s[i + 2]));
        i += 2;
      } else {
        r += s[i];
      }
    }
    return r;
  };
  size_t i = 0;
  while (i <= body.size() && !body.empty()) {
    size_t amp = body.find('&', i);
    if (amp == std::string_view::npos) amp = body.size();
    const std::string_view pair = body.substr(i, amp - i);
    if (!pair.empty()) {
      const size_t eq = pair.find('=');
      auto k = decode(pair.substr(0, eq));
      auto v = decode(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
      if (!k || !v) return std::nullopt;
      out[*k] = *v;
    }
    i = amp + 1;
  }
  return out;
}

std::optional<double> Number(const std::string& s) {
  try {
    size_t used = 0;
    const double d = std::stod(s, &used);
    if (used != s.size()) return std::nullopt;
    return d;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

bool ValidUtf8Text(const std::string& s, size_t max_len) {
  return !s.empty() && s.size() <= max_len * 4;
}

}  // namespace

ServiceAnswer ServiceOf(const appeals::AppealCategory& c) {
  return {c.code, c.name, Notice(c), false, {"realtime"}, "", "社区诉求"};
}

RequestList ListRequests(store::Connection& c, const appeals::AppealsConfig& config,
                         const RequestFilter& f) {
  std::string where;
  std::vector<store::Value> params;
  if (!f.ids.empty()) {
    where = "a.id IN (";
    for (size_t i = 0; i < f.ids.size(); ++i) {
      where += i ? ", ?" : "?";
      params.emplace_back(f.ids[i]);
    }
    where += ")";
  } else {
    where = "a.created_at >= ? AND a.created_at <= ?";
    params.emplace_back(f.start_ms);
    params.emplace_back(f.end_ms);
    if (!f.codes.empty()) {
      where += " AND a.category IN (";
      for (size_t i = 0; i < f.codes.size(); ++i) {
        where += i ? ", ?" : "?";
        params.emplace_back(f.codes[i]);
      }
      where += ")";
    }
    if (f.status) {
      where += " AND a.state IN (";
      const auto states = StatesOf(*f.status);
      for (size_t i = 0; i < states.size(); ++i) {
        where += i ? ", ?" : "?";
        params.emplace_back(std::string(states[i]));
      }
      where += ")";
    }
  }
  params.emplace_back(int64_t{f.page_size});
  params.emplace_back(int64_t{f.page - 1} * f.page_size);
  // The page's rows, then what their answers name read for the whole page at once: the areas
  // on their places' paths and the reasons their status notes quote.
  store::Tx tx(c, store::Tx::kRead);
  std::vector<appeals::Appeal> page;
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY a.created_at DESC,"
                           " a.id DESC LIMIT ? OFFSET ?",
                           appeals::kAppealResidentColumns, appeals::kAppealResidentFrom, where),
               params)) {
    page.push_back(appeals::FromRow(r));
  }
  Areas areas(c);
  std::vector<int64_t> places;
  places.reserve(page.size());
  for (const auto& a : page) places.push_back(a.area_id);
  areas.Preload(places);
  const Reasons reasons = ReasonsOf(c, page);
  std::vector<RequestAnswer> out;
  out.reserve(page.size());
  for (const auto& a : page) out.push_back(RequestOf(reasons, config, areas, a));
  // a request's answer is about 700 bytes
  return {page.size(), shape::JsonOf(out, 256 + page.size() * 1024)};
}

std::optional<std::string> FormValue(std::string_view body, std::string_view name) {
  auto fields = Decode(body);
  if (!fields) return std::nullopt;
  auto it = fields->find(std::string(name));
  if (it == fields->end() || it->second.empty()) return std::nullopt;
  return it->second;
}

Result<PostForm> ParsePost(std::string_view body, const appeals::AppealsConfig& config) {
  auto fields = Decode(body);
  if (!fields) return Error::Invalid("", "the body is not application/x-www-form-urlencoded");
  auto get = [&](const char* k) -> std::optional<std::string> {
    auto it = fields->find(k);
    if (it == fields->end() || it->second.empty()) return std::nullopt;
    return it->second;
  };
  PostForm f;
  f.api_key = get("api_key").value_or("");
  f.service_code = get("service_code").value_or("");
  if (f.service_code.empty()) return Error::Invalid("service_code", "is required");
  if (!appeals::CategoryOf(config, f.service_code)) {
    return Error::Invalid("service_code", "is not a service of GET services.json");
  }
  if (auto id = get("address_id")) {
    auto n = Number(*id);
    if (!n || *n < 1 || *n != static_cast<double>(static_cast<int64_t>(*n))) {
      return Error::Invalid("address_id", "must be an area id");
    }
    f.address_id = static_cast<int64_t>(*n);
  }
  const auto lat = get("lat");
  const auto lng = get("long");
  if (lat || lng) {
    if (!lat || !lng) return Error::Invalid(lat ? "long" : "lat", "lat and long go together");
    f.lat = Number(*lat);
    f.lng = Number(*lng);
    if (!f.lat || *f.lat < -90 || *f.lat > 90) return Error::Invalid("lat", "must be -90 to 90");
    if (!f.lng || *f.lng < -180 || *f.lng > 180) {
      return Error::Invalid("long", "must be -180 to 180");
    }
  }
  if (!f.address_id && !f.lat) {
    return Error::Invalid("address_id",
                          "give address_id (an area of this server) or lat and long; an "
                          "address_string alone cannot be placed");
  }
  f.address_string = get("address_string");
  if (f.address_string && f.address_string->size() > kMaxName * 4) {
    return Error::Invalid("address_string", "is too long");
  }
  f.description = get("description").value_or("");
  if (f.description.empty()) return Error::Invalid("description", "is required by this server");
  if (!ValidUtf8Text(f.description, kMaxText)) return Error::Invalid("description", "is too long");
  const std::string name = get("last_name").value_or("") + get("first_name").value_or("");
  f.phone = get("phone");
  if (f.phone) {
    if (!ValidPhone(*f.phone)) {
      return Error::Invalid("phone", "must be an 11-digit mobile number beginning with 1");
    }
    if (name.empty()) return Error::Invalid("last_name", "a phone needs the person's name");
    if (name.size() > kMaxName) return Error::Invalid("last_name", "the name is too long");
    f.name = name;
  }
  return f;
}

Result<PostedAnswer> PostRequest(appeals::Context& ctx, const Key& key, const PostForm& f) {
  store::Connection& c = ctx.c;
  appeals::IntakeForm in;
  in.channel = "open311";
  in.category = f.service_code;
  in.description = f.description;
  if (f.address_string) in.description += fmt::format("（地址：{}）", *f.address_string);
  if (f.address_id) {
    auto kind = c.QueryOne("SELECT kind FROM areas WHERE id = ?", {*f.address_id});
    if (kind && kind->Text(0) == "grid" && f.lat) {
      in.point = appeals::Point{*f.lng, *f.lat, *f.address_id};
    } else {
      in.area_id = f.address_id;
    }
  } else {
    // A point alone: the grid whose outline contains it.
    for (const auto& r : c.Query(kGrids, {})) {
      boost::system::error_code ec;
      auto g = boost::json::parse(r.Text(1), ec);
      if (!ec && Contains(g, *f.lng, *f.lat)) {
        in.point = appeals::Point{*f.lng, *f.lat, r.Int(0)};
        break;
      }
    }
    if (!in.point) {
      return Error::Invalid("lat", "no grid of this server contains the point; give address_id");
    }
  }
  if (f.phone) {
    in.resident = appeals::NewResident{*f.name, *f.phone};
  } else {
    in.resident_id = key.person_id;
  }
  auth::Actor actor = SystemActor();
  actor.login = fmt::format("open311:{}", key.name);
  store::Tx tx(c, store::Tx::kWrite);
  auto a = appeals::RaiseAppeal(ctx, actor, in);
  if (!a) {
    Error e = a.error();
    for (auto& fe : e.fields) {  // the appeal's fields, in the spec's names
      if (fe.pointer == "/area_id" || fe.pointer == "/point/grid_id") fe.pointer = "address_id";
      if (fe.pointer == "/category") fe.pointer = "service_code";
      if (fe.pointer.starts_with("/resident")) fe.pointer = "phone";
    }
    return e;
  }
  const std::string token = Crypto::RandomToken(16);
  c.Exec(kInsertRequest, {a->id, key.id, token, NowMs()});
  tx.Commit();
  const appeals::AppealCategory* cat = appeals::CategoryOf(ctx.config, a->category);
  return PostedAnswer{std::to_string(a->id), token, cat ? Notice(*cat) : "", std::nullopt};
}

std::optional<TokenAnswer> TokenLookup(store::Connection& c, const std::string& token) {
  auto r = c.QueryOne(kToken, {token});
  if (!r) return std::nullopt;
  return TokenAnswer{std::to_string(r->Int(0)), token};
}

}  // namespace linli::open311
