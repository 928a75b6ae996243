#include "modules/orgs/org.h"

#include <algorithm>
#include <array>
#include <utility>

#include <fmt/format.h>
#include <boost/json/parse.hpp>

#include "modules/orgs/answers.h"

namespace linli::orgs {
namespace {

// Which kind may sit directly under which (parent, child).
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kContains = {{
    {"committee", "general_branch"},
    {"committee", "branch"},
    {"general_branch", "branch"},
    {"branch", "group"},
}};

constexpr std::string_view kDirectCounts =
    "SELECT count(*), COALESCE(sum(status = 'full'), 0), COALESCE(sum(status = 'probationary'), 0)"
    " FROM party_members WHERE org_id = ?";
constexpr std::string_view kSubtreeCounts =
    "SELECT count(*), COALESCE(sum(m.status = 'full'), 0),"
    " COALESCE(sum(m.status = 'probationary'), 0)"
    " FROM party_members m JOIN party_orgs o ON o.id = m.org_id WHERE o.path LIKE ?";

MemberCounts CountsFrom(const store::Row& r) { return {r.Int(0), r.Int(1), r.Int(2)}; }

}  // namespace

const std::string_view kOrgColumns =
    "o.id, o.parent_id, o.kind, o.name, o.area_id, a.path, a.name, a.kind, o.joint, o.path,"
    " o.depth, o.created_at, o.updated_at";
const std::string_view kOrgFrom = "party_orgs o JOIN areas a ON a.id = o.area_id";

int KindRank(std::string_view kind) {
  for (size_t i = 0; i < kKinds.size(); ++i) {
    if (kKinds[i] == kind) return static_cast<int>(i);
  }
  return -1;
}

bool MayContain(std::string_view parent, std::string_view child) {
  return std::find(kContains.begin(), kContains.end(), std::make_pair(parent, child)) !=
         kContains.end();
}

bool MayStandAlone(std::string_view kind) { return KindRank(kind) >= 0 && kind != "group"; }

bool MayBeJoint(std::string_view kind) { return kind == "branch"; }

Org FromRow(const store::Row& r) {
  Org o;
  o.id = r.Int(0);
  o.parent_id = r.OptInt(1);
  o.kind = r.Text(2);
  o.name = r.Text(3);
  o.area_id = r.Int(4);
  o.area_path = r.Text(5);
  o.area_name = r.Text(6);
  o.area_kind = r.Text(7);
  o.joint = r.Int(8) != 0;
  o.path = r.Text(9);
  o.depth = r.Int(10);
  o.created_at = r.Int(11);
  o.updated_at = r.Int(12);
  return o;
}

std::optional<Org> Load(store::Connection& c, int64_t id) {
  auto row =
      c.QueryOne(fmt::format("SELECT {} FROM {} WHERE o.id = ?", kOrgColumns, kOrgFrom), {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

std::vector<Org> Ancestors(store::Connection& c, const Org& o) {
  std::vector<Org> out;
  std::string_view p = o.path;
  // path "/3/7/12/": every id but the last.
  size_t i = 1;
  while (i < p.size()) {
    const size_t j = p.find('/', i);
    if (j == std::string_view::npos) break;
    const int64_t id = std::stoll(std::string(p.substr(i, j - i)));
    if (id != o.id) {
      if (auto anc = Load(c, id)) out.push_back(std::move(*anc));
    }
    i = j + 1;
  }
  return out;
}

MemberCounts DirectCounts(store::Connection& c, const Org& o) {
  return CountsFrom(c.Query(kDirectCounts, {o.id}).front());
}

MemberCounts SubtreeCounts(store::Connection& c, const Org& o) {
  return CountsFrom(c.Query(kSubtreeCounts, {o.path + "%"}).front());
}

}  // namespace linli::orgs
